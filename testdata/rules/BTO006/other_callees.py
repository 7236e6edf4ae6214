# select: BTO004, BTO005, BTO006
import boto3

s3 = boto3.client("s3")

for page in s3.get_paginator("list_objects_v2").paginate(PaginationConfig={"PageSize": 10}):  # want BTO006 "S3 paginator `list_objects_v2` is missing the required parameter `Bucket`"
    pass
s3.get_waiter("object_exists").wait(Bucket="b")  # want BTO006 "S3 waiter `object_exists` is missing the required parameter `Key`"
s3.generate_presigned_url("get_object", Params={"Bucket": "b"})  # want BTO006 "`Params` for S3 `get_object` is missing the required key `Key`"
s3.generate_presigned_url("get_object")  # want BTO006 "`Params` for S3 `get_object` is missing the required keys `Bucket` and `Key`"
table = boto3.resource("dynamodb").Table("orders")
table.get_item()  # want BTO006 "DynamoDB Table `get_item` is missing the required parameter `Key`"

# A misspelled member counts as given: one finding per mistake.
s3.get_object(Bucket="b", Kye="k")  # want BTO005 "did you mean `Key`"
