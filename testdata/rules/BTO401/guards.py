import argparse
import sys

import boto3
from botocore.exceptions import ClientError

s3 = boto3.client("s3")


def list_keys(bucket: str) -> list[str]:
    paginator = s3.get_paginator("list_objects_v2")
    return [obj["Key"] for page in paginator.paginate(Bucket=bucket) for obj in page.get("Contents", [])]


if __name__ == "__main__":  # entry point  # want BTO401 "holds 7 statements"
    parser = argparse.ArgumentParser(description="List the keys of a bucket")
    parser.add_argument("bucket")
    args = parser.parse_args()
    try:
        keys = list_keys(args.bucket)
    except ClientError as e:
        print(f"Error: {e}", file=sys.stderr)
        sys.exit(1)
    for key in keys:
        print(key)
    print(f"{len(keys)} keys")
    sys.exit(0)
