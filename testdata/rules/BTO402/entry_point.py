"""The function the main guard calls is the entry point, whatever its name."""
import sys

import boto3


def cli() -> None:
    s3 = boto3.client("s3")
    if len(sys.argv) != 2:
        sys.exit("usage: entry_point.py BUCKET")
    s3.head_bucket(Bucket=sys.argv[1])


def helper() -> None:
    sys.exit(1)  # want BTO402 "`helper\(\)`"


if __name__ == "__main__":
    cli()
