import time

import boto3

s3 = boto3.client("s3")
ec2 = boto3.client("ec2")
cfn = boto3.client("cloudformation")
iam = boto3.client("iam")
logs = boto3.client("logs")
batch = boto3.client("batch")


def checks_truncation(bucket: str) -> list[dict]:
    resp = s3.list_objects_v2(Bucket=bucket)
    if resp["IsTruncated"]:
        raise RuntimeError("too many objects")
    return resp["Contents"]


def reads_token(bucket: str) -> tuple[list, str | None]:
    resp = s3.list_objects_v2(Bucket=bucket)
    return resp.get("Contents", []), resp.get("NextContinuationToken")


def passes_on(bucket: str) -> dict:
    resp = s3.list_objects_v2(Bucket=bucket)
    print(resp["KeyCount"])
    return resp


def handed_over(bucket: str) -> None:
    resp = s3.list_objects_v2(Bucket=bucket)
    process(resp)


def process(resp: dict) -> None:
    print(resp)


def single_item(bucket: str) -> str | None:
    resp = s3.list_objects_v2(Bucket=bucket, MaxKeys=1)
    contents = resp.get("Contents", [])
    return contents[0]["Key"] if contents else None


def one_result() -> list[dict]:
    return logs.describe_log_groups(limit=1)["logGroups"]


def named(instance_id: str) -> str:
    resp = ec2.describe_instances(InstanceIds=[instance_id])
    return resp["Reservations"][0]["Instances"][0]["State"]["Name"]


def first_of(stack: str) -> list[dict]:
    return cfn.describe_stacks(StackName=stack)["Stacks"][0]["Outputs"]


def buckets() -> list[str]:
    # list_buckets returns every bucket unless MaxBuckets asks for pages.
    return [b["Name"] for b in s3.list_buckets()["Buckets"]]


def default_vpc_id() -> str:
    # EC2's describe actions return every match unless MaxResults asks for
    # pages.
    ec2 = boto3.client("ec2")
    vpcs = ec2.describe_vpcs(Filters=[{"Name": "isDefault", "Values": ["true"]}])["Vpcs"]
    return vpcs[0]["VpcId"] if vpcs else ""


def resumed(bucket: str, token: str) -> list[dict]:
    return s3.list_objects_v2(Bucket=bucket, ContinuationToken=token)["Contents"]


def splatted(**kwargs) -> list[dict]:
    return s3.list_objects_v2(**kwargs)["Contents"]


def not_pageable(bucket: str) -> dict:
    return s3.get_bucket_tagging(Bucket=bucket)["TagSet"]


def polled(stack: str) -> None:
    while True:
        resp = cfn.describe_stacks(StackName=stack)
        status = resp["Stacks"][0]["StackStatus"]
        if status.endswith("_COMPLETE"):
            break
        time.sleep(10)


def metadata_only() -> str:
    return iam.list_users()["ResponseMetadata"]["RequestId"]


def one_stack(stack: str) -> list[dict]:
    # StackName names one of the Stacks: one page holds it.
    return cfn.describe_stacks(StackName=stack)["Stacks"]


def named_queues(name: str) -> list[dict]:
    # jobQueues lists the items wanted.
    return batch.describe_job_queues(jobQueues=[name])["jobQueues"]
