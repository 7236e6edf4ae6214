import boto3

if '__main__' == __name__:  # want BTO401 "holds 2 statements"
    s3 = boto3.client("s3")
    print(s3.list_buckets()["Buckets"])
