from .base import Service


class Queues(Service):
    service_name = "sqs"

    def send(self, url, body):
        # The client of the base class, for this subclass's service.
        return self.client.send_message(QueueUrl=url, MessageBody=body, delay=5)


class Topics(Service):
    service_name = "sns"

    def publish(self, arn, text):
        # Never constructed with a session: the client comes from an
        # unknown session, and the class attribute names its service.
        return self.client.publish(TopicArn=arn, Message=text, subject="x")
