import boto3

WAITER = "bucket_exists"
WRONG = "BucketExists"

s3 = boto3.client("s3")
s3.get_waiter("bucket_exists").wait(Bucket="b")
s3.get_waiter(WAITER).wait(Bucket="b")
s3.get_waiter(WRONG)  # want BTO010 "did you mean `bucket_exists`"


def dynamic(client, name: str) -> None:
    client.get_waiter("BucketExists")
    s3.get_waiter(name)


table = boto3.resource("dynamodb").Table("t")
table.wait_until_exists()
table.meta.client.get_waiter("table_exists").wait(TableName="t")
table.meta.client.get_waiter("TableExists")  # want BTO010 "did you mean `table_exists`"
