import boto3
from boto3.exceptions import ClientError, S3UploadFailedError, NoCredentialsError as NoCreds  # want BTO301 "`ClientError` is not defined in `boto3.exceptions` \(ImportError\): import it from `botocore.exceptions`" BTO301 "`NoCredentialsError`"
from botocore.exceptions import WaiterError

s3 = boto3.client("s3")


def upload(path: str, bucket: str) -> None:
    try:
        s3.upload_file(path, bucket, "data.csv")
    except (ClientError, S3UploadFailedError, NoCreds, WaiterError):
        raise
