import boto3

s3 = boto3.client("s3")
resp = s3.list_buckets(  # want BTO900 "`\(` was never closed"

def fine():
    return 1
