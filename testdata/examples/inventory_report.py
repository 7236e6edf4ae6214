"""Report the EC2 instances, S3 buckets and Lambda functions of an account.

Written by hand before the team adopted the boto3 usage guideline: it pages
through results itself and has a few mistakes boto3 reports only when the
code runs.
"""
import sys

import boto3

ec2 = boto3.client("ec2")
s3 = boto3.client("s3")
lam = boto3.client("lambda")


def instance_ids(state: str) -> list[str]:
    ids = []
    token = None
    while True:
        kwargs = {"Filters": [{"Name": "instance-state-name", "Values": [state]}]}
        if token:
            kwargs["NextToken"] = token
        resp = ec2.describe_instances(**kwargs)
        for reservation in resp["Reservations"]:
            for instance in reservation["Instances"]:
                ids.append(instance["InstanceId"])
        token = resp.get("NextToken")
        if not token:
            break
    return ids


def bucket_sizes(bucket: str) -> int:
    total = 0
    for obj in s3.list_object_v2(Bucket=bucket).get("Contents", []):
        total += obj["Size"]
    return total


def function_names() -> list[str]:
    paginator = lam.get_paginator("list_functions")
    return [f["FunctionName"] for page in paginator.paginate(maxItems=50) for f in page["Functions"]]


def main() -> int:
    print(f"{len(instance_ids('running'))} running instances")
    print(f"{len(function_names())} functions")
    if len(sys.argv) > 1:
        print(f"{bucket_sizes(sys.argv[1])} bytes in {sys.argv[1]}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
