import sys

import boto3


def main() -> int:
    boto3.client("s3").list_buckets()
    return 0


if __name__ == "__main__":  # want BTO401 "holds 2 statements"
    print("starting")
    sys.exit(main())
