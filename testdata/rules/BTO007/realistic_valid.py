# select: BTO001, BTO002, BTO003, BTO004, BTO005, BTO006, BTO007, BTO008, BTO504
"""Everyday boto3 code across services: none of the model rules may fire."""
import datetime
import json
import time
import uuid
from decimal import Decimal

import boto3
from boto3.dynamodb.conditions import Attr, Key
from botocore.config import Config

REGION = "eu-west-1"
BUCKET = "my-data-bucket"
config = Config(retries={"mode": "standard", "max_attempts": 5})
session = boto3.Session(region_name=REGION)
s3 = session.client("s3", config=config)
ddb = boto3.client("dynamodb", region_name=REGION)
table = boto3.resource("dynamodb").Table("orders")
sqs = boto3.client("sqs")
sns = boto3.client("sns")
lam = boto3.client("lambda")
ec2 = boto3.client("ec2")
iam = boto3.client("iam")
logs = boto3.client("logs")
sfn = boto3.client("stepfunctions")
sts = boto3.client("sts")
kms = boto3.client("kms")
secrets = boto3.client("secretsmanager")
ssm = boto3.client("ssm")
cw = boto3.client("cloudwatch")
events = boto3.client("events")
kinesis = boto3.client("kinesis")
ecs = boto3.client("ecs")
athena = boto3.client("athena")
glue = boto3.client("glue")
route53 = boto3.client("route53")
cfn = boto3.client("cloudformation")


def s3_things(key, data, path):
    s3.put_object(Bucket=BUCKET, Key=key, Body=data, ContentType="application/json", Metadata={"source": "app"}, ServerSideEncryption="aws:kms")
    s3.put_object(Bucket=BUCKET, Key=key, Body=json.dumps({"a": 1}).encode())
    obj = s3.get_object(Bucket=BUCKET, Key=key, Range="bytes=0-99")
    s3.head_object(Bucket=BUCKET, Key=key)
    s3.copy_object(Bucket=BUCKET, Key=key + ".bak", CopySource={"Bucket": BUCKET, "Key": key})
    s3.copy_object(Bucket=BUCKET, Key=key + ".bak", CopySource=f"{BUCKET}/{key}", MetadataDirective="REPLACE")
    s3.delete_objects(Bucket=BUCKET, Delete={"Objects": [{"Key": k} for k in [key]], "Quiet": True})
    s3.delete_objects(Bucket=BUCKET, Delete={"Objects": [{"Key": key}, {"Key": "b", "VersionId": "v1"}]})
    s3.upload_file(path, BUCKET, key, ExtraArgs={"ContentType": "text/csv"})
    s3.download_file(BUCKET, key, path)
    s3.create_bucket(Bucket=BUCKET, CreateBucketConfiguration={"LocationConstraint": REGION})
    s3.put_bucket_versioning(Bucket=BUCKET, VersioningConfiguration={"Status": "Enabled"})
    s3.put_bucket_lifecycle_configuration(
        Bucket=BUCKET,
        LifecycleConfiguration={
            "Rules": [
                {
                    "ID": "expire",
                    "Filter": {"Prefix": "tmp/"},
                    "Status": "Enabled",
                    "Expiration": {"Days": 7},
                }
            ]
        },
    )
    s3.put_bucket_policy(Bucket=BUCKET, Policy=json.dumps({"Version": "2012-10-17", "Statement": []}))
    s3.put_object_tagging(Bucket=BUCKET, Key=key, Tagging={"TagSet": [{"Key": "env", "Value": "prod"}]})
    url = s3.generate_presigned_url("get_object", Params={"Bucket": BUCKET, "Key": key}, ExpiresIn=3600)
    post = s3.generate_presigned_post(BUCKET, key, ExpiresIn=600)
    paginator = s3.get_paginator("list_objects_v2")
    for page in paginator.paginate(Bucket=BUCKET, Prefix="logs/", PaginationConfig={"PageSize": 1000}):
        for item in page.get("Contents", []):
            print(item["Key"])
    s3.get_waiter("object_exists").wait(Bucket=BUCKET, Key=key, WaiterConfig={"Delay": 2, "MaxAttempts": 10})
    s3.list_objects_v2(Bucket=BUCKET, MaxKeys=1, StartAfter=key)
    s3.list_buckets()
    resp = s3.list_object_versions(Bucket=BUCKET, Prefix=key)
    s3.restore_object(Bucket=BUCKET, Key=key, RestoreRequest={"Days": 1, "GlacierJobParameters": {"Tier": "Standard"}})
    s3.select_object_content(
        Bucket=BUCKET,
        Key=key,
        Expression="select * from s3object",
        ExpressionType="SQL",
        InputSerialization={"CSV": {"FileHeaderInfo": "USE"}},
        OutputSerialization={"JSON": {}},
    )
    return obj, url, post, resp


