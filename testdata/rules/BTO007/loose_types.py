import datetime
import json

import boto3

# What botocore accepts: bool for int, int for float, tuple for list, str
# for blobs, datetimes, numbers and strings for timestamps.
s3 = boto3.client("s3")
s3.list_objects_v2(Bucket="my-bucket", MaxKeys=True)
s3.put_object(Bucket="my-bucket", Key="k", Body="text")
s3.put_object(Bucket="my-bucket", Key="k", Body=open("f", "rb"))
s3.put_object(Bucket="my-bucket", Key="k", Body=b"", Expires=datetime.datetime.now())
s3.put_object(Bucket="my-bucket", Key="k", Body=b"", Expires="2030-01-01T00:00:00Z")
s3.put_object(Bucket="my-bucket", Key="k", Body=b"", Expires=1900000000)
ec2 = boto3.client("ec2")
ec2.describe_instances(InstanceIds=("i-1", "i-2"))
cw = boto3.client("cloudwatch")
cw.put_metric_data(Namespace="App", MetricData=[{"MetricName": "m", "Value": 1}])

# What botocore converts before validating.
s3.copy_object(Bucket="dst", Key="k", CopySource={"Bucket": "src", "Key": "k"})
s3.get_object(Bucket="b", Key="k", SSECustomerAlgorithm="AES256", SSECustomerKey=b"0" * 32)
ec2.run_instances(ImageId="ami-1", MinCount=1, MaxCount=1, UserData=b"#!/bin/sh\n")

# Headers may carry JSON values.
lex = boto3.client("lex-runtime")
lex.post_content(botName="b", botAlias="a", userId="user-1", contentType="text/plain", inputStream=b"", sessionAttributes={"k": "v"})

# Values whose type the source does not show.
lam = boto3.client("lambda")
lam.invoke(FunctionName="fn", Payload=json.dumps({"a": 1}))
lam.invoke(FunctionName="fn", Payload=f"{1}")
sfn = boto3.client("stepfunctions")
sfn.start_execution(stateMachineArn="arn:aws:states:us-east-1:123456789012:stateMachine:m", input=json.dumps({}))

# DynamoDB through a resource takes plain Python values.
table = boto3.resource("dynamodb").Table("orders")
table.put_item(Item={"pk": "1", "n": 3, "tags": {"a", "b"}})
table.meta.client.put_item(TableName="orders", Item={"pk": "1"})
