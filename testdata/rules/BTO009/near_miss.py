import boto3
from mypy_boto3_s3 import S3Client


def from_param(client, name: str):
    # An unresolved client or a name that is not a constant: silent.
    client.get_paginator("ListObjectsV2")
    boto3.client("s3").get_paginator(name)


def annotated(client: S3Client):
    return client.get_paginator("list_objects_v2")


unknown_service = boto3.client("s4")
unknown_service.get_paginator("ListObjectsV2")

ambiguous = boto3.client("s3")
ambiguous = boto3.client("ec2")
ambiguous.get_paginator("DescribeInstances")

s3 = boto3.client("s3")
s3.get_paginator("list_objects_v2")
s3.get_paginator("list_buckets")
s3.get_paginator(*["ListObjectsV2"])
s3.get_paginator(b"ListObjectsV2")
resource = boto3.resource("s3")
resource.get_paginator("ListObjectsV2")


class NotAClient:
    def get_paginator(self, name):
        return name


NotAClient().get_paginator("ListObjectsV2")