def dynamo_things(order_id):
    ddb.put_item(TableName="orders", Item={"pk": {"S": order_id}, "total": {"N": "12.5"}, "tags": {"SS": ["a"]}})
    ddb.get_item(TableName="orders", Key={"pk": {"S": order_id}}, ConsistentRead=True)
    ddb.update_item(
        TableName="orders",
        Key={"pk": {"S": order_id}},
        UpdateExpression="SET #s = :s",
        ExpressionAttributeNames={"#s": "status"},
        ExpressionAttributeValues={":s": {"S": "shipped"}},
        ReturnValues="UPDATED_NEW",
    )
    ddb.query(
        TableName="orders",
        KeyConditionExpression="pk = :pk",
        ExpressionAttributeValues={":pk": {"S": order_id}},
        Limit=10,
    )
    ddb.batch_write_item(RequestItems={"orders": [{"PutRequest": {"Item": {"pk": {"S": "1"}}}}, {"DeleteRequest": {"Key": {"pk": {"S": "2"}}}}]})
    ddb.transact_write_items(TransactItems=[{"Put": {"TableName": "orders", "Item": {"pk": {"S": "1"}}}}])
    ddb.create_table(
        TableName="orders",
        KeySchema=[{"AttributeName": "pk", "KeyType": "HASH"}],
        AttributeDefinitions=[{"AttributeName": "pk", "AttributeType": "S"}],
        BillingMode="PAY_PER_REQUEST",
    )
    ddb.get_waiter("table_exists").wait(TableName="orders")
    table.put_item(Item={"pk": order_id, "total": Decimal("12.5"), "lines": [1, 2], "meta": {"a": None}})
    table.put_item(Item={"pk": order_id}, ConditionExpression=Attr("pk").not_exists())
    table.get_item(Key={"pk": order_id})
    table.query(KeyConditionExpression=Key("pk").eq(order_id), ScanIndexForward=False, Limit=5)
    table.update_item(Key={"pk": order_id}, UpdateExpression="SET n = n + :one", ExpressionAttributeValues={":one": 1})
    table.delete_item(Key={"pk": order_id})
    table.scan(FilterExpression=Attr("total").gt(10))
    with table.batch_writer() as batch:
        batch.put_item(Item={"pk": "x"})
    table.meta.client.get_item(TableName="orders", Key={"pk": order_id})
    dynamodb = boto3.resource("dynamodb")
    dynamodb.batch_get_item(RequestItems={"orders": {"Keys": [{"pk": "1"}]}})


def messaging(queue_url, topic_arn):
    sqs.send_message(QueueUrl=queue_url, MessageBody=json.dumps({"a": 1}), DelaySeconds=0, MessageAttributes={"kind": {"DataType": "String", "StringValue": "x"}})
    sqs.send_message_batch(QueueUrl=queue_url, Entries=[{"Id": "1", "MessageBody": "a"}])
    msgs = sqs.receive_message(QueueUrl=queue_url, MaxNumberOfMessages=10, WaitTimeSeconds=20, AttributeNames=["All"], MessageAttributeNames=["All"])
    for m in msgs.get("Messages", []):
        sqs.delete_message(QueueUrl=queue_url, ReceiptHandle=m["ReceiptHandle"])
    sqs.get_queue_url(QueueName="q")
    sqs.create_queue(QueueName="q.fifo", Attributes={"FifoQueue": "true", "VisibilityTimeout": "60"})
    sns.publish(TopicArn=topic_arn, Message="hi", Subject="s", MessageAttributes={"k": {"DataType": "String", "StringValue": "v"}})
    sns.publish(PhoneNumber="+15555550100", Message="hi")
    sns.subscribe(TopicArn=topic_arn, Protocol="sqs", Endpoint="arn:aws:sqs:eu-west-1:123456789012:q", ReturnSubscriptionArn=True)


