import boto3

OPERATION = "ListObjectsV2"
GOOD = "list_objects_v2"

s3 = boto3.client("s3")


class Lister:
    def __init__(self) -> None:
        self.client = boto3.client("s3")

    def pages(self):
        return self.client.get_paginator(OPERATION)  # want BTO009 "`ListObjectsV2` is not an operation of the S3 client"

    def good(self):
        return self.client.get_paginator(GOOD).paginate(Bucket="b")


def concatenated():
    return s3.get_paginator("ListObjects" "V2")  # want BTO009 "did you mean `list_objects_v2`"


def fstring():
    return s3.get_paginator(f"ListObjectsV2")  # want BTO009 "did you mean `list_objects_v2`"
