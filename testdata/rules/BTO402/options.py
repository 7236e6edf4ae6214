# Functions named main are main functions wherever they are; methods too.
import sys

import boto3


class App:
    def main(self) -> None:
        boto3.client("s3").list_buckets()
        sys.exit(0)