def compute(fn):
    lam.invoke(FunctionName=fn, InvocationType="Event", Payload=json.dumps({"a": 1}))
    lam.invoke(FunctionName=fn, Payload=b'{"a": 1}', LogType="Tail")
    lam.update_function_code(FunctionName=fn, ZipFile=open("f.zip", "rb").read(), Publish=True)
    lam.update_function_configuration(FunctionName=fn, Environment={"Variables": {"A": "1"}}, Timeout=30, MemorySize=512)
    lam.add_permission(FunctionName=fn, StatementId=str(uuid.uuid4()), Action="lambda:InvokeFunction", Principal="s3.amazonaws.com")
    ec2.describe_instances(Filters=[{"Name": "instance-state-name", "Values": ["running"]}])
    ec2.describe_instances(InstanceIds=["i-0123456789abcdef0"], DryRun=False)
    ec2.run_instances(
        ImageId="ami-12345678",
        InstanceType="t3.micro",
        MinCount=1,
        MaxCount=1,
        UserData="#!/bin/bash\necho hi",
        TagSpecifications=[{"ResourceType": "instance", "Tags": [{"Key": "Name", "Value": "x"}]}],
        BlockDeviceMappings=[{"DeviceName": "/dev/xvda", "Ebs": {"VolumeSize": 20, "VolumeType": "gp3", "DeleteOnTermination": True}}],
    )
    ec2.create_tags(Resources=["i-1"], Tags=[{"Key": "env", "Value": "prod"}])
    ec2.create_snapshot(VolumeId="vol-1", Description="backup")
    ec2.get_waiter("instance_running").wait(InstanceIds=["i-1"])
    ec2.describe_nat_gateways(Filters=[{"Name": "vpc-id", "Values": ["vpc-1"]}])
    ec2.authorize_security_group_ingress(GroupId="sg-1", IpPermissions=[{"IpProtocol": "tcp", "FromPort": 443, "ToPort": 443, "IpRanges": [{"CidrIp": "0.0.0.0/0"}]}])
    ecs.run_task(cluster="c", taskDefinition="t:1", launchType="FARGATE", networkConfiguration={"awsvpcConfiguration": {"subnets": ["subnet-1"], "assignPublicIp": "ENABLED"}}, overrides={"containerOverrides": [{"name": "app", "environment": [{"name": "A", "value": "1"}]}]})
    ecs.update_service(cluster="c", service="s", desiredCount=2, forceNewDeployment=True)


def identity(role_arn, name):
    creds = sts.assume_role(RoleArn=role_arn, RoleSessionName="session-" + name, DurationSeconds=3600)
    sts.get_caller_identity()
    iam.create_role(RoleName=name, AssumeRolePolicyDocument=json.dumps({}), Tags=[{"Key": "a", "Value": "b"}])
    iam.put_role_policy(RoleName=name, PolicyName="p", PolicyDocument=json.dumps({}))
    iam.attach_role_policy(RoleName=name, PolicyArn="arn:aws:iam::aws:policy/ReadOnlyAccess")
    iam.get_paginator("list_users").paginate(PathPrefix="/")
    kms.encrypt(KeyId="alias/app", Plaintext="secret")
    kms.decrypt(CiphertextBlob=b"...", EncryptionContext={"app": "x"})
    kms.generate_data_key(KeyId="alias/app", KeySpec="AES_256")
    secrets.get_secret_value(SecretId="prod/db")
    secrets.create_secret(Name="prod/db", SecretString=json.dumps({"u": "p"}))
    ssm.get_parameter(Name="/app/key", WithDecryption=True)
    ssm.get_parameters_by_path(Path="/app", Recursive=True)
    ssm.put_parameter(Name="/app/key", Value="v", Type="SecureString", Overwrite=True)
    return creds


