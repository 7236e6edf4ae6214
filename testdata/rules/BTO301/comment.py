import boto3
from boto3.exceptions import (
    WaiterError,  # raised by waiters  # want BTO301 "`WaiterError`"
)

waiter = boto3.client("s3").get_waiter("bucket_exists")
try:
    waiter.wait(Bucket="b")
except WaiterError:
    raise
