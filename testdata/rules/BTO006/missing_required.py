import boto3

s3 = boto3.client("s3")
s3.put_object(Bucket="my-bucket", Body=b"data")  # want BTO006 "S3 `put_object` is missing the required parameter `Key`"
s3.get_object()  # want BTO006 "S3 `get_object` is missing the required parameters `Bucket` and `Key`"
s3.delete_objects(Bucket="b", Delete={"Objects": [{"VersionId": "1"}]})  # want BTO006 "`Delete.Objects\[0\]` is missing the required key `Key` \(S3 `delete_objects`\)"
s3.delete_objects(Bucket="b", Delete={"Quiet": True})  # want BTO006 "`Delete` is missing the required key `Objects`"

ddb = boto3.client("dynamodb")
ddb.put_item(Item={"pk": {"S": "1"}})  # want BTO006 "DynamoDB `put_item` is missing the required parameter `TableName`"

sqs = boto3.client("sqs")
sqs.send_message(QueueUrl="https://sqs.example/q")  # want BTO006 "`MessageBody`"

sts = boto3.client("sts")
sts.assume_role(RoleArn="arn:aws:iam::123456789012:role/r")  # want BTO006 "`RoleSessionName`"

lam = boto3.client("lambda")
lam.invoke(Payload=b"{}")  # want BTO006 "`FunctionName`"

kms = boto3.client("kms")
kms.encrypt(Plaintext=b"secret")  # want BTO006 "KMS `encrypt` is missing the required parameter `KeyId`"

iam = boto3.client("iam")
iam.attach_role_policy(RoleName="r")  # want BTO006 "`PolicyArn`"

logs = boto3.client("logs")
logs.put_log_events(logGroupName="g", logStreamName="s", logEvents=[{"message": "m"}])  # want BTO006 "`logEvents\[0\]` is missing the required key `timestamp`"

sfn = boto3.client("stepfunctions")
sfn.start_execution(input="{}")  # want BTO006 "SFN `start_execution` is missing the required parameter `stateMachineArn`"

ec2 = boto3.client("ec2")
ec2.run_instances(ImageId="ami-1", MaxCount=1)  # want BTO006 "`MinCount`"
