from concurrent.futures import ThreadPoolExecutor

import boto3
from mypy_boto3_sqs import SQSClient

s3 = boto3.client("s3")
ddb = boto3.client("dynamodb")

s3.list_object_v2(Bucket="my-bucket")  # want BTO003 "`list_object_v2` is not an operation of the S3 client; did you mean `list_objects_v2`\?"
s3.ListObjectsV2(Bucket="my-bucket")  # want BTO003 "did you mean `list_objects_v2`"
s3.get_objects(Bucket="my-bucket", Key="k")  # want BTO003 "did you mean `get_object`"
table = ddb.Table("orders")  # want BTO003 "`Table` is not a method of the DynamoDB client: it belongs to the resource interface, `boto3.resource\(\"dynamodb\"\)`"

with ThreadPoolExecutor() as pool:
    # Not called here, but the attribute lookup fails all the same.
    pool.submit(s3.uplaod_file, "a.txt", "my-bucket", "a.txt")  # want BTO003 "did you mean `upload_file`"


class Worker:
    def __init__(self):
        self.queue = boto3.client("sqs")

    def run(self):
        self.queue.send_mesage(QueueUrl="u", MessageBody="m")  # want BTO003 "`send_mesage` is not an operation of the SQS client; did you mean `send_message`\?"


def purge(client: SQSClient):
    client.purge(QueueUrl="u")  # want BTO003 "`purge` is not an operation of the SQS client"


boto3.resource("s3").meta.client.list_bucket()  # want BTO003 "did you mean `list_buckets`"
logs = boto3.client("logs")
logs.put_log_event(logGroupName="g", logStreamName="s", logEvents=[])  # want BTO003 "did you mean `put_log_events`"
