import boto3

s3 = boto3.client("s3")
s3.get_object("my-bucket", "data.csv")  # want BTO008 "S3 `get_object` accepts keyword arguments only \(TypeError\): name each argument; its required parameters are `Bucket=` and `Key=`"
s3.list_objects_v2("my-bucket", Prefix="logs/")  # want BTO008 "its required parameters are `Bucket=`"
s3.head_bucket("my-bucket", bucket="x")  # want BTO008 "S3 `head_bucket`"

sqs = boto3.client("sqs")
sqs.send_message("https://sqs.example/q", "body")  # want BTO008 "SQS `send_message`"
ddb = boto3.client("dynamodb")
ddb.describe_table("orders")  # want BTO008 "DynamoDB `describe_table`"
lam = boto3.client("lambda")
lam.get_function("fn")  # want BTO008 "Lambda `get_function`"
ec2 = boto3.client("ec2")
ec2.describe_instances(["i-1"])  # want BTO008 "EC2 `describe_instances` accepts keyword arguments only \(TypeError\): name each argument$"

# paginate and wait take keywords only too.
s3.get_paginator("list_objects_v2").paginate("my-bucket")  # want BTO008 "S3 paginator `list_objects_v2`"
s3.get_waiter("bucket_exists").wait("my-bucket")  # want BTO008 "S3 waiter `bucket_exists`"

# So do resource actions.
table = boto3.resource("dynamodb").Table("orders")
table.get_item({"pk": "1"})  # want BTO008 "DynamoDB Table `get_item`"

# Injected methods take positional arguments.
s3.upload_file("report.csv", "my-bucket", "reports/report.csv")
s3.download_file("my-bucket", "reports/report.csv", "/tmp/report.csv")
s3.generate_presigned_url("get_object", {"Bucket": "my-bucket", "Key": "k"}, 3600)
s3.get_paginator("list_objects_v2")
s3.can_paginate("list_objects_v2")
table.batch_writer()


def forward(*args, **kwargs):
    # *args may be empty.
    return s3.get_object(*args, **kwargs)
