import logging
import sys
import traceback

import boto3
import botocore.exceptions
from botocore.exceptions import BotoCoreError, ClientError

logger = logging.getLogger(__name__)
log = logging.getLogger("sync")
s3 = boto3.client("s3")
ddb = boto3.resource("dynamodb")
table = ddb.Table("jobs")


def archive(bucket: str, key: str, body: bytes) -> None:
    try:
        s3.put_object(Bucket=bucket, Key=key, Body=body)
    except ClientError as e:  # want BTO302 "`except ClientError` around `s3.put_object\(\)` only logs the error and carries on"
        logger.error("archive failed: %s", e)


def record(job_id: str) -> None:
    try:
        table.put_item(Item={"id": job_id})
    except Exception as e:  # want BTO302 "`except Exception` around `table.put_item\(\)`"
        print(f"could not record {job_id}: {e}", file=sys.stderr)
        traceback.print_exc()


def cleanup(bucket: str, keys: list[str]) -> None:
    for key in keys:
        try:
            s3.delete_object(Bucket=bucket, Key=key)
        except (ClientError, BotoCoreError):  # want BTO302 "only logs"
            log.warning("skipping %s", key)
            continue


def quiet(bucket: str) -> None:
    try:
        s3.head_bucket(Bucket=bucket)
    except:  # want BTO302 "bare `except:` around `s3.head_bucket\(\)` does nothing"
        pass


def stop_early(bucket: str) -> None:
    try:
        boto3.client("sqs").purge_queue(QueueUrl=bucket)
    except botocore.exceptions.ClientError:  # want BTO302 "only skips ahead"
        return


def verbose(bucket: str, debug: bool) -> None:
    try:
        s3.get_bucket_policy(Bucket=bucket)
    except ClientError as e:  # want BTO302
        if debug:
            print(e)
        else:
            sys.stderr.write(str(e) + "\n")


class Uploader:
    def __init__(self) -> None:
        self.client = boto3.client("s3")
        self.logger = logging.getLogger("uploader")

    def upload(self, path: str) -> None:
        try:
            self.client.upload_file(path, "bucket", path)
        except ClientError as e:  # want BTO302 "`self.client.upload_file\(\)`"
            self.logger.exception("upload of %s failed", path)


if True:
    try:
        s3.list_buckets()
    except ClientError as e:  # want BTO302
        print(e)
