import os

import boto3
from botocore.exceptions import EndpointConnectionError

s3 = boto3.client("s3")


def per_region(regions: list[str]) -> dict:
    out = {}
    for region in regions:
        ec2 = boto3.client("ec2", region_name=region)
        out[region] = ec2.describe_instances()
    return out


def per_account(roles: list[str]) -> None:
    for role in roles:
        creds = boto3.client("sts").assume_role(RoleArn=role, RoleSessionName="audit")["Credentials"]  # want BTO201
        session = boto3.Session(
            aws_access_key_id=creds["AccessKeyId"],
            aws_secret_access_key=creds["SecretAccessKey"],
            aws_session_token=creds["SessionToken"],
        )
        session.client("iam").list_users()


def reuse(keys: list[str]) -> None:
    client = boto3.client("s3")
    for key in keys:
        client.head_object(Bucket="b", Key=key)


def lazy(keys: list[str]) -> None:
    client = None
    for key in keys:
        if client is None:
            client = boto3.client("s3")
        client.head_object(Bucket="b", Key=key)


def rebuild_on_failure(keys: list[str]) -> None:
    client = boto3.client("s3")
    for key in keys:
        try:
            client.head_object(Bucket="b", Key=key)
        except EndpointConnectionError:
            client = boto3.client("s3")


def iterable_runs_once() -> None:
    for bucket in boto3.client("s3").list_buckets()["Buckets"]:
        print(bucket["Name"])
    names = [b["Name"] for b in boto3.resource("s3").buckets.all()]
    print(names)


def mutated(regions: list[str]) -> None:
    while regions:
        client = boto3.client("ec2", region_name=regions[-1])
        client.describe_regions()
        regions.pop()


def default_session(profiles: list[str]) -> None:
    for profile in profiles:
        boto3.setup_default_session(profile_name=profile)
        boto3.client("s3").list_buckets()


def from_call(n: int) -> None:
    for _ in range(n):
        boto3.client("s3", region_name=pick_region()).list_buckets()


def pick_region() -> str:
    return os.environ.get("AWS_REGION", "us-east-1")


def defined_in_loop(names: list[str]) -> None:
    for name in names:
        def make():
            return boto3.client("s3")

        make().head_bucket(Bucket=name)
