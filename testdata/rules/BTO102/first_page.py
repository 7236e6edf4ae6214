import boto3

s3 = boto3.client("s3")
iam = boto3.client("iam")
lambda_client = boto3.client("lambda")
ddb = boto3.resource("dynamodb")
table = ddb.Table("events")


def print_keys(bucket: str) -> None:
    response = s3.list_objects_v2(Bucket=bucket, Prefix="logs/")  # want BTO102 "`list_objects_v2` returns one page at a time, but only `Contents` of the first page is read here, never `NextContinuationToken` or `IsTruncated`"
    for obj in response.get("Contents", []):
        print(obj["Key"])


def users() -> list[dict]:
    resp = iam.list_users()  # want BTO102 "never `Marker` or `IsTruncated`.*`iam.get_paginator\(\"list_users\"\)`"
    users = resp["Users"]
    return users


def function_names() -> list[str]:
    return [f["FunctionName"] for f in lambda_client.list_functions(MaxItems=50)["Functions"]]  # want BTO102 "`list_functions`"


def count_users() -> int:
    return len(iam.list_users()["Users"])  # want BTO102


def events() -> list[dict]:
    return table.scan()["Items"]  # want BTO102 "`scan`.*`Items`.*`LastEvaluatedKey`.*`table.meta.client.get_paginator\(\"scan\"\)`"


def roles() -> None:
    for role in iam.list_roles(PathPrefix="/app/")["Roles"]:  # want BTO102
        print(role["RoleName"])


def collect(bucket: str, into: list) -> None:
    page = s3.list_objects_v2(Bucket=bucket)  # want BTO102
    into.extend(page.get("Contents") or [])


def sequential(bucket: str) -> None:
    resp = s3.list_objects_v2(Bucket=bucket)  # want BTO102
    print(len(resp.get("Contents", [])))
    resp = iam.list_groups()  # want BTO102 "`list_groups`"
    for g in resp["Groups"]:
        print(g["GroupName"])


def subnets_paged() -> list[str]:
    ec2 = boto3.client("ec2")
    resp = ec2.describe_subnets(MaxResults=50)  # want BTO102 "`describe_subnets`"
    return [s["SubnetId"] for s in resp["Subnets"]]


def buckets_paged() -> list[str]:
    resp = s3.list_buckets(MaxBuckets=100)  # want BTO102 "`list_buckets`"
    return [b["Name"] for b in resp["Buckets"]]


def interleaved(bucket: str) -> None:
    # Two fixes in one round would both name their paginator `paginator`:
    # the read must follow its call.
    objects = s3.list_objects_v2(Bucket=bucket)  # want BTO102
    groups = iam.list_groups()  # want BTO102
    for obj in objects["Contents"]:
        print(obj["Key"])
    for g in groups["Groups"]:
        print(g["GroupName"])


def access_keys(user: str) -> list[dict]:
    # UserName names the parent of the keys, not one of them.
    return iam.list_access_keys(UserName=user)["AccessKeyMetadata"]  # want BTO102 "`list_access_keys`"
