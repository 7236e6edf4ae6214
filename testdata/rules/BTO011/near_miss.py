import boto3

s3 = boto3.client("s3")


def unresolved(paginator, waiter, key: str) -> None:
    # Receivers that do not resolve to a paginator or waiter: silent.
    paginator.paginate(PaginationConfig={"max_items": 1})
    waiter.wait(WaiterConfig={"delay": 1})
    # Non-literal keys and splats.
    s3.get_paginator("list_buckets").paginate(PaginationConfig={key: 1, **{}})


def reassigned(flag: bool) -> None:
    config = {"max_items": 1}
    if flag:
        config = {"MaxItems": 1}
    s3.get_paginator("list_buckets").paginate(PaginationConfig=config)


def valid() -> None:
    s3.get_paginator("list_objects_v2").paginate(
        Bucket="b", PaginationConfig={"MaxItems": 1, "PageSize": 1, "StartingToken": None}
    )
    s3.get_waiter("bucket_exists").wait(Bucket="b", WaiterConfig={"Delay": 1, "MaxAttempts": 2})
    # Other keyword arguments are not config dicts.
    s3.list_objects_v2(Bucket="b", PaginationConfig={"max_items": 1})


class Fake:
    def paginate(self, **kwargs):
        return kwargs


Fake().paginate(PaginationConfig={"max_items": 1})
