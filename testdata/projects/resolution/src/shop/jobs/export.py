"""Parameters bound by callers in other modules (shape a), containers
(shape d) and a constructor that stores its argument (shape b)."""
from ..aws import client, s3, table


def copy_objects(src_client, bucket, keys):
    for key in keys:
        src_client.copy_object(Bucket=bucket, Key=key, CopySource={"Bucket": bucket, "Key": key}, acl="private")


def disagree(c):
    # Called with an S3 client and with an SQS client: unknown, no finding.
    c.put_object(bucket="b", Key="k")


def escaped(c):
    # Used as a value below, so it may be called from anywhere: unknown.
    c.put_object(bucket="b", Key="k")


HANDLERS = [escaped]


class Exporter:
    def __init__(self, logs_client):
        self.logs = logs_client
        self.regional = {r: client("ec2") for r in ("eu-west-1", "us-east-1")}

    def groups(self):
        # CloudWatch Logs spells it `limit`.
        return self.logs.describe_log_groups(Limit=5)

    def instances(self, region):
        return self.regional[region].describe_instances(MaxResult=5)


def run():
    copy_objects(s3, "bucket", ["a"])
    disagree(s3)
    disagree(client("sqs"))
    Exporter(client("logs")).groups()
    table("orders").put_item(Item={"id": "1"}, ReturnValue="NONE")
