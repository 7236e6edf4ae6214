import boto3

logs = boto3.client("logs")
s3 = boto3.client("s3")


def first_pages(group: str) -> list[dict]:
    events = []
    kwargs = {"logGroupName": group}
    for _ in range(5):  # want BTO101 "stops after a bounded number of pages or items: use `logs.get_paginator\(\"filter_log_events\"\).paginate\(...\)` with `PaginationConfig=\{\"MaxItems\": ...\}`"
        resp = logs.filter_log_events(**kwargs)
        events.extend(resp["events"])
        if "nextToken" not in resp:
            break
        kwargs["nextToken"] = resp["nextToken"]
    return events


def some_keys(bucket: str, limit: int) -> list[str]:
    keys = []
    kwargs = {"Bucket": bucket}
    while True:  # want BTO101 "bounded number of pages or items.*PaginationConfig"
        resp = s3.list_objects_v2(**kwargs)
        keys += [o["Key"] for o in resp.get("Contents", [])]
        if len(keys) >= limit or not resp["IsTruncated"]:
            break
        kwargs["ContinuationToken"] = resp["NextContinuationToken"]
    return keys[:limit]


def counted(bucket: str, max_pages: int) -> int:
    pages = 0
    token = None
    while pages < max_pages:  # want BTO101 "bounded"
        resp = s3.list_objects_v2(Bucket=bucket, **({"ContinuationToken": token} if token else {}))
        pages += 1
        token = resp.get("NextContinuationToken")
        if not token:
            break
    return pages
