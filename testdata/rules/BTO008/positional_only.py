# select: BTO004, BTO005, BTO006, BTO007, BTO008
import boto3

s3 = boto3.client("s3")
# The TypeError comes before validation: only BTO008.
s3.get_object("my-bucket", key="k", MaxKeys="x")  # want BTO008 "its required parameters are `Bucket=`"
