import boto3
import boto3.exceptions
import botocore.exceptions
from boto3 import exceptions as b3exc

s3 = boto3.client("s3")


def head(bucket: str) -> bool:
    try:
        s3.head_bucket(Bucket=bucket)
        return True
    except boto3.exceptions.ClientError:  # want BTO301 "`boto3.exceptions.ClientError` does not exist \(AttributeError\)"
        return False
    except b3exc.NoCredentialsError:  # want BTO301 "`b3exc.NoCredentialsError` does not exist"
        raise
    except boto3.exceptions.ConnectionError:  # want BTO301 "`ConnectionError` lives in `botocore.exceptions`"
        raise
    except botocore.exceptions.NoSuchBucket:  # want BTO301 "modeled error of the s3 service"
        return False
    except boto3.exceptions.S3UploadFailedError:
        raise
