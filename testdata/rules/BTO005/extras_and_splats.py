import boto3

s3 = boto3.client("s3")

# PaginationConfig and WaiterConfig belong to paginate and wait; their keys
# are BTO011's.
for page in s3.get_paginator("list_objects_v2").paginate(Bucket="b", PaginationConfig={"MaxItems": 10}):
    pass
s3.get_waiter("bucket_exists").wait(Bucket="b", WaiterConfig={"Delay": 1})
# ...but not on a plain call.
s3.list_objects_v2(Bucket="b", PaginationConfig={"MaxItems": 10})  # want BTO005 "`PaginationConfig` is not a parameter of S3 `list_objects_v2`"

# Keys of a literal ** dict are checked; other splats are not.
s3.list_objects_v2(**{"Bucket": "b", "Prefixx": "p"})  # want BTO005 "did you mean `Prefix`"
extra = {"Prefix": "p"}
s3.list_objects_v2(Bucket="b", **extra)
s3.list_objects_v2(Bucket="b", **{**extra, "Delimiter": "/"})

# Presigned URL parameters.
s3.generate_presigned_url("put_object", Params={"Bucket": "b", "Key": "k", "ContentTyp": "text/plain"})  # want BTO005 "`ContentTyp` is not a key of `Params` for S3 `put_object`: did you mean `ContentType`"

# Two members are equally close: no guess.
s3.list_objects_v2(Bucket="b", Marker="m")  # want BTO005 "`Marker` is not a parameter of S3 `list_objects_v2`, which takes"
