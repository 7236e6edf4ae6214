import boto3

s3 = boto3.client("s3")
dynamodb = boto3.client("dynamodb")
ec2 = boto3.client("ec2", region_name="us-east-1")
awslambda = boto3.client("lambda")

# API names: ValueError, fixed to the Python name.
s3.get_waiter("BucketExists").wait(Bucket="b")  # want BTO010 "`BucketExists` is not a waiter of the S3 client \(ValueError: Waiter does not exist\); did you mean `bucket_exists`\?"
waiter = dynamodb.get_waiter('TableExists')  # want BTO010 "did you mean `table_exists`"
ec2.get_waiter("InstanceRunning").wait(InstanceIds=["i-1"])  # want BTO010 "did you mean `instance_running`"
awslambda.get_waiter("FunctionActiveV2")  # want BTO010 "did you mean `function_active_v2`"

# Misspellings with one close waiter.
s3.get_waiter("object_exist")  # want BTO010 "did you mean `object_exists`"
ec2.get_waiter(waiter_name="instance_stoped")  # want BTO010 "did you mean `instance_stopped`"

# Nothing close: the message lists the waiters when there are few.
s3.get_waiter("bucket_ready")  # want BTO010 "its waiters are `bucket_exists`, `bucket_not_exists`, `object_exists` and `object_not_exists`"
ec2.get_waiter("everything_done")  # want BTO010 "see `client.waiter_names` for its \d+ waiters"

# Services without waiters.
boto3.client("sqs").get_waiter("queue_exists")  # want BTO010 "the SQS client \(ValueError: Waiter does not exist\): it has no waiters"


def table_ready(name: str) -> None:
    # A waiter of another service's client.
    s3.get_waiter("table_exists").wait(TableName=name)  # want BTO010 "is not a waiter of the S3 client"
