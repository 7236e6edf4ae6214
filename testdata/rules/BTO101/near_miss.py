import time

import boto3
import requests

logs = boto3.client("logs")
s3 = boto3.client("s3")
kinesis = boto3.client("kinesis")


def api_items(url: str) -> list[dict]:
    # A token loop over an HTTP API, not AWS.
    items = []
    token = None
    while True:
        resp = requests.get(url, params={"NextToken": token} if token else {}).json()
        items.extend(resp["items"])
        token = resp.get("NextToken")
        if not token:
            break
    return items


def tail(group: str, stream: str) -> None:
    # get_log_events is not pageable: its forward token never runs out.
    kwargs = {"logGroupName": group, "logStreamName": stream, "startFromHead": True}
    while True:
        resp = logs.get_log_events(**kwargs)
        for event in resp["events"]:
            print(event["message"])
        kwargs["nextToken"] = resp["nextForwardToken"]
        time.sleep(1)


def read_shard(iterator: str) -> None:
    # Kinesis shard iterators are not pagination tokens.
    while iterator:
        resp = kinesis.get_records(ShardIterator=iterator)
        for record in resp["Records"]:
            print(record["Data"])
        iterator = resp.get("NextShardIterator")


def after(bucket: str, start: str) -> list[str]:
    # StartAfter is not a pagination token of list_objects_v2.
    keys = []
    while True:
        resp = s3.list_objects_v2(Bucket=bucket, StartAfter=start)
        batch = [o["Key"] for o in resp.get("Contents", [])]
        if not batch:
            break
        keys += batch
        start = batch[-1]
    return keys


def unknown_client(client, bucket: str) -> list[dict]:
    # The receiver is not known to be an S3 client.
    items = []
    kwargs = {"Bucket": bucket}
    while True:
        resp = client.list_objects_v2(**kwargs)
        items.extend(resp.get("Contents", []))
        if not resp.get("IsTruncated"):
            break
        kwargs["ContinuationToken"] = resp["NextContinuationToken"]
    return items


def resume(bucket: str, token: str) -> dict:
    # One page from a token the caller saved.
    return s3.list_objects_v2(Bucket=bucket, ContinuationToken=token)


def paginated(bucket: str) -> list[str]:
    paginator = s3.get_paginator("list_objects_v2")
    return [o["Key"] for page in paginator.paginate(Bucket=bucket) for o in page.get("Contents", [])]
