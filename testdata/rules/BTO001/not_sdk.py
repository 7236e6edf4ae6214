import boto3


class Factory:
    def client(self, name):
        return name


f = Factory()
f.client("s4")


def resource(name):
    return name


resource("lambda")
boto3.client("s3")
