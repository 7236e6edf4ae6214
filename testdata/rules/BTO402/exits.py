import os
import signal
import sys
import sys as system
from sys import exit as sys_exit

import boto3
from botocore.exceptions import ClientError

s3 = boto3.client("s3")


def fetch(bucket: str, key: str) -> bytes:
    try:
        return s3.get_object(Bucket=bucket, Key=key)["Body"].read()
    except ClientError as e:
        print(f"cannot read s3://{bucket}/{key}: {e}", file=sys.stderr)
        sys.exit(1)  # want BTO402 "`sys.exit\(\)` in `fetch\(\)` ends the whole process"


def check_bucket(bucket: str) -> None:
    if not bucket:
        exit(2)  # want BTO402 "`exit\(\)` in `check_bucket\(\)`"
    if bucket.startswith("-"):
        quit()  # want BTO402 "`quit\(\)`"
    if bucket.isupper():
        system.exit("upper-case bucket names are invalid")  # want BTO402 "`system.exit\(\)`"
    if bucket.endswith("-"):
        sys_exit(3)  # want BTO402 "`sys_exit\(\)`"


def abort_worker() -> None:
    os._exit(1)  # want BTO402 "skips cleanup"


def stop() -> None:
    raise SystemExit(4)  # want BTO402 "`raise SystemExit` in `stop\(\)`"


def stop_bare() -> None:
    raise SystemExit  # want BTO402


class Syncer:
    def run(self) -> None:
        try:
            s3.list_buckets()
        except ClientError:
            sys.exit(1)  # want BTO402 "`run\(\)`"


def main() -> int:
    def helper() -> None:
        sys.exit(5)  # want BTO402 "`helper\(\)`"

    callbacks = [lambda: sys.exit(6)]  # want BTO402 "in a lambda"
    helper()
    callbacks[0]()
    check_bucket(sys.argv[1])
    sys.exit(0)


if __name__ == "__main__":
    sys.exit(main())
