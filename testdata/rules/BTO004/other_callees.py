import boto3

s3 = boto3.client("s3")

# Paginators, waiters, presigned URLs and resource actions go through the
# same checks.
paginator = s3.get_paginator("list_objects_v2")
for page in paginator.paginate(bucket="my-bucket", PaginationConfig={"PageSize": 100}):  # want BTO004 "`bucket` is not a parameter of S3 paginator `list_objects_v2`"
    pass

s3.get_waiter("object_exists").wait(Bucket="my-bucket", key="k", WaiterConfig={"Delay": 5})  # want BTO004 "`key` is not a parameter of S3 waiter `object_exists`: did you mean `Key`"

url = s3.generate_presigned_url("get_object", Params={"bucket": "my-bucket", "Key": "k"}, ExpiresIn=60)  # want BTO004 "`bucket` is not a key of `Params` for S3 `get_object`: did you mean `Bucket`"

table = boto3.resource("dynamodb").Table("orders")
table.put_item(item={"pk": "1", "total": 3})  # want BTO004 "`item` is not a parameter of DynamoDB Table `put_item`: did you mean `Item`"

bucket = boto3.resource("s3").Bucket("my-bucket")
bucket.put_object(key="k", Body=b"data")  # want BTO004 "`key` is not a parameter of S3 Bucket `put_object`"
