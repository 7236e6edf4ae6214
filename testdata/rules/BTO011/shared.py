import boto3

# Public module-level configs may be imported elsewhere: fixes are unsafe.
PAGES = {"max_items": 500}  # want BTO011 "did you mean `MaxItems`"
_WAIT = {"delay": 2}  # want BTO011 "did you mean `Delay`"
# Read elsewhere in the file: not followed.
OTHER = {"max_items": 1}

s3 = boto3.client("s3")


def run() -> None:
    for page in s3.get_paginator("list_buckets").paginate(PaginationConfig=PAGES):
        print(page)
    s3.get_waiter("bucket_exists").wait(Bucket="b", WaiterConfig=_WAIT)
    s3.get_paginator("list_buckets").paginate(PaginationConfig=OTHER)
    print(OTHER["max_items"])
