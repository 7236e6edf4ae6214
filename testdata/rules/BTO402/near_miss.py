"""Exits that are fine: in main, at module level, in signal handlers."""
import signal
import sys

import boto3

s3 = boto3.client("s3")

if len(sys.argv) < 2:
    print("usage: near_miss.py BUCKET", file=sys.stderr)
    sys.exit(2)


def on_sigterm(signum, frame):
    sys.exit(0)


signal.signal(signal.SIGTERM, on_sigterm)
signal.signal(signal.SIGINT, lambda signum, frame: sys.exit(130))


def exit(code: int) -> None:
    """A local function that happens to be called exit."""
    print("exit code", code)


def report(bucket: str) -> None:
    exit(1)  # the local function above, not the builtin
    s3.head_bucket(Bucket=bucket)


def main() -> int:
    report(sys.argv[1])
    sys.exit(0)


if __name__ == "__main__":
    sys.exit(main())
