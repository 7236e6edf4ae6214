"""Guards the fix must leave alone."""
import sys

import boto3

s3 = boto3.client("s3")
count = 0


def show():
    print(bucket_name, count)


if __name__ == "__main__":  # want BTO401
    bucket_name = sys.argv[1]  # read by show(): moving it would break show()
    show()
