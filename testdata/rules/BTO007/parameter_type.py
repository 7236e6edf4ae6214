import boto3

s3 = boto3.client("s3")
s3.list_objects_v2(Bucket="my-bucket", MaxKeys="10")  # want BTO007 "`MaxKeys` must be an int, not str `\"10\"` \(S3 `list_objects_v2`\)"
s3.list_objects_v2(Bucket="my-bucket", MaxKeys=10.0)  # want BTO007 "`MaxKeys` must be an int, not float `10.0`"
s3.list_objects_v2(Bucket="my-bucket", Prefix=None)  # want BTO007 "`Prefix` is None, which botocore rejects \(it expects a str\): leave the parameter out instead"
s3.put_object(Bucket="my-bucket", Key="k", Body=b"", Metadata={"owner": 42})  # want BTO007 "`Metadata.owner` must be a str, not int `42`"
s3.put_object(Bucket="my-bucket", Key="k", Body=b"", Metadata={1: "x"})  # want BTO007 "`Metadata \(key\)` must be a str, not int `1`"
s3.put_object(Bucket="my-bucket", Key="k", Body=42)  # want BTO007 "`Body` must be bytes, a str or a file object, not int `42`"

ec2 = boto3.client("ec2")
ec2.describe_instances(InstanceIds="i-0123456789abcdef0")  # want BTO007 "`InstanceIds` must be a list or tuple, not str"
ec2.describe_instances(InstanceIds=["i-1", 2])  # want BTO007 "`InstanceIds\[1\]` must be a str, not int `2`"
ec2.run_instances(ImageId="ami-1", MinCount="1", MaxCount=1)  # want BTO007 "`MinCount` must be an int"
ec2.describe_instances(DryRun="true")  # want BTO007 "`DryRun` must be a bool \(True or False\), not str"
ec2.describe_instances(DryRun=1)  # want BTO007 "`DryRun` must be a bool"
ec2.describe_instances(Filters={"Name": "tag:env"})  # want BTO007 "`Filters` must be a list or tuple, not dict"

sfn = boto3.client("stepfunctions")
sfn.start_execution(stateMachineArn="arn:aws:states:us-east-1:123456789012:stateMachine:m", input={"order": 1})  # want BTO007 "`input` must be a str, not dict"

lam = boto3.client("lambda")
lam.invoke(FunctionName="fn", Payload={"order": 1})  # want BTO007 "`Payload` must be bytes, a str or a file object, not dict"

sqs = boto3.client("sqs")
sqs.send_message(QueueUrl="https://sqs.example/q", MessageBody="m", DelaySeconds="5")  # want BTO007 "`DelaySeconds` must be an int"
sqs.send_message(QueueUrl="https://sqs.example/q", MessageBody={"a": 1})  # want BTO007 "`MessageBody` must be a str, not dict"

ddb = boto3.client("dynamodb")
ddb.put_item(TableName="orders", Item={"pk": "1"})  # want BTO007 "`Item.pk` must be a dict, not str `\"1\"`"

cw = boto3.client("cloudwatch")
cw.get_metric_statistics(Namespace="AWS/EC2", MetricName="CPUUtilization", StartTime=None, EndTime=1700000000, Period=60)  # want BTO007 "`StartTime` is None"
cw.get_metric_statistics(Namespace="AWS/EC2", MetricName="CPUUtilization", StartTime=[2024, 1, 1], EndTime="2024-01-02", Period=60)  # want BTO007 "`StartTime` must be a datetime, an epoch number or a timestamp string, not list"

# Presigned URL Params are a dict.
s3.generate_presigned_url("get_object", Params=["my-bucket", "k"])  # want BTO007 "`Params` must be a dict of the parameters of S3 `get_object`, not list"
