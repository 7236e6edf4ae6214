import boto3

sts = boto3.client("sts")
sts.assume_role(RoleArn="arn:aws:iam::123456789012:role/r", RoleSessionName="s")  # want BTO007 "`RoleSessionName` must be at least 2 characters long, got 1 \(STS `assume_role`\)"
sts.assume_role(RoleArn="arn:aws:iam::123456789012:role/r", RoleSessionName="ok", DurationSeconds=600)  # want BTO007 "`DurationSeconds` must be at least 900, got 600"

iam = boto3.client("iam")
iam.create_user(UserName="")  # want BTO007 "`UserName` must be at least 1 character long, got an empty string"

logs = boto3.client("logs")
logs.put_log_events(logGroupName="g", logStreamName="s", logEvents=[])  # want BTO007 "`logEvents` needs at least 1 item, got 0"

s3 = boto3.client("s3")
# Bound to the host name: an implicit minimum of 1.
s3.write_get_object_response(RequestRoute="", RequestToken="t")  # want BTO007 "`RequestRoute` must be at least 1 character long"
# botocore's validate_bucket_name.
s3.list_objects_v2(Bucket="s3://my-bucket/logs")  # want BTO007 "s3://my-bucket/logs\" is not a valid S3 bucket name"
s3.head_bucket(Bucket="")  # want BTO007 "is not a valid S3 bucket name"
s3.head_bucket(Bucket="arn:aws:s3:us-east-1:123456789012:accesspoint/my-ap")
s3.head_bucket(Bucket="my.bucket-name_1")
