package lsptest

import (
	"fmt"
	"strings"
)

// Boto3Module returns a boto3-heavy Python module of about lines lines:
// clients and resources of several services, operation calls (some with
// mistakes the catalog rules find), paginators, waiters, error handling,
// classes holding clients. Benchmarks and memory tests use it.
func Boto3Module(lines int) string {
	var b strings.Builder
	b.WriteString(`"""Generated boto3-heavy module for botolint benchmarks."""
import json
import logging
import os

import boto3
from botocore.config import Config
from botocore.exceptions import ClientError

log = logging.getLogger(__name__)
REGION = os.environ.get("AWS_REGION", "eu-west-1")
BUCKET = "example-bucket"
TABLE = "example-table"
CONFIG = Config(retries={"max_attempts": 10, "mode": "adaptive"})

s3 = boto3.client("s3", region_name=REGION, config=CONFIG)
ddb = boto3.client("dynamodb", region_name=REGION)
sqs = boto3.client("sqs")
ec2 = boto3.client("ec2")
lam = boto3.client("lambda")
dynamodb = boto3.resource("dynamodb")
table = dynamodb.Table(TABLE)

`)
	for i := 0; strings.Count(b.String(), "\n") < lines; i++ {
		switch i % 8 {
		case 0:
			fmt.Fprintf(&b, `def list_keys_%d(prefix):
    """List the keys under a prefix."""
    paginator = s3.get_paginator("list_objects_v2")
    keys = []
    for page in paginator.paginate(Bucket=BUCKET, Prefix=prefix, PaginationConfig={"PageSize": 100}):
        for obj in page.get("Contents", []):
            keys.append(obj["Key"])
    return keys


`, i)
		case 1:
			fmt.Fprintf(&b, `def read_object_%d(key):
    try:
        resp = s3.get_object(Bucket=BUCKET, Key=key)
        return resp["Body"].read()
    except s3.exceptions.NoSuchKey:
        log.warning("missing %%s", key)
        return None
    except ClientError as err:
        log.error("get_object failed: %%s", err.response["Error"]["Code"])
        raise


`, i)
		case 2:
			fmt.Fprintf(&b, `def put_item_%d(item_id, payload):
    ddb.put_item(
        TableName=TABLE,
        Item={"id": {"S": item_id}, "payload": {"S": json.dumps(payload)}},
        ConditionExpression="attribute_not_exists(id)",
    )
    table.put_item(Item={"id": item_id, "count": %d})


`, i, i)
		case 3:
			fmt.Fprintf(&b, `def send_messages_%d(queue_url, bodies):
    entries = [{"Id": str(n), "MessageBody": body} for n, body in enumerate(bodies)]
    resp = sqs.send_message_batch(QueueUrl=queue_url, Entries=entries)
    for failure in resp.get("Failed", []):
        log.error("message %%s failed", failure["Id"])
    return sqs.get_queue_attributes(QueueUrl=queue_url, AttributeNames=["All"])


`, i)
		case 4:
			fmt.Fprintf(&b, `def wait_for_instance_%d(instance_id):
    ec2.start_instances(InstanceIds=[instance_id])
    waiter = ec2.get_waiter("instance_running")
    waiter.wait(InstanceIds=[instance_id], WaiterConfig={"Delay": 5, "MaxAttempts": 40})
    return ec2.describe_instances(InstanceIds=[instance_id])


`, i)
		case 5:
			// Mistakes the catalog rules report (parameter case, unknown
			// operation).
			fmt.Fprintf(&b, `def buggy_%d(key):
    s3.put_object(bucket=BUCKET, Key=key, Body=b"data")
    return s3.list_object_v2(Bucket=BUCKET, MaxKeys=10)


`, i)
		case 6:
			fmt.Fprintf(&b, `class Store%d:
    def __init__(self, bucket=BUCKET):
        self.client = boto3.client("s3")
        self.bucket = bucket

    def upload(self, path, key):
        self.client.upload_file(path, self.bucket, key)

    def url(self, key, expires=3600):
        return self.client.generate_presigned_url(
            "get_object", Params={"Bucket": self.bucket, "Key": key}, ExpiresIn=expires
        )


`, i)
		case 7:
			fmt.Fprintf(&b, `def invoke_%d(name, payload):
    resp = lam.invoke(FunctionName=name, Payload=json.dumps(payload).encode())
    if resp.get("FunctionError"):
        raise RuntimeError(resp["Payload"].read())
    return json.loads(resp["Payload"].read())


`, i)
		}
	}
	return b.String()
}
