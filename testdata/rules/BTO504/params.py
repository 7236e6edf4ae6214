# select: BTO004, BTO005, BTO006, BTO007, BTO504
import boto3

s3 = boto3.client("s3")
# Params are checked like the arguments of the operation.
s3.generate_presigned_url("get_object", Params={"bucket": "b", "Key": "k"})  # want BTO004 "`bucket` is not a key of `Params` for S3 `get_object`"
s3.generate_presigned_url("get_object", Params={"Bucket": "b"})  # want BTO006 "missing the required key `Key`"
s3.generate_presigned_url("put_object", Params={"Bucket": "b", "Key": "k", "ContentLength": "3"})  # want BTO007 "`ContentLength` must be an int"
s3.generate_presigned_url("put_object", Params={"Bucket": "b", "Key": "k", "ACLs": "private"})  # want BTO005 "did you mean `ACL`"
# An unknown ClientMethod is reported once, Params are not checked.
s3.generate_presigned_url("getObject", Params={"bucket": "b"})  # want BTO504 "did you mean `get_object`"
