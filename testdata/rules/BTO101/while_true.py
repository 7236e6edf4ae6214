import boto3

s3 = boto3.client("s3")
iam = boto3.client("iam")
logs = boto3.client("logs")
secrets = boto3.client("secretsmanager")
sqs = boto3.client("sqs")


def list_keys(bucket: str, prefix: str) -> list[str]:
    keys = []
    kwargs = {"Bucket": bucket, "Prefix": prefix, "MaxKeys": 500}
    while True:  # want BTO101 "pages through `list_objects_v2` by hand, passing `ContinuationToken` back"
        response = s3.list_objects_v2(**kwargs)
        for obj in response.get("Contents", []):
            keys.append(obj["Key"])
        if not response.get("IsTruncated"):
            break
        kwargs["ContinuationToken"] = response["NextContinuationToken"]
    return keys


def user_names() -> list[str]:
    names = []
    marker = None
    while True:  # want BTO101 "`Marker`.*`iam.get_paginator\(\"list_users\"\)`"
        kwargs = {"MaxItems": 100}
        if marker:
            kwargs["Marker"] = marker
        resp = iam.list_users(**kwargs)
        for user in resp["Users"]:
            names.append(user["UserName"])
        marker = resp.get("Marker")
        if not marker:
            break
    return names


def log_groups(prefix: str) -> list[dict]:
    groups = []
    token = None
    while True:  # want BTO101 "`nextToken`"
        resp = logs.describe_log_groups(logGroupNamePrefix=prefix, **({"nextToken": token} if token else {}))
        groups.extend(resp["logGroups"])
        token = resp.get("nextToken")
        if token is None:
            break
    return groups


def secret_arns() -> list[str]:
    arns = []
    next_token = None
    while True:  # want BTO101 "`list_secrets`"
        if next_token:
            resp = secrets.list_secrets(MaxResults=20, NextToken=next_token)
        else:
            resp = secrets.list_secrets(MaxResults=20)
        arns += [s["ARN"] for s in resp["SecretList"]]
        next_token = resp.get("NextToken")
        if not next_token:
            break
    return arns


def queue_urls(prefix: str) -> list[str]:
    urls = []
    kwargs = {"QueueNamePrefix": prefix}
    while True:  # want BTO101 "`list_queues`"
        resp = sqs.list_queues(**kwargs)
        urls.extend(resp.get("QueueUrls", []))
        if "NextToken" in resp:
            kwargs["NextToken"] = resp["NextToken"]
        else:
            break
    return urls


def first_match(prefix: str) -> str | None:
    kwargs = {"Bucket": "logs"}
    while True:  # want BTO101 "`list_objects_v2`"
        page = s3.list_objects_v2(**kwargs)
        for obj in page.get("Contents", []):
            if obj["Key"].startswith(prefix):
                return obj["Key"]
        if "NextContinuationToken" not in page:
            return None
        kwargs["ContinuationToken"] = page["NextContinuationToken"]


def flag_variable(bucket: str) -> int:
    count = 0
    kwargs = {"Bucket": bucket}
    while True:  # want BTO101
        resp = s3.list_objects_v2(**kwargs)
        count += resp["KeyCount"]
        truncated = resp["IsTruncated"]
        if not truncated:
            break
        kwargs["ContinuationToken"] = resp["NextContinuationToken"]
    return count
