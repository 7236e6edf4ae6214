import boto3
from botocore.exceptions import ClientError, NoSuchKey  # want BTO301 "`NoSuchKey` is not defined in `botocore.exceptions` \(ImportError\): it is a modeled error of the s3 service, raised as `client.exceptions.NoSuchKey`"
from botocore.exceptions import ResourceNotFoundException as Missing  # want BTO301 "modeled error of [0-9]+ services \(.*, \.\.\.\)"
from boto3.exceptions import NoSuchBucket  # want BTO301 "`NoSuchBucket` is not defined in `boto3.exceptions`"

s3 = boto3.client("s3")


def read(bucket: str, key: str) -> bytes | None:
    try:
        return s3.get_object(Bucket=bucket, Key=key)["Body"].read()
    except (NoSuchKey, NoSuchBucket, Missing):
        return None
    except ClientError:
        raise
