"""No botocore import to merge into: the statement is rewritten in place."""
import boto3
from boto3.exceptions import ParamValidationError  # want BTO301 "`ParamValidationError`"

s3 = boto3.client("s3")


def load():
    from boto3.exceptions import Boto3Error, EndpointConnectionError  # want BTO301 "`EndpointConnectionError`"

    try:
        return s3.list_buckets()
    except (ParamValidationError, EndpointConnectionError, Boto3Error):
        raise
