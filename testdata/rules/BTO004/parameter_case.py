import boto3

s3 = boto3.client("s3")
s3.list_objects_v2(bucket="my-bucket")  # want BTO004 "`bucket` is not a parameter of S3 `list_objects_v2`: did you mean `Bucket`\? Names are case-sensitive"
s3.list_objects_v2(Bucket="my-bucket", max_keys=10, Prefix="logs/")  # want BTO004 "`max_keys` .* did you mean `MaxKeys`"

# Nested literal dicts: the outer key first; the inner one on the next round.
s3.delete_objects(
    Bucket="my-bucket",
    Delete={"objects": [{"Key": "a"}, {"key": "b"}]},  # want BTO004 "`objects` is not a key of `Delete` \(S3 `delete_objects`\): did you mean `Objects`\?"
)
s3.delete_objects(
    Bucket="my-bucket",
    Delete={"Objects": [{"Key": "a"}, {"key": "b", "VersionId": "1"}]},  # want BTO004 "`key` is not a key of `Delete.Objects\[1\]`"
)

ddb = boto3.client("dynamodb")
ddb.get_item(table_name="orders", Key={"pk": {"s": "1"}})  # want BTO004 "`table_name` .* `TableName`" BTO004 "`s` is not a key of `Key.pk`.* `S`"

sqs = boto3.client("sqs")
sqs.send_message(queue_url="https://sqs.example/q", message_body="hello")  # want BTO004 "`QueueUrl`" BTO004 "`MessageBody`"

sts = boto3.client("sts")
sts.assume_role(role_arn="arn:aws:iam::123456789012:role/r", RoleSessionName="s")  # want BTO004 "`RoleArn`"

lam = boto3.client("lambda")
lam.invoke(function_name="fn", Payload=b"{}")  # want BTO004 "`FunctionName`"

kms = boto3.client("kms")
kms.encrypt(keyId="alias/app", Plaintext=b"secret")  # want BTO004 "`KeyId`"

sfn = boto3.client("stepfunctions")
sfn.start_execution(state_machine_arn="arn:aws:states:us-east-1:123456789012:stateMachine:m")  # want BTO004 "`state_machine_arn` is not a parameter of SFN `start_execution`: did you mean `stateMachineArn`"

iam = boto3.client("iam")
iam.create_user(Username="alice")  # want BTO004 "`UserName`"

ec2 = boto3.client("ec2")
ec2.describe_instances(instance_ids=["i-123"], Filters=[{"name": "tag:env", "Values": ["prod"]}])  # want BTO004 "`InstanceIds`" BTO004 "`name` is not a key of `Filters\[0\]`"