def observability(group):
    logs.create_log_group(logGroupName=group)
    logs.put_retention_policy(logGroupName=group, retentionInDays=14)
    logs.put_log_events(logGroupName=group, logStreamName="s", logEvents=[{"timestamp": int(time.time() * 1000), "message": "m"}])
    logs.filter_log_events(logGroupName=group, filterPattern="ERROR", startTime=0, limit=100)
    logs.start_query(logGroupName=group, startTime=0, endTime=int(time.time()), queryString="fields @message")
    logs.create_export_task(logGroupName=group, fromTime=0, to=1, destination="bucket")
    cw.put_metric_data(Namespace="App", MetricData=[{"MetricName": "latency", "Value": 1.5, "Unit": "Milliseconds", "Timestamp": datetime.datetime.utcnow(), "Dimensions": [{"Name": "svc", "Value": "x"}]}])
    cw.get_metric_statistics(Namespace="AWS/EC2", MetricName="CPUUtilization", StartTime=datetime.datetime.utcnow() - datetime.timedelta(hours=1), EndTime=datetime.datetime.utcnow(), Period=300, Statistics=["Average"])
    cw.put_metric_alarm(AlarmName="a", MetricName="m", Namespace="n", Statistic="Average", Period=60, EvaluationPeriods=1, Threshold=1.0, ComparisonOperator="GreaterThanThreshold")
    events.put_events(Entries=[{"Source": "app", "DetailType": "t", "Detail": json.dumps({}), "EventBusName": "default"}])
    events.put_rule(Name="r", ScheduleExpression="rate(5 minutes)", State="ENABLED")


def data(stream, job):
    kinesis.put_record(StreamName=stream, Data=b"x", PartitionKey="k")
    kinesis.put_records(StreamName=stream, Records=[{"Data": json.dumps({}).encode(), "PartitionKey": "k"}])
    athena.start_query_execution(QueryString="select 1", QueryExecutionContext={"Database": "db"}, ResultConfiguration={"OutputLocation": "s3://bucket/results/"}, WorkGroup="primary")
    glue.start_job_run(JobName=job, Arguments={"--day": "2024-01-01"})
    glue.get_tables(DatabaseName="db")
    sfn.start_execution(stateMachineArn="arn:aws:states:eu-west-1:123456789012:stateMachine:m", name=str(uuid.uuid4()), input=json.dumps({}))
    sfn.send_task_success(taskToken="t", output="{}")
    sfn.describe_execution(executionArn="arn:aws:states:eu-west-1:123456789012:execution:m:e")
    route53.change_resource_record_sets(
        HostedZoneId="Z123",
        ChangeBatch={
            "Comment": "update",
            "Changes": [
                {
                    "Action": "UPSERT",
                    "ResourceRecordSet": {"Name": "a.example.com", "Type": "A", "TTL": 300, "ResourceRecords": [{"Value": "1.2.3.4"}]},
                }
            ],
        },
    )
    cfn.create_stack(
        StackName="s",
        TemplateBody=open("t.yaml").read(),
        Parameters=[{"ParameterKey": "Env", "ParameterValue": "prod"}],
        Capabilities=["CAPABILITY_IAM", "CAPABILITY_NAMED_IAM"],
        Tags=[{"Key": "a", "Value": "b"}],
    )
    cfn.get_waiter("stack_create_complete").wait(StackName="s", WaiterConfig={"Delay": 30})
    cfn.describe_stacks(StackName="s")


class Uploader:
    def __init__(self, bucket: str):
        self.bucket = bucket
        self.s3 = boto3.client("s3")
        self.res = boto3.resource("s3")

    def put(self, key: str, body: bytes) -> None:
        self.s3.put_object(Bucket=self.bucket, Key=key, Body=body)
        self.res.Bucket(self.bucket).put_object(Key=key, Body=body)
        self.res.Object(self.bucket, key).put(Body=body, ContentType="text/plain")
        self.res.Bucket(self.bucket).upload_file("/tmp/x", key)
        for o in self.res.Bucket(self.bucket).objects.filter(Prefix="a/"):
            o.delete()
        self.res.Bucket(self.bucket).delete_objects(Delete={"Objects": [{"Key": key}]})
        queue = boto3.resource("sqs").get_queue_by_name(QueueName="q")
        queue.send_message(MessageBody="x")
        boto3.resource("ec2").create_instances(ImageId="ami-1", MinCount=1, MaxCount=1)
        boto3.resource("iam").Role("r").attach_policy(PolicyArn="arn:aws:iam::aws:policy/x")
