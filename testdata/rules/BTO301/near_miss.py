"""Imports that work."""
import boto3
import boto3.exceptions
from boto3.exceptions import Boto3Error, DynamoDBNeedsKeyConditionError, ResourceNotExistsError, S3UploadFailedError
from botocore.errorfactory import ClientError
from botocore.exceptions import BotoCoreError, ConnectionError, ValidationError, WaiterError
from boto3.exceptions import *
from mylib.exceptions import ClientError as LibError
from botocore.exceptions import SomethingNobodyModels

s3 = boto3.client("s3")

try:
    s3.list_buckets()
except (ClientError, BotoCoreError, WaiterError, ValidationError, ConnectionError):
    raise
except boto3.exceptions.RetriesExceededError:
    raise
except s3.exceptions.NoSuchBucket:
    pass
except (Boto3Error, DynamoDBNeedsKeyConditionError, ResourceNotExistsError, S3UploadFailedError, LibError, SomethingNobodyModels):
    raise
