import boto3

s3 = boto3.client("s3")
cw = boto3.client("cloudwatch")

# Model operations, injected methods and the client's own attributes.
s3.list_objects_v2(Bucket="b")
s3.upload_file("a.txt", "b", "a.txt")
s3.generate_presigned_url("get_object", Params={"Bucket": "b", "Key": "k"})
s3.get_paginator("list_objects_v2")
s3.get_waiter("bucket_exists")
s3.can_paginate("list_objects_v2")
s3.close()
print(s3.meta.region_name, s3.waiter_names)
try:
    s3.head_object(Bucket="b", Key="k")
except s3.exceptions.NoSuchKey:
    pass

# Private names are botocore's business.
s3._make_api_call("ListBuckets", {})
s3._endpoint.host

# Old names botocore still answers through its getattr event.
cw.start_o_tel_enrichment()

# An attribute the code sets itself.
s3.retry_budget = 3
print(s3.retry_budget)
setattr(s3, "owner", "team")
print(s3.owner)


# Unknown receivers stay silent.
def handler(client):
    client.list_object_v2()


# Code written for several botocore versions checks first.
def list_directory_buckets():
    if hasattr(s3, "list_directory_bucket"):
        return s3.list_directory_bucket()
    try:
        return s3.list_directory_bucketz()
    except AttributeError:
        return None


# A method replaced on the client (a test double): its calls are not checked.
s3.list_objects_v3 = lambda **kwargs: {}
s3.list_objects_v3(bucket="b")
