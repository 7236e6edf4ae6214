"""Generated boto3-heavy module for botolint benchmarks."""
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

def list_keys_0(prefix):
    """List the keys under a prefix."""
    paginator = s3.get_paginator("list_objects_v2")
    keys = []
    for page in paginator.paginate(Bucket=BUCKET, Prefix=prefix, PaginationConfig={"PageSize": 100}):
        for obj in page.get("Contents", []):
            keys.append(obj["Key"])
    return keys


def read_object_1(key):
    try:
        resp = s3.get_object(Bucket=BUCKET, Key=key)
        return resp["Body"].read()
    except s3.exceptions.NoSuchKey:
        log.warning("missing %s", key)
        return None
    except ClientError as err:
        log.error("get_object failed: %s", err.response["Error"]["Code"])
        raise


def put_item_2(item_id, payload):
    ddb.put_item(
        TableName=TABLE,
        Item={"id": {"S": item_id}, "payload": {"S": json.dumps(payload)}},
        ConditionExpression="attribute_not_exists(id)",
    )
    table.put_item(Item={"id": item_id, "count": 2})


def send_messages_3(queue_url, bodies):
    entries = [{"Id": str(n), "MessageBody": body} for n, body in enumerate(bodies)]
    resp = sqs.send_message_batch(QueueUrl=queue_url, Entries=entries)
    for failure in resp.get("Failed", []):
        log.error("message %s failed", failure["Id"])
    return sqs.get_queue_attributes(QueueUrl=queue_url, AttributeNames=["All"])


def wait_for_instance_4(instance_id):
    ec2.start_instances(InstanceIds=[instance_id])
    waiter = ec2.get_waiter("instance_running")
    waiter.wait(InstanceIds=[instance_id], WaiterConfig={"Delay": 5, "MaxAttempts": 40})
    return ec2.describe_instances(InstanceIds=[instance_id])


def buggy_5(key):
    s3.put_object(bucket=BUCKET, Key=key, Body=b"data")
    return s3.list_object_v2(Bucket=BUCKET, MaxKeys=10)


class Store6:
    def __init__(self, bucket=BUCKET):
        self.client = boto3.client("s3")
        self.bucket = bucket

    def upload(self, path, key):
        self.client.upload_file(path, self.bucket, key)

    def url(self, key, expires=3600):
        return self.client.generate_presigned_url(
            "get_object", Params={"Bucket": self.bucket, "Key": key}, ExpiresIn=expires
        )


def invoke_7(name, payload):
    resp = lam.invoke(FunctionName=name, Payload=json.dumps(payload).encode())
    if resp.get("FunctionError"):
        raise RuntimeError(resp["Payload"].read())
    return json.loads(resp["Payload"].read())


def list_keys_8(prefix):
    """List the keys under a prefix."""
    paginator = s3.get_paginator("list_objects_v2")
    keys = []
    for page in paginator.paginate(Bucket=BUCKET, Prefix=prefix, PaginationConfig={"PageSize": 100}):
        for obj in page.get("Contents", []):
            keys.append(obj["Key"])
    return keys


def read_object_9(key):
    try:
        resp = s3.get_object(Bucket=BUCKET, Key=key)
        return resp["Body"].read()
    except s3.exceptions.NoSuchKey:
        log.warning("missing %s", key)
        return None
    except ClientError as err:
        log.error("get_object failed: %s", err.response["Error"]["Code"])
        raise


def put_item_10(item_id, payload):
    ddb.put_item(
        TableName=TABLE,
        Item={"id": {"S": item_id}, "payload": {"S": json.dumps(payload)}},
        ConditionExpression="attribute_not_exists(id)",
    )
    table.put_item(Item={"id": item_id, "count": 10})


def send_messages_11(queue_url, bodies):
    entries = [{"Id": str(n), "MessageBody": body} for n, body in enumerate(bodies)]
    resp = sqs.send_message_batch(QueueUrl=queue_url, Entries=entries)
    for failure in resp.get("Failed", []):
        log.error("message %s failed", failure["Id"])
    return sqs.get_queue_attributes(QueueUrl=queue_url, AttributeNames=["All"])


def wait_for_instance_12(instance_id):
    ec2.start_instances(InstanceIds=[instance_id])
    waiter = ec2.get_waiter("instance_running")
    waiter.wait(InstanceIds=[instance_id], WaiterConfig={"Delay": 5, "MaxAttempts": 40})
    return ec2.describe_instances(InstanceIds=[instance_id])


def buggy_13(key):
    s3.put_object(bucket=BUCKET, Key=key, Body=b"data")
    return s3.list_object_v2(Bucket=BUCKET, MaxKeys=10)


class Store14:
    def __init__(self, bucket=BUCKET):
        self.client = boto3.client("s3")
        self.bucket = bucket

    def upload(self, path, key):
        self.client.upload_file(path, self.bucket, key)

    def url(self, key, expires=3600):
        return self.client.generate_presigned_url(
            "get_object", Params={"Bucket": self.bucket, "Key": key}, ExpiresIn=expires
        )


def invoke_15(name, payload):
    resp = lam.invoke(FunctionName=name, Payload=json.dumps(payload).encode())
    if resp.get("FunctionError"):
        raise RuntimeError(resp["Payload"].read())
    return json.loads(resp["Payload"].read())


def list_keys_16(prefix):
    """List the keys under a prefix."""
    paginator = s3.get_paginator("list_objects_v2")
    keys = []
    for page in paginator.paginate(Bucket=BUCKET, Prefix=prefix, PaginationConfig={"PageSize": 100}):
        for obj in page.get("Contents", []):
            keys.append(obj["Key"])
    return keys


def read_object_17(key):
    try:
        resp = s3.get_object(Bucket=BUCKET, Key=key)
        return resp["Body"].read()
    except s3.exceptions.NoSuchKey:
        log.warning("missing %s", key)
        return None
    except ClientError as err:
        log.error("get_object failed: %s", err.response["Error"]["Code"])
        raise


def put_item_18(item_id, payload):
    ddb.put_item(
        TableName=TABLE,
        Item={"id": {"S": item_id}, "payload": {"S": json.dumps(payload)}},
        ConditionExpression="attribute_not_exists(id)",
    )
    table.put_item(Item={"id": item_id, "count": 18})


def send_messages_19(queue_url, bodies):
    entries = [{"Id": str(n), "MessageBody": body} for n, body in enumerate(bodies)]
    resp = sqs.send_message_batch(QueueUrl=queue_url, Entries=entries)
    for failure in resp.get("Failed", []):
        log.error("message %s failed", failure["Id"])
    return sqs.get_queue_attributes(QueueUrl=queue_url, AttributeNames=["All"])


def wait_for_instance_20(instance_id):
    ec2.start_instances(InstanceIds=[instance_id])
    waiter = ec2.get_waiter("instance_running")
    waiter.wait(InstanceIds=[instance_id], WaiterConfig={"Delay": 5, "MaxAttempts": 40})
    return ec2.describe_instances(InstanceIds=[instance_id])


def buggy_21(key):
    s3.put_object(bucket=BUCKET, Key=key, Body=b"data")
    return s3.list_object_v2(Bucket=BUCKET, MaxKeys=10)


class Store22:
    def __init__(self, bucket=BUCKET):
        self.client = boto3.client("s3")
        self.bucket = bucket

    def upload(self, path, key):
        self.client.upload_file(path, self.bucket, key)

    def url(self, key, expires=3600):
        return self.client.generate_presigned_url(
            "get_object", Params={"Bucket": self.bucket, "Key": key}, ExpiresIn=expires
        )


def invoke_23(name, payload):
    resp = lam.invoke(FunctionName=name, Payload=json.dumps(payload).encode())
    if resp.get("FunctionError"):
        raise RuntimeError(resp["Payload"].read())
    return json.loads(resp["Payload"].read())


def list_keys_24(prefix):
    """List the keys under a prefix."""
    paginator = s3.get_paginator("list_objects_v2")
    keys = []
    for page in paginator.paginate(Bucket=BUCKET, Prefix=prefix, PaginationConfig={"PageSize": 100}):
        for obj in page.get("Contents", []):
            keys.append(obj["Key"])
    return keys


def read_object_25(key):
    try:
        resp = s3.get_object(Bucket=BUCKET, Key=key)
        return resp["Body"].read()
    except s3.exceptions.NoSuchKey:
        log.warning("missing %s", key)
        return None
    except ClientError as err:
        log.error("get_object failed: %s", err.response["Error"]["Code"])
        raise


def put_item_26(item_id, payload):
    ddb.put_item(
        TableName=TABLE,
        Item={"id": {"S": item_id}, "payload": {"S": json.dumps(payload)}},
        ConditionExpression="attribute_not_exists(id)",
    )
    table.put_item(Item={"id": item_id, "count": 26})


def send_messages_27(queue_url, bodies):
    entries = [{"Id": str(n), "MessageBody": body} for n, body in enumerate(bodies)]
    resp = sqs.send_message_batch(QueueUrl=queue_url, Entries=entries)
    for failure in resp.get("Failed", []):
        log.error("message %s failed", failure["Id"])
    return sqs.get_queue_attributes(QueueUrl=queue_url, AttributeNames=["All"])


def wait_for_instance_28(instance_id):
    ec2.start_instances(InstanceIds=[instance_id])
    waiter = ec2.get_waiter("instance_running")
    waiter.wait(InstanceIds=[instance_id], WaiterConfig={"Delay": 5, "MaxAttempts": 40})
    return ec2.describe_instances(InstanceIds=[instance_id])


def buggy_29(key):
    s3.put_object(bucket=BUCKET, Key=key, Body=b"data")
    return s3.list_object_v2(Bucket=BUCKET, MaxKeys=10)


class Store30:
    def __init__(self, bucket=BUCKET):
        self.client = boto3.client("s3")
        self.bucket = bucket

    def upload(self, path, key):
        self.client.upload_file(path, self.bucket, key)

    def url(self, key, expires=3600):
        return self.client.generate_presigned_url(
            "get_object", Params={"Bucket": self.bucket, "Key": key}, ExpiresIn=expires
        )


def invoke_31(name, payload):
    resp = lam.invoke(FunctionName=name, Payload=json.dumps(payload).encode())
    if resp.get("FunctionError"):
        raise RuntimeError(resp["Payload"].read())
    return json.loads(resp["Payload"].read())


def list_keys_32(prefix):
    """List the keys under a prefix."""
    paginator = s3.get_paginator("list_objects_v2")
    keys = []
    for page in paginator.paginate(Bucket=BUCKET, Prefix=prefix, PaginationConfig={"PageSize": 100}):
        for obj in page.get("Contents", []):
            keys.append(obj["Key"])
    return keys


def read_object_33(key):
    try:
        resp = s3.get_object(Bucket=BUCKET, Key=key)
        return resp["Body"].read()
    except s3.exceptions.NoSuchKey:
        log.warning("missing %s", key)
        return None
    except ClientError as err:
        log.error("get_object failed: %s", err.response["Error"]["Code"])
        raise


def put_item_34(item_id, payload):
    ddb.put_item(
        TableName=TABLE,
        Item={"id": {"S": item_id}, "payload": {"S": json.dumps(payload)}},
        ConditionExpression="attribute_not_exists(id)",
    )
    table.put_item(Item={"id": item_id, "count": 34})


def send_messages_35(queue_url, bodies):
    entries = [{"Id": str(n), "MessageBody": body} for n, body in enumerate(bodies)]
    resp = sqs.send_message_batch(QueueUrl=queue_url, Entries=entries)
    for failure in resp.get("Failed", []):
        log.error("message %s failed", failure["Id"])
    return sqs.get_queue_attributes(QueueUrl=queue_url, AttributeNames=["All"])


def wait_for_instance_36(instance_id):
    ec2.start_instances(InstanceIds=[instance_id])
    waiter = ec2.get_waiter("instance_running")
    waiter.wait(InstanceIds=[instance_id], WaiterConfig={"Delay": 5, "MaxAttempts": 40})
    return ec2.describe_instances(InstanceIds=[instance_id])


def buggy_37(key):
    s3.put_object(bucket=BUCKET, Key=key, Body=b"data")
    return s3.list_object_v2(Bucket=BUCKET, MaxKeys=10)


class Store38:
    def __init__(self, bucket=BUCKET):
        self.client = boto3.client("s3")
        self.bucket = bucket

    def upload(self, path, key):
        self.client.upload_file(path, self.bucket, key)

    def url(self, key, expires=3600):
        return self.client.generate_presigned_url(
            "get_object", Params={"Bucket": self.bucket, "Key": key}, ExpiresIn=expires
        )


def invoke_39(name, payload):
    resp = lam.invoke(FunctionName=name, Payload=json.dumps(payload).encode())
    if resp.get("FunctionError"):
        raise RuntimeError(resp["Payload"].read())
    return json.loads(resp["Payload"].read())


def list_keys_40(prefix):
    """List the keys under a prefix."""
    paginator = s3.get_paginator("list_objects_v2")
    keys = []
    for page in paginator.paginate(Bucket=BUCKET, Prefix=prefix, PaginationConfig={"PageSize": 100}):
        for obj in page.get("Contents", []):
            keys.append(obj["Key"])
    return keys


def read_object_41(key):
    try:
        resp = s3.get_object(Bucket=BUCKET, Key=key)
        return resp["Body"].read()
    except s3.exceptions.NoSuchKey:
        log.warning("missing %s", key)
        return None
    except ClientError as err:
        log.error("get_object failed: %s", err.response["Error"]["Code"])
        raise


def put_item_42(item_id, payload):
    ddb.put_item(
        TableName=TABLE,
        Item={"id": {"S": item_id}, "payload": {"S": json.dumps(payload)}},
        ConditionExpression="attribute_not_exists(id)",
    )
    table.put_item(Item={"id": item_id, "count": 42})


def send_messages_43(queue_url, bodies):
    entries = [{"Id": str(n), "MessageBody": body} for n, body in enumerate(bodies)]
    resp = sqs.send_message_batch(QueueUrl=queue_url, Entries=entries)
    for failure in resp.get("Failed", []):
        log.error("message %s failed", failure["Id"])
    return sqs.get_queue_attributes(QueueUrl=queue_url, AttributeNames=["All"])


def wait_for_instance_44(instance_id):
    ec2.start_instances(InstanceIds=[instance_id])
    waiter = ec2.get_waiter("instance_running")
    waiter.wait(InstanceIds=[instance_id], WaiterConfig={"Delay": 5, "MaxAttempts": 40})
    return ec2.describe_instances(InstanceIds=[instance_id])


def buggy_45(key):
    s3.put_object(bucket=BUCKET, Key=key, Body=b"data")
    return s3.list_object_v2(Bucket=BUCKET, MaxKeys=10)


class Store46:
    def __init__(self, bucket=BUCKET):
        self.client = boto3.client("s3")
        self.bucket = bucket

    def upload(self, path, key):
        self.client.upload_file(path, self.bucket, key)

    def url(self, key, expires=3600):
        return self.client.generate_presigned_url(
            "get_object", Params={"Bucket": self.bucket, "Key": key}, ExpiresIn=expires
        )


def invoke_47(name, payload):
    resp = lam.invoke(FunctionName=name, Payload=json.dumps(payload).encode())
    if resp.get("FunctionError"):
        raise RuntimeError(resp["Payload"].read())
    return json.loads(resp["Payload"].read())


def list_keys_48(prefix):
    """List the keys under a prefix."""
    paginator = s3.get_paginator("list_objects_v2")
    keys = []
    for page in paginator.paginate(Bucket=BUCKET, Prefix=prefix, PaginationConfig={"PageSize": 100}):
        for obj in page.get("Contents", []):
            keys.append(obj["Key"])
    return keys


def read_object_49(key):
    try:
        resp = s3.get_object(Bucket=BUCKET, Key=key)
        return resp["Body"].read()
    except s3.exceptions.NoSuchKey:
        log.warning("missing %s", key)
        return None
    except ClientError as err:
        log.error("get_object failed: %s", err.response["Error"]["Code"])
        raise


def put_item_50(item_id, payload):
    ddb.put_item(
        TableName=TABLE,
        Item={"id": {"S": item_id}, "payload": {"S": json.dumps(payload)}},
        ConditionExpression="attribute_not_exists(id)",
    )
    table.put_item(Item={"id": item_id, "count": 50})


def send_messages_51(queue_url, bodies):
    entries = [{"Id": str(n), "MessageBody": body} for n, body in enumerate(bodies)]
    resp = sqs.send_message_batch(QueueUrl=queue_url, Entries=entries)
    for failure in resp.get("Failed", []):
        log.error("message %s failed", failure["Id"])
    return sqs.get_queue_attributes(QueueUrl=queue_url, AttributeNames=["All"])


def wait_for_instance_52(instance_id):
    ec2.start_instances(InstanceIds=[instance_id])
    waiter = ec2.get_waiter("instance_running")
    waiter.wait(InstanceIds=[instance_id], WaiterConfig={"Delay": 5, "MaxAttempts": 40})
    return ec2.describe_instances(InstanceIds=[instance_id])


def buggy_53(key):
    s3.put_object(bucket=BUCKET, Key=key, Body=b"data")
    return s3.list_object_v2(Bucket=BUCKET, MaxKeys=10)


class Store54:
    def __init__(self, bucket=BUCKET):
        self.client = boto3.client("s3")
        self.bucket = bucket

    def upload(self, path, key):
        self.client.upload_file(path, self.bucket, key)

    def url(self, key, expires=3600):
        return self.client.generate_presigned_url(
            "get_object", Params={"Bucket": self.bucket, "Key": key}, ExpiresIn=expires
        )


def invoke_55(name, payload):
    resp = lam.invoke(FunctionName=name, Payload=json.dumps(payload).encode())
    if resp.get("FunctionError"):
        raise RuntimeError(resp["Payload"].read())
    return json.loads(resp["Payload"].read())


def list_keys_56(prefix):
    """List the keys under a prefix."""
    paginator = s3.get_paginator("list_objects_v2")
    keys = []
    for page in paginator.paginate(Bucket=BUCKET, Prefix=prefix, PaginationConfig={"PageSize": 100}):
        for obj in page.get("Contents", []):
            keys.append(obj["Key"])
    return keys


def read_object_57(key):
    try:
        resp = s3.get_object(Bucket=BUCKET, Key=key)
        return resp["Body"].read()
    except s3.exceptions.NoSuchKey:
        log.warning("missing %s", key)
        return None
    except ClientError as err:
        log.error("get_object failed: %s", err.response["Error"]["Code"])
        raise


def put_item_58(item_id, payload):
    ddb.put_item(
        TableName=TABLE,
        Item={"id": {"S": item_id}, "payload": {"S": json.dumps(payload)}},
        ConditionExpression="attribute_not_exists(id)",
    )
    table.put_item(Item={"id": item_id, "count": 58})


def send_messages_59(queue_url, bodies):
    entries = [{"Id": str(n), "MessageBody": body} for n, body in enumerate(bodies)]
    resp = sqs.send_message_batch(QueueUrl=queue_url, Entries=entries)
    for failure in resp.get("Failed", []):
        log.error("message %s failed", failure["Id"])
    return sqs.get_queue_attributes(QueueUrl=queue_url, AttributeNames=["All"])


def wait_for_instance_60(instance_id):
    ec2.start_instances(InstanceIds=[instance_id])
    waiter = ec2.get_waiter("instance_running")
    waiter.wait(InstanceIds=[instance_id], WaiterConfig={"Delay": 5, "MaxAttempts": 40})
    return ec2.describe_instances(InstanceIds=[instance_id])


def buggy_61(key):
    s3.put_object(bucket=BUCKET, Key=key, Body=b"data")
    return s3.list_object_v2(Bucket=BUCKET, MaxKeys=10)


class Store62:
    def __init__(self, bucket=BUCKET):
        self.client = boto3.client("s3")
        self.bucket = bucket

    def upload(self, path, key):
        self.client.upload_file(path, self.bucket, key)

    def url(self, key, expires=3600):
        return self.client.generate_presigned_url(
            "get_object", Params={"Bucket": self.bucket, "Key": key}, ExpiresIn=expires
        )


def invoke_63(name, payload):
    resp = lam.invoke(FunctionName=name, Payload=json.dumps(payload).encode())
    if resp.get("FunctionError"):
        raise RuntimeError(resp["Payload"].read())
    return json.loads(resp["Payload"].read())


def list_keys_64(prefix):
    """List the keys under a prefix."""
    paginator = s3.get_paginator("list_objects_v2")
    keys = []
    for page in paginator.paginate(Bucket=BUCKET, Prefix=prefix, PaginationConfig={"PageSize": 100}):
        for obj in page.get("Contents", []):
            keys.append(obj["Key"])
    return keys


def read_object_65(key):
    try:
        resp = s3.get_object(Bucket=BUCKET, Key=key)
        return resp["Body"].read()
    except s3.exceptions.NoSuchKey:
        log.warning("missing %s", key)
        return None
    except ClientError as err:
        log.error("get_object failed: %s", err.response["Error"]["Code"])
        raise


def put_item_66(item_id, payload):
    ddb.put_item(
        TableName=TABLE,
        Item={"id": {"S": item_id}, "payload": {"S": json.dumps(payload)}},
        ConditionExpression="attribute_not_exists(id)",
    )
    table.put_item(Item={"id": item_id, "count": 66})


def send_messages_67(queue_url, bodies):
    entries = [{"Id": str(n), "MessageBody": body} for n, body in enumerate(bodies)]
    resp = sqs.send_message_batch(QueueUrl=queue_url, Entries=entries)
    for failure in resp.get("Failed", []):
        log.error("message %s failed", failure["Id"])
    return sqs.get_queue_attributes(QueueUrl=queue_url, AttributeNames=["All"])


def wait_for_instance_68(instance_id):
    ec2.start_instances(InstanceIds=[instance_id])
    waiter = ec2.get_waiter("instance_running")
    waiter.wait(InstanceIds=[instance_id], WaiterConfig={"Delay": 5, "MaxAttempts": 40})
    return ec2.describe_instances(InstanceIds=[instance_id])


def buggy_69(key):
    s3.put_object(bucket=BUCKET, Key=key, Body=b"data")
    return s3.list_object_v2(Bucket=BUCKET, MaxKeys=10)


class Store70:
    def __init__(self, bucket=BUCKET):
        self.client = boto3.client("s3")
        self.bucket = bucket

    def upload(self, path, key):
        self.client.upload_file(path, self.bucket, key)

    def url(self, key, expires=3600):
        return self.client.generate_presigned_url(
            "get_object", Params={"Bucket": self.bucket, "Key": key}, ExpiresIn=expires
        )


def invoke_71(name, payload):
    resp = lam.invoke(FunctionName=name, Payload=json.dumps(payload).encode())
    if resp.get("FunctionError"):
        raise RuntimeError(resp["Payload"].read())
    return json.loads(resp["Payload"].read())


def list_keys_72(prefix):
    """List the keys under a prefix."""
    paginator = s3.get_paginator("list_objects_v2")
    keys = []
    for page in paginator.paginate(Bucket=BUCKET, Prefix=prefix, PaginationConfig={"PageSize": 100}):
        for obj in page.get("Contents", []):
            keys.append(obj["Key"])
    return keys


def read_object_73(key):
    try:
        resp = s3.get_object(Bucket=BUCKET, Key=key)
        return resp["Body"].read()
    except s3.exceptions.NoSuchKey:
        log.warning("missing %s", key)
        return None
    except ClientError as err:
        log.error("get_object failed: %s", err.response["Error"]["Code"])
        raise


def put_item_74(item_id, payload):
    ddb.put_item(
        TableName=TABLE,
        Item={"id": {"S": item_id}, "payload": {"S": json.dumps(payload)}},
        ConditionExpression="attribute_not_exists(id)",
    )
    table.put_item(Item={"id": item_id, "count": 74})


def send_messages_75(queue_url, bodies):
    entries = [{"Id": str(n), "MessageBody": body} for n, body in enumerate(bodies)]
    resp = sqs.send_message_batch(QueueUrl=queue_url, Entries=entries)
    for failure in resp.get("Failed", []):
        log.error("message %s failed", failure["Id"])
    return sqs.get_queue_attributes(QueueUrl=queue_url, AttributeNames=["All"])


def wait_for_instance_76(instance_id):
    ec2.start_instances(InstanceIds=[instance_id])
    waiter = ec2.get_waiter("instance_running")
    waiter.wait(InstanceIds=[instance_id], WaiterConfig={"Delay": 5, "MaxAttempts": 40})
    return ec2.describe_instances(InstanceIds=[instance_id])


def buggy_77(key):
    s3.put_object(bucket=BUCKET, Key=key, Body=b"data")
    return s3.list_object_v2(Bucket=BUCKET, MaxKeys=10)


class Store78:
    def __init__(self, bucket=BUCKET):
        self.client = boto3.client("s3")
        self.bucket = bucket

    def upload(self, path, key):
        self.client.upload_file(path, self.bucket, key)

    def url(self, key, expires=3600):
        return self.client.generate_presigned_url(
            "get_object", Params={"Bucket": self.bucket, "Key": key}, ExpiresIn=expires
        )


def invoke_79(name, payload):
    resp = lam.invoke(FunctionName=name, Payload=json.dumps(payload).encode())
    if resp.get("FunctionError"):
        raise RuntimeError(resp["Payload"].read())
    return json.loads(resp["Payload"].read())


def list_keys_80(prefix):
    """List the keys under a prefix."""
    paginator = s3.get_paginator("list_objects_v2")
    keys = []
    for page in paginator.paginate(Bucket=BUCKET, Prefix=prefix, PaginationConfig={"PageSize": 100}):
        for obj in page.get("Contents", []):
            keys.append(obj["Key"])
    return keys


def read_object_81(key):
    try:
        resp = s3.get_object(Bucket=BUCKET, Key=key)
        return resp["Body"].read()
    except s3.exceptions.NoSuchKey:
        log.warning("missing %s", key)
        return None
    except ClientError as err:
        log.error("get_object failed: %s", err.response["Error"]["Code"])
        raise


def put_item_82(item_id, payload):
    ddb.put_item(
        TableName=TABLE,
        Item={"id": {"S": item_id}, "payload": {"S": json.dumps(payload)}},
        ConditionExpression="attribute_not_exists(id)",
    )
    table.put_item(Item={"id": item_id, "count": 82})


def send_messages_83(queue_url, bodies):
    entries = [{"Id": str(n), "MessageBody": body} for n, body in enumerate(bodies)]
    resp = sqs.send_message_batch(QueueUrl=queue_url, Entries=entries)
    for failure in resp.get("Failed", []):
        log.error("message %s failed", failure["Id"])
    return sqs.get_queue_attributes(QueueUrl=queue_url, AttributeNames=["All"])


def wait_for_instance_84(instance_id):
    ec2.start_instances(InstanceIds=[instance_id])
    waiter = ec2.get_waiter("instance_running")
    waiter.wait(InstanceIds=[instance_id], WaiterConfig={"Delay": 5, "MaxAttempts": 40})
    return ec2.describe_instances(InstanceIds=[instance_id])


def buggy_85(key):
    s3.put_object(bucket=BUCKET, Key=key, Body=b"data")
    return s3.list_object_v2(Bucket=BUCKET, MaxKeys=10)


class Store86:
    def __init__(self, bucket=BUCKET):
        self.client = boto3.client("s3")
        self.bucket = bucket

    def upload(self, path, key):
        self.client.upload_file(path, self.bucket, key)

    def url(self, key, expires=3600):
        return self.client.generate_presigned_url(
            "get_object", Params={"Bucket": self.bucket, "Key": key}, ExpiresIn=expires
        )


def invoke_87(name, payload):
    resp = lam.invoke(FunctionName=name, Payload=json.dumps(payload).encode())
    if resp.get("FunctionError"):
        raise RuntimeError(resp["Payload"].read())
    return json.loads(resp["Payload"].read())


def list_keys_88(prefix):
    """List the keys under a prefix."""
    paginator = s3.get_paginator("list_objects_v2")
    keys = []
    for page in paginator.paginate(Bucket=BUCKET, Prefix=prefix, PaginationConfig={"PageSize": 100}):
        for obj in page.get("Contents", []):
            keys.append(obj["Key"])
    return keys


def read_object_89(key):
    try:
        resp = s3.get_object(Bucket=BUCKET, Key=key)
        return resp["Body"].read()
    except s3.exceptions.NoSuchKey:
        log.warning("missing %s", key)
        return None
    except ClientError as err:
        log.error("get_object failed: %s", err.response["Error"]["Code"])
        raise


def put_item_90(item_id, payload):
    ddb.put_item(
        TableName=TABLE,
        Item={"id": {"S": item_id}, "payload": {"S": json.dumps(payload)}},
        ConditionExpression="attribute_not_exists(id)",
    )
    table.put_item(Item={"id": item_id, "count": 90})


def send_messages_91(queue_url, bodies):
    entries = [{"Id": str(n), "MessageBody": body} for n, body in enumerate(bodies)]
    resp = sqs.send_message_batch(QueueUrl=queue_url, Entries=entries)
    for failure in resp.get("Failed", []):
        log.error("message %s failed", failure["Id"])
    return sqs.get_queue_attributes(QueueUrl=queue_url, AttributeNames=["All"])


def wait_for_instance_92(instance_id):
    ec2.start_instances(InstanceIds=[instance_id])
    waiter = ec2.get_waiter("instance_running")
    waiter.wait(InstanceIds=[instance_id], WaiterConfig={"Delay": 5, "MaxAttempts": 40})
    return ec2.describe_instances(InstanceIds=[instance_id])


def buggy_93(key):
    s3.put_object(bucket=BUCKET, Key=key, Body=b"data")
    return s3.list_object_v2(Bucket=BUCKET, MaxKeys=10)


class Store94:
    def __init__(self, bucket=BUCKET):
        self.client = boto3.client("s3")
        self.bucket = bucket

    def upload(self, path, key):
        self.client.upload_file(path, self.bucket, key)

    def url(self, key, expires=3600):
        return self.client.generate_presigned_url(
            "get_object", Params={"Bucket": self.bucket, "Key": key}, ExpiresIn=expires
        )


def invoke_95(name, payload):
    resp = lam.invoke(FunctionName=name, Payload=json.dumps(payload).encode())
    if resp.get("FunctionError"):
        raise RuntimeError(resp["Payload"].read())
    return json.loads(resp["Payload"].read())


def list_keys_96(prefix):
    """List the keys under a prefix."""
    paginator = s3.get_paginator("list_objects_v2")
    keys = []
    for page in paginator.paginate(Bucket=BUCKET, Prefix=prefix, PaginationConfig={"PageSize": 100}):
        for obj in page.get("Contents", []):
            keys.append(obj["Key"])
    return keys


def read_object_97(key):
    try:
        resp = s3.get_object(Bucket=BUCKET, Key=key)
        return resp["Body"].read()
    except s3.exceptions.NoSuchKey:
        log.warning("missing %s", key)
        return None
    except ClientError as err:
        log.error("get_object failed: %s", err.response["Error"]["Code"])
        raise


def put_item_98(item_id, payload):
    ddb.put_item(
        TableName=TABLE,
        Item={"id": {"S": item_id}, "payload": {"S": json.dumps(payload)}},
        ConditionExpression="attribute_not_exists(id)",
    )
    table.put_item(Item={"id": item_id, "count": 98})


def send_messages_99(queue_url, bodies):
    entries = [{"Id": str(n), "MessageBody": body} for n, body in enumerate(bodies)]
    resp = sqs.send_message_batch(QueueUrl=queue_url, Entries=entries)
    for failure in resp.get("Failed", []):
        log.error("message %s failed", failure["Id"])
    return sqs.get_queue_attributes(QueueUrl=queue_url, AttributeNames=["All"])


def wait_for_instance_100(instance_id):
    ec2.start_instances(InstanceIds=[instance_id])
    waiter = ec2.get_waiter("instance_running")
    waiter.wait(InstanceIds=[instance_id], WaiterConfig={"Delay": 5, "MaxAttempts": 40})
    return ec2.describe_instances(InstanceIds=[instance_id])


def buggy_101(key):
    s3.put_object(bucket=BUCKET, Key=key, Body=b"data")
    return s3.list_object_v2(Bucket=BUCKET, MaxKeys=10)


class Store102:
    def __init__(self, bucket=BUCKET):
        self.client = boto3.client("s3")
        self.bucket = bucket

    def upload(self, path, key):
        self.client.upload_file(path, self.bucket, key)

    def url(self, key, expires=3600):
        return self.client.generate_presigned_url(
            "get_object", Params={"Bucket": self.bucket, "Key": key}, ExpiresIn=expires
        )


def invoke_103(name, payload):
    resp = lam.invoke(FunctionName=name, Payload=json.dumps(payload).encode())
    if resp.get("FunctionError"):
        raise RuntimeError(resp["Payload"].read())
    return json.loads(resp["Payload"].read())


def list_keys_104(prefix):
    """List the keys under a prefix."""
    paginator = s3.get_paginator("list_objects_v2")
    keys = []
    for page in paginator.paginate(Bucket=BUCKET, Prefix=prefix, PaginationConfig={"PageSize": 100}):
        for obj in page.get("Contents", []):
            keys.append(obj["Key"])
    return keys


def read_object_105(key):
    try:
        resp = s3.get_object(Bucket=BUCKET, Key=key)
        return resp["Body"].read()
    except s3.exceptions.NoSuchKey:
        log.warning("missing %s", key)
        return None
    except ClientError as err:
        log.error("get_object failed: %s", err.response["Error"]["Code"])
        raise


def put_item_106(item_id, payload):
    ddb.put_item(
        TableName=TABLE,
        Item={"id": {"S": item_id}, "payload": {"S": json.dumps(payload)}},
        ConditionExpression="attribute_not_exists(id)",
    )
    table.put_item(Item={"id": item_id, "count": 106})


def send_messages_107(queue_url, bodies):
    entries = [{"Id": str(n), "MessageBody": body} for n, body in enumerate(bodies)]
    resp = sqs.send_message_batch(QueueUrl=queue_url, Entries=entries)
    for failure in resp.get("Failed", []):
        log.error("message %s failed", failure["Id"])
    return sqs.get_queue_attributes(QueueUrl=queue_url, AttributeNames=["All"])


def wait_for_instance_108(instance_id):
    ec2.start_instances(InstanceIds=[instance_id])
    waiter = ec2.get_waiter("instance_running")
    waiter.wait(InstanceIds=[instance_id], WaiterConfig={"Delay": 5, "MaxAttempts": 40})
    return ec2.describe_instances(InstanceIds=[instance_id])


def buggy_109(key):
    s3.put_object(bucket=BUCKET, Key=key, Body=b"data")
    return s3.list_object_v2(Bucket=BUCKET, MaxKeys=10)


class Store110:
    def __init__(self, bucket=BUCKET):
        self.client = boto3.client("s3")
        self.bucket = bucket

    def upload(self, path, key):
        self.client.upload_file(path, self.bucket, key)

    def url(self, key, expires=3600):
        return self.client.generate_presigned_url(
            "get_object", Params={"Bucket": self.bucket, "Key": key}, ExpiresIn=expires
        )


def invoke_111(name, payload):
    resp = lam.invoke(FunctionName=name, Payload=json.dumps(payload).encode())
    if resp.get("FunctionError"):
        raise RuntimeError(resp["Payload"].read())
    return json.loads(resp["Payload"].read())


def list_keys_112(prefix):
    """List the keys under a prefix."""
    paginator = s3.get_paginator("list_objects_v2")
    keys = []
    for page in paginator.paginate(Bucket=BUCKET, Prefix=prefix, PaginationConfig={"PageSize": 100}):
        for obj in page.get("Contents", []):
            keys.append(obj["Key"])
    return keys


def read_object_113(key):
    try:
        resp = s3.get_object(Bucket=BUCKET, Key=key)
        return resp["Body"].read()
    except s3.exceptions.NoSuchKey:
        log.warning("missing %s", key)
        return None
    except ClientError as err:
        log.error("get_object failed: %s", err.response["Error"]["Code"])
        raise


def put_item_114(item_id, payload):
    ddb.put_item(
        TableName=TABLE,
        Item={"id": {"S": item_id}, "payload": {"S": json.dumps(payload)}},
        ConditionExpression="attribute_not_exists(id)",
    )
    table.put_item(Item={"id": item_id, "count": 114})


def send_messages_115(queue_url, bodies):
    entries = [{"Id": str(n), "MessageBody": body} for n, body in enumerate(bodies)]
    resp = sqs.send_message_batch(QueueUrl=queue_url, Entries=entries)
    for failure in resp.get("Failed", []):
        log.error("message %s failed", failure["Id"])
    return sqs.get_queue_attributes(QueueUrl=queue_url, AttributeNames=["All"])


def wait_for_instance_116(instance_id):
    ec2.start_instances(InstanceIds=[instance_id])
    waiter = ec2.get_waiter("instance_running")
    waiter.wait(InstanceIds=[instance_id], WaiterConfig={"Delay": 5, "MaxAttempts": 40})
    return ec2.describe_instances(InstanceIds=[instance_id])


def buggy_117(key):
    s3.put_object(bucket=BUCKET, Key=key, Body=b"data")
    return s3.list_object_v2(Bucket=BUCKET, MaxKeys=10)


class Store118:
    def __init__(self, bucket=BUCKET):
        self.client = boto3.client("s3")
        self.bucket = bucket

    def upload(self, path, key):
        self.client.upload_file(path, self.bucket, key)

    def url(self, key, expires=3600):
        return self.client.generate_presigned_url(
            "get_object", Params={"Bucket": self.bucket, "Key": key}, ExpiresIn=expires
        )


def invoke_119(name, payload):
    resp = lam.invoke(FunctionName=name, Payload=json.dumps(payload).encode())
    if resp.get("FunctionError"):
        raise RuntimeError(resp["Payload"].read())
    return json.loads(resp["Payload"].read())


def list_keys_120(prefix):
    """List the keys under a prefix."""
    paginator = s3.get_paginator("list_objects_v2")
    keys = []
    for page in paginator.paginate(Bucket=BUCKET, Prefix=prefix, PaginationConfig={"PageSize": 100}):
        for obj in page.get("Contents", []):
            keys.append(obj["Key"])
    return keys


def read_object_121(key):
    try:
        resp = s3.get_object(Bucket=BUCKET, Key=key)
        return resp["Body"].read()
    except s3.exceptions.NoSuchKey:
        log.warning("missing %s", key)
        return None
    except ClientError as err:
        log.error("get_object failed: %s", err.response["Error"]["Code"])
        raise


def put_item_122(item_id, payload):
    ddb.put_item(
        TableName=TABLE,
        Item={"id": {"S": item_id}, "payload": {"S": json.dumps(payload)}},
        ConditionExpression="attribute_not_exists(id)",
    )
    table.put_item(Item={"id": item_id, "count": 122})


def send_messages_123(queue_url, bodies):
    entries = [{"Id": str(n), "MessageBody": body} for n, body in enumerate(bodies)]
    resp = sqs.send_message_batch(QueueUrl=queue_url, Entries=entries)
    for failure in resp.get("Failed", []):
        log.error("message %s failed", failure["Id"])
    return sqs.get_queue_attributes(QueueUrl=queue_url, AttributeNames=["All"])


def wait_for_instance_124(instance_id):
    ec2.start_instances(InstanceIds=[instance_id])
    waiter = ec2.get_waiter("instance_running")
    waiter.wait(InstanceIds=[instance_id], WaiterConfig={"Delay": 5, "MaxAttempts": 40})
    return ec2.describe_instances(InstanceIds=[instance_id])


def buggy_125(key):
    s3.put_object(bucket=BUCKET, Key=key, Body=b"data")
    return s3.list_object_v2(Bucket=BUCKET, MaxKeys=10)


class Store126:
    def __init__(self, bucket=BUCKET):
        self.client = boto3.client("s3")
        self.bucket = bucket

    def upload(self, path, key):
        self.client.upload_file(path, self.bucket, key)

    def url(self, key, expires=3600):
        return self.client.generate_presigned_url(
            "get_object", Params={"Bucket": self.bucket, "Key": key}, ExpiresIn=expires
        )


def invoke_127(name, payload):
    resp = lam.invoke(FunctionName=name, Payload=json.dumps(payload).encode())
    if resp.get("FunctionError"):
        raise RuntimeError(resp["Payload"].read())
    return json.loads(resp["Payload"].read())


def list_keys_128(prefix):
    """List the keys under a prefix."""
    paginator = s3.get_paginator("list_objects_v2")
    keys = []
    for page in paginator.paginate(Bucket=BUCKET, Prefix=prefix, PaginationConfig={"PageSize": 100}):
        for obj in page.get("Contents", []):
            keys.append(obj["Key"])
    return keys


def read_object_129(key):
    try:
        resp = s3.get_object(Bucket=BUCKET, Key=key)
        return resp["Body"].read()
    except s3.exceptions.NoSuchKey:
        log.warning("missing %s", key)
        return None
    except ClientError as err:
        log.error("get_object failed: %s", err.response["Error"]["Code"])
        raise


def put_item_130(item_id, payload):
    ddb.put_item(
        TableName=TABLE,
        Item={"id": {"S": item_id}, "payload": {"S": json.dumps(payload)}},
        ConditionExpression="attribute_not_exists(id)",
    )
    table.put_item(Item={"id": item_id, "count": 130})


def send_messages_131(queue_url, bodies):
    entries = [{"Id": str(n), "MessageBody": body} for n, body in enumerate(bodies)]
    resp = sqs.send_message_batch(QueueUrl=queue_url, Entries=entries)
    for failure in resp.get("Failed", []):
        log.error("message %s failed", failure["Id"])
    return sqs.get_queue_attributes(QueueUrl=queue_url, AttributeNames=["All"])


def wait_for_instance_132(instance_id):
    ec2.start_instances(InstanceIds=[instance_id])
    waiter = ec2.get_waiter("instance_running")
    waiter.wait(InstanceIds=[instance_id], WaiterConfig={"Delay": 5, "MaxAttempts": 40})
    return ec2.describe_instances(InstanceIds=[instance_id])


def buggy_133(key):
    s3.put_object(bucket=BUCKET, Key=key, Body=b"data")
    return s3.list_object_v2(Bucket=BUCKET, MaxKeys=10)


class Store134:
    def __init__(self, bucket=BUCKET):
        self.client = boto3.client("s3")
        self.bucket = bucket

    def upload(self, path, key):
        self.client.upload_file(path, self.bucket, key)

    def url(self, key, expires=3600):
        return self.client.generate_presigned_url(
            "get_object", Params={"Bucket": self.bucket, "Key": key}, ExpiresIn=expires
        )


def invoke_135(name, payload):
    resp = lam.invoke(FunctionName=name, Payload=json.dumps(payload).encode())
    if resp.get("FunctionError"):
        raise RuntimeError(resp["Payload"].read())
    return json.loads(resp["Payload"].read())


def list_keys_136(prefix):
    """List the keys under a prefix."""
    paginator = s3.get_paginator("list_objects_v2")
    keys = []
    for page in paginator.paginate(Bucket=BUCKET, Prefix=prefix, PaginationConfig={"PageSize": 100}):
        for obj in page.get("Contents", []):
            keys.append(obj["Key"])
    return keys


def read_object_137(key):
    try:
        resp = s3.get_object(Bucket=BUCKET, Key=key)
        return resp["Body"].read()
    except s3.exceptions.NoSuchKey:
        log.warning("missing %s", key)
        return None
    except ClientError as err:
        log.error("get_object failed: %s", err.response["Error"]["Code"])
        raise


def put_item_138(item_id, payload):
    ddb.put_item(
        TableName=TABLE,
        Item={"id": {"S": item_id}, "payload": {"S": json.dumps(payload)}},
        ConditionExpression="attribute_not_exists(id)",
    )
    table.put_item(Item={"id": item_id, "count": 138})


def send_messages_139(queue_url, bodies):
    entries = [{"Id": str(n), "MessageBody": body} for n, body in enumerate(bodies)]
    resp = sqs.send_message_batch(QueueUrl=queue_url, Entries=entries)
    for failure in resp.get("Failed", []):
        log.error("message %s failed", failure["Id"])
    return sqs.get_queue_attributes(QueueUrl=queue_url, AttributeNames=["All"])


def wait_for_instance_140(instance_id):
    ec2.start_instances(InstanceIds=[instance_id])
    waiter = ec2.get_waiter("instance_running")
    waiter.wait(InstanceIds=[instance_id], WaiterConfig={"Delay": 5, "MaxAttempts": 40})
    return ec2.describe_instances(InstanceIds=[instance_id])


def buggy_141(key):
    s3.put_object(bucket=BUCKET, Key=key, Body=b"data")
    return s3.list_object_v2(Bucket=BUCKET, MaxKeys=10)


class Store142:
    def __init__(self, bucket=BUCKET):
        self.client = boto3.client("s3")
        self.bucket = bucket

    def upload(self, path, key):
        self.client.upload_file(path, self.bucket, key)

    def url(self, key, expires=3600):
        return self.client.generate_presigned_url(
            "get_object", Params={"Bucket": self.bucket, "Key": key}, ExpiresIn=expires
        )


def invoke_143(name, payload):
    resp = lam.invoke(FunctionName=name, Payload=json.dumps(payload).encode())
    if resp.get("FunctionError"):
        raise RuntimeError(resp["Payload"].read())
    return json.loads(resp["Payload"].read())


def list_keys_144(prefix):
    """List the keys under a prefix."""
    paginator = s3.get_paginator("list_objects_v2")
    keys = []
    for page in paginator.paginate(Bucket=BUCKET, Prefix=prefix, PaginationConfig={"PageSize": 100}):
        for obj in page.get("Contents", []):
            keys.append(obj["Key"])
    return keys


def read_object_145(key):
    try:
        resp = s3.get_object(Bucket=BUCKET, Key=key)
        return resp["Body"].read()
    except s3.exceptions.NoSuchKey:
        log.warning("missing %s", key)
        return None
    except ClientError as err:
        log.error("get_object failed: %s", err.response["Error"]["Code"])
        raise


def put_item_146(item_id, payload):
    ddb.put_item(
        TableName=TABLE,
        Item={"id": {"S": item_id}, "payload": {"S": json.dumps(payload)}},
        ConditionExpression="attribute_not_exists(id)",
    )
    table.put_item(Item={"id": item_id, "count": 146})


def send_messages_147(queue_url, bodies):
    entries = [{"Id": str(n), "MessageBody": body} for n, body in enumerate(bodies)]
    resp = sqs.send_message_batch(QueueUrl=queue_url, Entries=entries)
    for failure in resp.get("Failed", []):
        log.error("message %s failed", failure["Id"])
    return sqs.get_queue_attributes(QueueUrl=queue_url, AttributeNames=["All"])


def wait_for_instance_148(instance_id):
    ec2.start_instances(InstanceIds=[instance_id])
    waiter = ec2.get_waiter("instance_running")
    waiter.wait(InstanceIds=[instance_id], WaiterConfig={"Delay": 5, "MaxAttempts": 40})
    return ec2.describe_instances(InstanceIds=[instance_id])


def buggy_149(key):
    s3.put_object(bucket=BUCKET, Key=key, Body=b"data")
    return s3.list_object_v2(Bucket=BUCKET, MaxKeys=10)


class Store150:
    def __init__(self, bucket=BUCKET):
        self.client = boto3.client("s3")
        self.bucket = bucket

    def upload(self, path, key):
        self.client.upload_file(path, self.bucket, key)

    def url(self, key, expires=3600):
        return self.client.generate_presigned_url(
            "get_object", Params={"Bucket": self.bucket, "Key": key}, ExpiresIn=expires
        )


def invoke_151(name, payload):
    resp = lam.invoke(FunctionName=name, Payload=json.dumps(payload).encode())
    if resp.get("FunctionError"):
        raise RuntimeError(resp["Payload"].read())
    return json.loads(resp["Payload"].read())


def list_keys_152(prefix):
    """List the keys under a prefix."""
    paginator = s3.get_paginator("list_objects_v2")
    keys = []
    for page in paginator.paginate(Bucket=BUCKET, Prefix=prefix, PaginationConfig={"PageSize": 100}):
        for obj in page.get("Contents", []):
            keys.append(obj["Key"])
    return keys


def read_object_153(key):
    try:
        resp = s3.get_object(Bucket=BUCKET, Key=key)
        return resp["Body"].read()
    except s3.exceptions.NoSuchKey:
        log.warning("missing %s", key)
        return None
    except ClientError as err:
        log.error("get_object failed: %s", err.response["Error"]["Code"])
        raise


def put_item_154(item_id, payload):
    ddb.put_item(
        TableName=TABLE,
        Item={"id": {"S": item_id}, "payload": {"S": json.dumps(payload)}},
        ConditionExpression="attribute_not_exists(id)",
    )
    table.put_item(Item={"id": item_id, "count": 154})


def send_messages_155(queue_url, bodies):
    entries = [{"Id": str(n), "MessageBody": body} for n, body in enumerate(bodies)]
    resp = sqs.send_message_batch(QueueUrl=queue_url, Entries=entries)
    for failure in resp.get("Failed", []):
        log.error("message %s failed", failure["Id"])
    return sqs.get_queue_attributes(QueueUrl=queue_url, AttributeNames=["All"])


def wait_for_instance_156(instance_id):
    ec2.start_instances(InstanceIds=[instance_id])
    waiter = ec2.get_waiter("instance_running")
    waiter.wait(InstanceIds=[instance_id], WaiterConfig={"Delay": 5, "MaxAttempts": 40})
    return ec2.describe_instances(InstanceIds=[instance_id])


def buggy_157(key):
    s3.put_object(bucket=BUCKET, Key=key, Body=b"data")
    return s3.list_object_v2(Bucket=BUCKET, MaxKeys=10)


class Store158:
    def __init__(self, bucket=BUCKET):
        self.client = boto3.client("s3")
        self.bucket = bucket

    def upload(self, path, key):
        self.client.upload_file(path, self.bucket, key)

    def url(self, key, expires=3600):
        return self.client.generate_presigned_url(
            "get_object", Params={"Bucket": self.bucket, "Key": key}, ExpiresIn=expires
        )


def invoke_159(name, payload):
    resp = lam.invoke(FunctionName=name, Payload=json.dumps(payload).encode())
    if resp.get("FunctionError"):
        raise RuntimeError(resp["Payload"].read())
    return json.loads(resp["Payload"].read())


def list_keys_160(prefix):
    """List the keys under a prefix."""
    paginator = s3.get_paginator("list_objects_v2")
    keys = []
    for page in paginator.paginate(Bucket=BUCKET, Prefix=prefix, PaginationConfig={"PageSize": 100}):
        for obj in page.get("Contents", []):
            keys.append(obj["Key"])
    return keys


def read_object_161(key):
    try:
        resp = s3.get_object(Bucket=BUCKET, Key=key)
        return resp["Body"].read()
    except s3.exceptions.NoSuchKey:
        log.warning("missing %s", key)
        return None
    except ClientError as err:
        log.error("get_object failed: %s", err.response["Error"]["Code"])
        raise


def put_item_162(item_id, payload):
    ddb.put_item(
        TableName=TABLE,
        Item={"id": {"S": item_id}, "payload": {"S": json.dumps(payload)}},
        ConditionExpression="attribute_not_exists(id)",
    )
    table.put_item(Item={"id": item_id, "count": 162})


def send_messages_163(queue_url, bodies):
    entries = [{"Id": str(n), "MessageBody": body} for n, body in enumerate(bodies)]
    resp = sqs.send_message_batch(QueueUrl=queue_url, Entries=entries)
    for failure in resp.get("Failed", []):
        log.error("message %s failed", failure["Id"])
    return sqs.get_queue_attributes(QueueUrl=queue_url, AttributeNames=["All"])


def wait_for_instance_164(instance_id):
    ec2.start_instances(InstanceIds=[instance_id])
    waiter = ec2.get_waiter("instance_running")
    waiter.wait(InstanceIds=[instance_id], WaiterConfig={"Delay": 5, "MaxAttempts": 40})
    return ec2.describe_instances(InstanceIds=[instance_id])


def buggy_165(key):
    s3.put_object(bucket=BUCKET, Key=key, Body=b"data")
    return s3.list_object_v2(Bucket=BUCKET, MaxKeys=10)


class Store166:
    def __init__(self, bucket=BUCKET):
        self.client = boto3.client("s3")
        self.bucket = bucket

    def upload(self, path, key):
        self.client.upload_file(path, self.bucket, key)

    def url(self, key, expires=3600):
        return self.client.generate_presigned_url(
            "get_object", Params={"Bucket": self.bucket, "Key": key}, ExpiresIn=expires
        )


def invoke_167(name, payload):
    resp = lam.invoke(FunctionName=name, Payload=json.dumps(payload).encode())
    if resp.get("FunctionError"):
        raise RuntimeError(resp["Payload"].read())
    return json.loads(resp["Payload"].read())


def list_keys_168(prefix):
    """List the keys under a prefix."""
    paginator = s3.get_paginator("list_objects_v2")
    keys = []
    for page in paginator.paginate(Bucket=BUCKET, Prefix=prefix, PaginationConfig={"PageSize": 100}):
        for obj in page.get("Contents", []):
            keys.append(obj["Key"])
    return keys


def read_object_169(key):
    try:
        resp = s3.get_object(Bucket=BUCKET, Key=key)
        return resp["Body"].read()
    except s3.exceptions.NoSuchKey:
        log.warning("missing %s", key)
        return None
    except ClientError as err:
        log.error("get_object failed: %s", err.response["Error"]["Code"])
        raise


def put_item_170(item_id, payload):
    ddb.put_item(
        TableName=TABLE,
        Item={"id": {"S": item_id}, "payload": {"S": json.dumps(payload)}},
        ConditionExpression="attribute_not_exists(id)",
    )
    table.put_item(Item={"id": item_id, "count": 170})


def send_messages_171(queue_url, bodies):
    entries = [{"Id": str(n), "MessageBody": body} for n, body in enumerate(bodies)]
    resp = sqs.send_message_batch(QueueUrl=queue_url, Entries=entries)
    for failure in resp.get("Failed", []):
        log.error("message %s failed", failure["Id"])
    return sqs.get_queue_attributes(QueueUrl=queue_url, AttributeNames=["All"])


def wait_for_instance_172(instance_id):
    ec2.start_instances(InstanceIds=[instance_id])
    waiter = ec2.get_waiter("instance_running")
    waiter.wait(InstanceIds=[instance_id], WaiterConfig={"Delay": 5, "MaxAttempts": 40})
    return ec2.describe_instances(InstanceIds=[instance_id])


def buggy_173(key):
    s3.put_object(bucket=BUCKET, Key=key, Body=b"data")
    return s3.list_object_v2(Bucket=BUCKET, MaxKeys=10)


class Store174:
    def __init__(self, bucket=BUCKET):
        self.client = boto3.client("s3")
        self.bucket = bucket

    def upload(self, path, key):
        self.client.upload_file(path, self.bucket, key)

    def url(self, key, expires=3600):
        return self.client.generate_presigned_url(
            "get_object", Params={"Bucket": self.bucket, "Key": key}, ExpiresIn=expires
        )


def invoke_175(name, payload):
    resp = lam.invoke(FunctionName=name, Payload=json.dumps(payload).encode())
    if resp.get("FunctionError"):
        raise RuntimeError(resp["Payload"].read())
    return json.loads(resp["Payload"].read())


def list_keys_176(prefix):
    """List the keys under a prefix."""
    paginator = s3.get_paginator("list_objects_v2")
    keys = []
    for page in paginator.paginate(Bucket=BUCKET, Prefix=prefix, PaginationConfig={"PageSize": 100}):
        for obj in page.get("Contents", []):
            keys.append(obj["Key"])
    return keys


def read_object_177(key):
    try:
        resp = s3.get_object(Bucket=BUCKET, Key=key)
        return resp["Body"].read()
    except s3.exceptions.NoSuchKey:
        log.warning("missing %s", key)
        return None
    except ClientError as err:
        log.error("get_object failed: %s", err.response["Error"]["Code"])
        raise


def put_item_178(item_id, payload):
    ddb.put_item(
        TableName=TABLE,
        Item={"id": {"S": item_id}, "payload": {"S": json.dumps(payload)}},
        ConditionExpression="attribute_not_exists(id)",
    )
    table.put_item(Item={"id": item_id, "count": 178})


def send_messages_179(queue_url, bodies):
    entries = [{"Id": str(n), "MessageBody": body} for n, body in enumerate(bodies)]
    resp = sqs.send_message_batch(QueueUrl=queue_url, Entries=entries)
    for failure in resp.get("Failed", []):
        log.error("message %s failed", failure["Id"])
    return sqs.get_queue_attributes(QueueUrl=queue_url, AttributeNames=["All"])


def wait_for_instance_180(instance_id):
    ec2.start_instances(InstanceIds=[instance_id])
    waiter = ec2.get_waiter("instance_running")
    waiter.wait(InstanceIds=[instance_id], WaiterConfig={"Delay": 5, "MaxAttempts": 40})
    return ec2.describe_instances(InstanceIds=[instance_id])


def buggy_181(key):
    s3.put_object(bucket=BUCKET, Key=key, Body=b"data")
    return s3.list_object_v2(Bucket=BUCKET, MaxKeys=10)


class Store182:
    def __init__(self, bucket=BUCKET):
        self.client = boto3.client("s3")
        self.bucket = bucket

    def upload(self, path, key):
        self.client.upload_file(path, self.bucket, key)

    def url(self, key, expires=3600):
        return self.client.generate_presigned_url(
            "get_object", Params={"Bucket": self.bucket, "Key": key}, ExpiresIn=expires
        )


def invoke_183(name, payload):
    resp = lam.invoke(FunctionName=name, Payload=json.dumps(payload).encode())
    if resp.get("FunctionError"):
        raise RuntimeError(resp["Payload"].read())
    return json.loads(resp["Payload"].read())


def list_keys_184(prefix):
    """List the keys under a prefix."""
    paginator = s3.get_paginator("list_objects_v2")
    keys = []
    for page in paginator.paginate(Bucket=BUCKET, Prefix=prefix, PaginationConfig={"PageSize": 100}):
        for obj in page.get("Contents", []):
            keys.append(obj["Key"])
    return keys


def read_object_185(key):
    try:
        resp = s3.get_object(Bucket=BUCKET, Key=key)
        return resp["Body"].read()
    except s3.exceptions.NoSuchKey:
        log.warning("missing %s", key)
        return None
    except ClientError as err:
        log.error("get_object failed: %s", err.response["Error"]["Code"])
        raise


def put_item_186(item_id, payload):
    ddb.put_item(
        TableName=TABLE,
        Item={"id": {"S": item_id}, "payload": {"S": json.dumps(payload)}},
        ConditionExpression="attribute_not_exists(id)",
    )
    table.put_item(Item={"id": item_id, "count": 186})


def send_messages_187(queue_url, bodies):
    entries = [{"Id": str(n), "MessageBody": body} for n, body in enumerate(bodies)]
    resp = sqs.send_message_batch(QueueUrl=queue_url, Entries=entries)
    for failure in resp.get("Failed", []):
        log.error("message %s failed", failure["Id"])
    return sqs.get_queue_attributes(QueueUrl=queue_url, AttributeNames=["All"])


def wait_for_instance_188(instance_id):
    ec2.start_instances(InstanceIds=[instance_id])
    waiter = ec2.get_waiter("instance_running")
    waiter.wait(InstanceIds=[instance_id], WaiterConfig={"Delay": 5, "MaxAttempts": 40})
    return ec2.describe_instances(InstanceIds=[instance_id])


def buggy_189(key):
    s3.put_object(bucket=BUCKET, Key=key, Body=b"data")
    return s3.list_object_v2(Bucket=BUCKET, MaxKeys=10)


class Store190:
    def __init__(self, bucket=BUCKET):
        self.client = boto3.client("s3")
        self.bucket = bucket

    def upload(self, path, key):
        self.client.upload_file(path, self.bucket, key)

    def url(self, key, expires=3600):
        return self.client.generate_presigned_url(
            "get_object", Params={"Bucket": self.bucket, "Key": key}, ExpiresIn=expires
        )


def invoke_191(name, payload):
    resp = lam.invoke(FunctionName=name, Payload=json.dumps(payload).encode())
    if resp.get("FunctionError"):
        raise RuntimeError(resp["Payload"].read())
    return json.loads(resp["Payload"].read())


def list_keys_192(prefix):
    """List the keys under a prefix."""
    paginator = s3.get_paginator("list_objects_v2")
    keys = []
    for page in paginator.paginate(Bucket=BUCKET, Prefix=prefix, PaginationConfig={"PageSize": 100}):
        for obj in page.get("Contents", []):
            keys.append(obj["Key"])
    return keys


def read_object_193(key):
    try:
        resp = s3.get_object(Bucket=BUCKET, Key=key)
        return resp["Body"].read()
    except s3.exceptions.NoSuchKey:
        log.warning("missing %s", key)
        return None
    except ClientError as err:
        log.error("get_object failed: %s", err.response["Error"]["Code"])
        raise


def put_item_194(item_id, payload):
    ddb.put_item(
        TableName=TABLE,
        Item={"id": {"S": item_id}, "payload": {"S": json.dumps(payload)}},
        ConditionExpression="attribute_not_exists(id)",
    )
    table.put_item(Item={"id": item_id, "count": 194})


def send_messages_195(queue_url, bodies):
    entries = [{"Id": str(n), "MessageBody": body} for n, body in enumerate(bodies)]
    resp = sqs.send_message_batch(QueueUrl=queue_url, Entries=entries)
    for failure in resp.get("Failed", []):
        log.error("message %s failed", failure["Id"])
    return sqs.get_queue_attributes(QueueUrl=queue_url, AttributeNames=["All"])


def wait_for_instance_196(instance_id):
    ec2.start_instances(InstanceIds=[instance_id])
    waiter = ec2.get_waiter("instance_running")
    waiter.wait(InstanceIds=[instance_id], WaiterConfig={"Delay": 5, "MaxAttempts": 40})
    return ec2.describe_instances(InstanceIds=[instance_id])


def buggy_197(key):
    s3.put_object(bucket=BUCKET, Key=key, Body=b"data")
    return s3.list_object_v2(Bucket=BUCKET, MaxKeys=10)


class Store198:
    def __init__(self, bucket=BUCKET):
        self.client = boto3.client("s3")
        self.bucket = bucket

    def upload(self, path, key):
        self.client.upload_file(path, self.bucket, key)

    def url(self, key, expires=3600):
        return self.client.generate_presigned_url(
            "get_object", Params={"Bucket": self.bucket, "Key": key}, ExpiresIn=expires
        )


def invoke_199(name, payload):
    resp = lam.invoke(FunctionName=name, Payload=json.dumps(payload).encode())
    if resp.get("FunctionError"):
        raise RuntimeError(resp["Payload"].read())
    return json.loads(resp["Payload"].read())


def list_keys_200(prefix):
    """List the keys under a prefix."""
    paginator = s3.get_paginator("list_objects_v2")
    keys = []
    for page in paginator.paginate(Bucket=BUCKET, Prefix=prefix, PaginationConfig={"PageSize": 100}):
        for obj in page.get("Contents", []):
            keys.append(obj["Key"])
    return keys


def read_object_201(key):
    try:
        resp = s3.get_object(Bucket=BUCKET, Key=key)
        return resp["Body"].read()
    except s3.exceptions.NoSuchKey:
        log.warning("missing %s", key)
        return None
    except ClientError as err:
        log.error("get_object failed: %s", err.response["Error"]["Code"])
        raise


def put_item_202(item_id, payload):
    ddb.put_item(
        TableName=TABLE,
        Item={"id": {"S": item_id}, "payload": {"S": json.dumps(payload)}},
        ConditionExpression="attribute_not_exists(id)",
    )
    table.put_item(Item={"id": item_id, "count": 202})


def send_messages_203(queue_url, bodies):
    entries = [{"Id": str(n), "MessageBody": body} for n, body in enumerate(bodies)]
    resp = sqs.send_message_batch(QueueUrl=queue_url, Entries=entries)
    for failure in resp.get("Failed", []):
        log.error("message %s failed", failure["Id"])
    return sqs.get_queue_attributes(QueueUrl=queue_url, AttributeNames=["All"])


def wait_for_instance_204(instance_id):
    ec2.start_instances(InstanceIds=[instance_id])
    waiter = ec2.get_waiter("instance_running")
    waiter.wait(InstanceIds=[instance_id], WaiterConfig={"Delay": 5, "MaxAttempts": 40})
    return ec2.describe_instances(InstanceIds=[instance_id])


def buggy_205(key):
    s3.put_object(bucket=BUCKET, Key=key, Body=b"data")
    return s3.list_object_v2(Bucket=BUCKET, MaxKeys=10)


class Store206:
    def __init__(self, bucket=BUCKET):
        self.client = boto3.client("s3")
        self.bucket = bucket

    def upload(self, path, key):
        self.client.upload_file(path, self.bucket, key)

    def url(self, key, expires=3600):
        return self.client.generate_presigned_url(
            "get_object", Params={"Bucket": self.bucket, "Key": key}, ExpiresIn=expires
        )


def invoke_207(name, payload):
    resp = lam.invoke(FunctionName=name, Payload=json.dumps(payload).encode())
    if resp.get("FunctionError"):
        raise RuntimeError(resp["Payload"].read())
    return json.loads(resp["Payload"].read())


def list_keys_208(prefix):
    """List the keys under a prefix."""
    paginator = s3.get_paginator("list_objects_v2")
    keys = []
    for page in paginator.paginate(Bucket=BUCKET, Prefix=prefix, PaginationConfig={"PageSize": 100}):
        for obj in page.get("Contents", []):
            keys.append(obj["Key"])
    return keys


def read_object_209(key):
    try:
        resp = s3.get_object(Bucket=BUCKET, Key=key)
        return resp["Body"].read()
    except s3.exceptions.NoSuchKey:
        log.warning("missing %s", key)
        return None
    except ClientError as err:
        log.error("get_object failed: %s", err.response["Error"]["Code"])
        raise


def put_item_210(item_id, payload):
    ddb.put_item(
        TableName=TABLE,
        Item={"id": {"S": item_id}, "payload": {"S": json.dumps(payload)}},
        ConditionExpression="attribute_not_exists(id)",
    )
    table.put_item(Item={"id": item_id, "count": 210})


def send_messages_211(queue_url, bodies):
    entries = [{"Id": str(n), "MessageBody": body} for n, body in enumerate(bodies)]
    resp = sqs.send_message_batch(QueueUrl=queue_url, Entries=entries)
    for failure in resp.get("Failed", []):
        log.error("message %s failed", failure["Id"])
    return sqs.get_queue_attributes(QueueUrl=queue_url, AttributeNames=["All"])


def wait_for_instance_212(instance_id):
    ec2.start_instances(InstanceIds=[instance_id])
    waiter = ec2.get_waiter("instance_running")
    waiter.wait(InstanceIds=[instance_id], WaiterConfig={"Delay": 5, "MaxAttempts": 40})
    return ec2.describe_instances(InstanceIds=[instance_id])


def buggy_213(key):
    s3.put_object(bucket=BUCKET, Key=key, Body=b"data")
    return s3.list_object_v2(Bucket=BUCKET, MaxKeys=10)


class Store214:
    def __init__(self, bucket=BUCKET):
        self.client = boto3.client("s3")
        self.bucket = bucket

    def upload(self, path, key):
        self.client.upload_file(path, self.bucket, key)

    def url(self, key, expires=3600):
        return self.client.generate_presigned_url(
            "get_object", Params={"Bucket": self.bucket, "Key": key}, ExpiresIn=expires
        )


def invoke_215(name, payload):
    resp = lam.invoke(FunctionName=name, Payload=json.dumps(payload).encode())
    if resp.get("FunctionError"):
        raise RuntimeError(resp["Payload"].read())
    return json.loads(resp["Payload"].read())


def list_keys_216(prefix):
    """List the keys under a prefix."""
    paginator = s3.get_paginator("list_objects_v2")
    keys = []
    for page in paginator.paginate(Bucket=BUCKET, Prefix=prefix, PaginationConfig={"PageSize": 100}):
        for obj in page.get("Contents", []):
            keys.append(obj["Key"])
    return keys


def read_object_217(key):
    try:
        resp = s3.get_object(Bucket=BUCKET, Key=key)
        return resp["Body"].read()
    except s3.exceptions.NoSuchKey:
        log.warning("missing %s", key)
        return None
    except ClientError as err:
        log.error("get_object failed: %s", err.response["Error"]["Code"])
        raise


def put_item_218(item_id, payload):
    ddb.put_item(
        TableName=TABLE,
        Item={"id": {"S": item_id}, "payload": {"S": json.dumps(payload)}},
        ConditionExpression="attribute_not_exists(id)",
    )
    table.put_item(Item={"id": item_id, "count": 218})


def send_messages_219(queue_url, bodies):
    entries = [{"Id": str(n), "MessageBody": body} for n, body in enumerate(bodies)]
    resp = sqs.send_message_batch(QueueUrl=queue_url, Entries=entries)
    for failure in resp.get("Failed", []):
        log.error("message %s failed", failure["Id"])
    return sqs.get_queue_attributes(QueueUrl=queue_url, AttributeNames=["All"])


def wait_for_instance_220(instance_id):
    ec2.start_instances(InstanceIds=[instance_id])
    waiter = ec2.get_waiter("instance_running")
    waiter.wait(InstanceIds=[instance_id], WaiterConfig={"Delay": 5, "MaxAttempts": 40})
    return ec2.describe_instances(InstanceIds=[instance_id])


def buggy_221(key):
    s3.put_object(bucket=BUCKET, Key=key, Body=b"data")
    return s3.list_object_v2(Bucket=BUCKET, MaxKeys=10)


class Store222:
    def __init__(self, bucket=BUCKET):
        self.client = boto3.client("s3")
        self.bucket = bucket

    def upload(self, path, key):
        self.client.upload_file(path, self.bucket, key)

    def url(self, key, expires=3600):
        return self.client.generate_presigned_url(
            "get_object", Params={"Bucket": self.bucket, "Key": key}, ExpiresIn=expires
        )


def invoke_223(name, payload):
    resp = lam.invoke(FunctionName=name, Payload=json.dumps(payload).encode())
    if resp.get("FunctionError"):
        raise RuntimeError(resp["Payload"].read())
    return json.loads(resp["Payload"].read())


def list_keys_224(prefix):
    """List the keys under a prefix."""
    paginator = s3.get_paginator("list_objects_v2")
    keys = []
    for page in paginator.paginate(Bucket=BUCKET, Prefix=prefix, PaginationConfig={"PageSize": 100}):
        for obj in page.get("Contents", []):
            keys.append(obj["Key"])
    return keys


def read_object_225(key):
    try:
        resp = s3.get_object(Bucket=BUCKET, Key=key)
        return resp["Body"].read()
    except s3.exceptions.NoSuchKey:
        log.warning("missing %s", key)
        return None
    except ClientError as err:
        log.error("get_object failed: %s", err.response["Error"]["Code"])
        raise


def put_item_226(item_id, payload):
    ddb.put_item(
        TableName=TABLE,
        Item={"id": {"S": item_id}, "payload": {"S": json.dumps(payload)}},
        ConditionExpression="attribute_not_exists(id)",
    )
    table.put_item(Item={"id": item_id, "count": 226})


def send_messages_227(queue_url, bodies):
    entries = [{"Id": str(n), "MessageBody": body} for n, body in enumerate(bodies)]
    resp = sqs.send_message_batch(QueueUrl=queue_url, Entries=entries)
    for failure in resp.get("Failed", []):
        log.error("message %s failed", failure["Id"])
    return sqs.get_queue_attributes(QueueUrl=queue_url, AttributeNames=["All"])


def wait_for_instance_228(instance_id):
    ec2.start_instances(InstanceIds=[instance_id])
    waiter = ec2.get_waiter("instance_running")
    waiter.wait(InstanceIds=[instance_id], WaiterConfig={"Delay": 5, "MaxAttempts": 40})
    return ec2.describe_instances(InstanceIds=[instance_id])


def buggy_229(key):
    s3.put_object(bucket=BUCKET, Key=key, Body=b"data")
    return s3.list_object_v2(Bucket=BUCKET, MaxKeys=10)


class Store230:
    def __init__(self, bucket=BUCKET):
        self.client = boto3.client("s3")
        self.bucket = bucket

    def upload(self, path, key):
        self.client.upload_file(path, self.bucket, key)

    def url(self, key, expires=3600):
        return self.client.generate_presigned_url(
            "get_object", Params={"Bucket": self.bucket, "Key": key}, ExpiresIn=expires
        )


def invoke_231(name, payload):
    resp = lam.invoke(FunctionName=name, Payload=json.dumps(payload).encode())
    if resp.get("FunctionError"):
        raise RuntimeError(resp["Payload"].read())
    return json.loads(resp["Payload"].read())


def list_keys_232(prefix):
    """List the keys under a prefix."""
    paginator = s3.get_paginator("list_objects_v2")
    keys = []
    for page in paginator.paginate(Bucket=BUCKET, Prefix=prefix, PaginationConfig={"PageSize": 100}):
        for obj in page.get("Contents", []):
            keys.append(obj["Key"])
    return keys


def read_object_233(key):
    try:
        resp = s3.get_object(Bucket=BUCKET, Key=key)
        return resp["Body"].read()
    except s3.exceptions.NoSuchKey:
        log.warning("missing %s", key)
        return None
    except ClientError as err:
        log.error("get_object failed: %s", err.response["Error"]["Code"])
        raise


def put_item_234(item_id, payload):
    ddb.put_item(
        TableName=TABLE,
        Item={"id": {"S": item_id}, "payload": {"S": json.dumps(payload)}},
        ConditionExpression="attribute_not_exists(id)",
    )
    table.put_item(Item={"id": item_id, "count": 234})


def send_messages_235(queue_url, bodies):
    entries = [{"Id": str(n), "MessageBody": body} for n, body in enumerate(bodies)]
    resp = sqs.send_message_batch(QueueUrl=queue_url, Entries=entries)
    for failure in resp.get("Failed", []):
        log.error("message %s failed", failure["Id"])
    return sqs.get_queue_attributes(QueueUrl=queue_url, AttributeNames=["All"])


def wait_for_instance_236(instance_id):
    ec2.start_instances(InstanceIds=[instance_id])
    waiter = ec2.get_waiter("instance_running")
    waiter.wait(InstanceIds=[instance_id], WaiterConfig={"Delay": 5, "MaxAttempts": 40})
    return ec2.describe_instances(InstanceIds=[instance_id])


def buggy_237(key):
    s3.put_object(bucket=BUCKET, Key=key, Body=b"data")
    return s3.list_object_v2(Bucket=BUCKET, MaxKeys=10)


class Store238:
    def __init__(self, bucket=BUCKET):
        self.client = boto3.client("s3")
        self.bucket = bucket

    def upload(self, path, key):
        self.client.upload_file(path, self.bucket, key)

    def url(self, key, expires=3600):
        return self.client.generate_presigned_url(
            "get_object", Params={"Bucket": self.bucket, "Key": key}, ExpiresIn=expires
        )


def invoke_239(name, payload):
    resp = lam.invoke(FunctionName=name, Payload=json.dumps(payload).encode())
    if resp.get("FunctionError"):
        raise RuntimeError(resp["Payload"].read())
    return json.loads(resp["Payload"].read())


def list_keys_240(prefix):
    """List the keys under a prefix."""
    paginator = s3.get_paginator("list_objects_v2")
    keys = []
    for page in paginator.paginate(Bucket=BUCKET, Prefix=prefix, PaginationConfig={"PageSize": 100}):
        for obj in page.get("Contents", []):
            keys.append(obj["Key"])
    return keys


def read_object_241(key):
    try:
        resp = s3.get_object(Bucket=BUCKET, Key=key)
        return resp["Body"].read()
    except s3.exceptions.NoSuchKey:
        log.warning("missing %s", key)
        return None
    except ClientError as err:
        log.error("get_object failed: %s", err.response["Error"]["Code"])
        raise


def put_item_242(item_id, payload):
    ddb.put_item(
        TableName=TABLE,
        Item={"id": {"S": item_id}, "payload": {"S": json.dumps(payload)}},
        ConditionExpression="attribute_not_exists(id)",
    )
    table.put_item(Item={"id": item_id, "count": 242})


def send_messages_243(queue_url, bodies):
    entries = [{"Id": str(n), "MessageBody": body} for n, body in enumerate(bodies)]
    resp = sqs.send_message_batch(QueueUrl=queue_url, Entries=entries)
    for failure in resp.get("Failed", []):
        log.error("message %s failed", failure["Id"])
    return sqs.get_queue_attributes(QueueUrl=queue_url, AttributeNames=["All"])


def wait_for_instance_244(instance_id):
    ec2.start_instances(InstanceIds=[instance_id])
    waiter = ec2.get_waiter("instance_running")
    waiter.wait(InstanceIds=[instance_id], WaiterConfig={"Delay": 5, "MaxAttempts": 40})
    return ec2.describe_instances(InstanceIds=[instance_id])


def buggy_245(key):
    s3.put_object(bucket=BUCKET, Key=key, Body=b"data")
    return s3.list_object_v2(Bucket=BUCKET, MaxKeys=10)


class Store246:
    def __init__(self, bucket=BUCKET):
        self.client = boto3.client("s3")
        self.bucket = bucket

    def upload(self, path, key):
        self.client.upload_file(path, self.bucket, key)

    def url(self, key, expires=3600):
        return self.client.generate_presigned_url(
            "get_object", Params={"Bucket": self.bucket, "Key": key}, ExpiresIn=expires
        )


def invoke_247(name, payload):
    resp = lam.invoke(FunctionName=name, Payload=json.dumps(payload).encode())
    if resp.get("FunctionError"):
        raise RuntimeError(resp["Payload"].read())
    return json.loads(resp["Payload"].read())


def list_keys_248(prefix):
    """List the keys under a prefix."""
    paginator = s3.get_paginator("list_objects_v2")
    keys = []
    for page in paginator.paginate(Bucket=BUCKET, Prefix=prefix, PaginationConfig={"PageSize": 100}):
        for obj in page.get("Contents", []):
            keys.append(obj["Key"])
    return keys


def read_object_249(key):
    try:
        resp = s3.get_object(Bucket=BUCKET, Key=key)
        return resp["Body"].read()
    except s3.exceptions.NoSuchKey:
        log.warning("missing %s", key)
        return None
    except ClientError as err:
        log.error("get_object failed: %s", err.response["Error"]["Code"])
        raise


def put_item_250(item_id, payload):
    ddb.put_item(
        TableName=TABLE,
        Item={"id": {"S": item_id}, "payload": {"S": json.dumps(payload)}},
        ConditionExpression="attribute_not_exists(id)",
    )
    table.put_item(Item={"id": item_id, "count": 250})


def send_messages_251(queue_url, bodies):
    entries = [{"Id": str(n), "MessageBody": body} for n, body in enumerate(bodies)]
    resp = sqs.send_message_batch(QueueUrl=queue_url, Entries=entries)
    for failure in resp.get("Failed", []):
        log.error("message %s failed", failure["Id"])
    return sqs.get_queue_attributes(QueueUrl=queue_url, AttributeNames=["All"])


def wait_for_instance_252(instance_id):
    ec2.start_instances(InstanceIds=[instance_id])
    waiter = ec2.get_waiter("instance_running")
    waiter.wait(InstanceIds=[instance_id], WaiterConfig={"Delay": 5, "MaxAttempts": 40})
    return ec2.describe_instances(InstanceIds=[instance_id])


def buggy_253(key):
    s3.put_object(bucket=BUCKET, Key=key, Body=b"data")
    return s3.list_object_v2(Bucket=BUCKET, MaxKeys=10)


class Store254:
    def __init__(self, bucket=BUCKET):
        self.client = boto3.client("s3")
        self.bucket = bucket

    def upload(self, path, key):
        self.client.upload_file(path, self.bucket, key)

    def url(self, key, expires=3600):
        return self.client.generate_presigned_url(
            "get_object", Params={"Bucket": self.bucket, "Key": key}, ExpiresIn=expires
        )


def invoke_255(name, payload):
    resp = lam.invoke(FunctionName=name, Payload=json.dumps(payload).encode())
    if resp.get("FunctionError"):
        raise RuntimeError(resp["Payload"].read())
    return json.loads(resp["Payload"].read())


def list_keys_256(prefix):
    """List the keys under a prefix."""
    paginator = s3.get_paginator("list_objects_v2")
    keys = []
    for page in paginator.paginate(Bucket=BUCKET, Prefix=prefix, PaginationConfig={"PageSize": 100}):
        for obj in page.get("Contents", []):
            keys.append(obj["Key"])
    return keys


def read_object_257(key):
    try:
        resp = s3.get_object(Bucket=BUCKET, Key=key)
        return resp["Body"].read()
    except s3.exceptions.NoSuchKey:
        log.warning("missing %s", key)
        return None
    except ClientError as err:
        log.error("get_object failed: %s", err.response["Error"]["Code"])
        raise


def put_item_258(item_id, payload):
    ddb.put_item(
        TableName=TABLE,
        Item={"id": {"S": item_id}, "payload": {"S": json.dumps(payload)}},
        ConditionExpression="attribute_not_exists(id)",
    )
    table.put_item(Item={"id": item_id, "count": 258})


def send_messages_259(queue_url, bodies):
    entries = [{"Id": str(n), "MessageBody": body} for n, body in enumerate(bodies)]
    resp = sqs.send_message_batch(QueueUrl=queue_url, Entries=entries)
    for failure in resp.get("Failed", []):
        log.error("message %s failed", failure["Id"])
    return sqs.get_queue_attributes(QueueUrl=queue_url, AttributeNames=["All"])


def wait_for_instance_260(instance_id):
    ec2.start_instances(InstanceIds=[instance_id])
    waiter = ec2.get_waiter("instance_running")
    waiter.wait(InstanceIds=[instance_id], WaiterConfig={"Delay": 5, "MaxAttempts": 40})
    return ec2.describe_instances(InstanceIds=[instance_id])


def buggy_261(key):
    s3.put_object(bucket=BUCKET, Key=key, Body=b"data")
    return s3.list_object_v2(Bucket=BUCKET, MaxKeys=10)


class Store262:
    def __init__(self, bucket=BUCKET):
        self.client = boto3.client("s3")
        self.bucket = bucket

    def upload(self, path, key):
        self.client.upload_file(path, self.bucket, key)

    def url(self, key, expires=3600):
        return self.client.generate_presigned_url(
            "get_object", Params={"Bucket": self.bucket, "Key": key}, ExpiresIn=expires
        )


def invoke_263(name, payload):
    resp = lam.invoke(FunctionName=name, Payload=json.dumps(payload).encode())
    if resp.get("FunctionError"):
        raise RuntimeError(resp["Payload"].read())
    return json.loads(resp["Payload"].read())


def list_keys_264(prefix):
    """List the keys under a prefix."""
    paginator = s3.get_paginator("list_objects_v2")
    keys = []
    for page in paginator.paginate(Bucket=BUCKET, Prefix=prefix, PaginationConfig={"PageSize": 100}):
        for obj in page.get("Contents", []):
            keys.append(obj["Key"])
    return keys


def read_object_265(key):
    try:
        resp = s3.get_object(Bucket=BUCKET, Key=key)
        return resp["Body"].read()
    except s3.exceptions.NoSuchKey:
        log.warning("missing %s", key)
        return None
    except ClientError as err:
        log.error("get_object failed: %s", err.response["Error"]["Code"])
        raise


def put_item_266(item_id, payload):
    ddb.put_item(
        TableName=TABLE,
        Item={"id": {"S": item_id}, "payload": {"S": json.dumps(payload)}},
        ConditionExpression="attribute_not_exists(id)",
    )
    table.put_item(Item={"id": item_id, "count": 266})


def send_messages_267(queue_url, bodies):
    entries = [{"Id": str(n), "MessageBody": body} for n, body in enumerate(bodies)]
    resp = sqs.send_message_batch(QueueUrl=queue_url, Entries=entries)
    for failure in resp.get("Failed", []):
        log.error("message %s failed", failure["Id"])
    return sqs.get_queue_attributes(QueueUrl=queue_url, AttributeNames=["All"])


def wait_for_instance_268(instance_id):
    ec2.start_instances(InstanceIds=[instance_id])
    waiter = ec2.get_waiter("instance_running")
    waiter.wait(InstanceIds=[instance_id], WaiterConfig={"Delay": 5, "MaxAttempts": 40})
    return ec2.describe_instances(InstanceIds=[instance_id])


def buggy_269(key):
    s3.put_object(bucket=BUCKET, Key=key, Body=b"data")
    return s3.list_object_v2(Bucket=BUCKET, MaxKeys=10)


class Store270:
    def __init__(self, bucket=BUCKET):
        self.client = boto3.client("s3")
        self.bucket = bucket

    def upload(self, path, key):
        self.client.upload_file(path, self.bucket, key)

    def url(self, key, expires=3600):
        return self.client.generate_presigned_url(
            "get_object", Params={"Bucket": self.bucket, "Key": key}, ExpiresIn=expires
        )


def invoke_271(name, payload):
    resp = lam.invoke(FunctionName=name, Payload=json.dumps(payload).encode())
    if resp.get("FunctionError"):
        raise RuntimeError(resp["Payload"].read())
    return json.loads(resp["Payload"].read())


def list_keys_272(prefix):
    """List the keys under a prefix."""
    paginator = s3.get_paginator("list_objects_v2")
    keys = []
    for page in paginator.paginate(Bucket=BUCKET, Prefix=prefix, PaginationConfig={"PageSize": 100}):
        for obj in page.get("Contents", []):
            keys.append(obj["Key"])
    return keys


def read_object_273(key):
    try:
        resp = s3.get_object(Bucket=BUCKET, Key=key)
        return resp["Body"].read()
    except s3.exceptions.NoSuchKey:
        log.warning("missing %s", key)
        return None
    except ClientError as err:
        log.error("get_object failed: %s", err.response["Error"]["Code"])
        raise


def put_item_274(item_id, payload):
    ddb.put_item(
        TableName=TABLE,
        Item={"id": {"S": item_id}, "payload": {"S": json.dumps(payload)}},
        ConditionExpression="attribute_not_exists(id)",
    )
    table.put_item(Item={"id": item_id, "count": 274})


def send_messages_275(queue_url, bodies):
    entries = [{"Id": str(n), "MessageBody": body} for n, body in enumerate(bodies)]
    resp = sqs.send_message_batch(QueueUrl=queue_url, Entries=entries)
    for failure in resp.get("Failed", []):
        log.error("message %s failed", failure["Id"])
    return sqs.get_queue_attributes(QueueUrl=queue_url, AttributeNames=["All"])


def wait_for_instance_276(instance_id):
    ec2.start_instances(InstanceIds=[instance_id])
    waiter = ec2.get_waiter("instance_running")
    waiter.wait(InstanceIds=[instance_id], WaiterConfig={"Delay": 5, "MaxAttempts": 40})
    return ec2.describe_instances(InstanceIds=[instance_id])


def buggy_277(key):
    s3.put_object(bucket=BUCKET, Key=key, Body=b"data")
    return s3.list_object_v2(Bucket=BUCKET, MaxKeys=10)


class Store278:
    def __init__(self, bucket=BUCKET):
        self.client = boto3.client("s3")
        self.bucket = bucket

    def upload(self, path, key):
        self.client.upload_file(path, self.bucket, key)

    def url(self, key, expires=3600):
        return self.client.generate_presigned_url(
            "get_object", Params={"Bucket": self.bucket, "Key": key}, ExpiresIn=expires
        )


def invoke_279(name, payload):
    resp = lam.invoke(FunctionName=name, Payload=json.dumps(payload).encode())
    if resp.get("FunctionError"):
        raise RuntimeError(resp["Payload"].read())
    return json.loads(resp["Payload"].read())


def list_keys_280(prefix):
    """List the keys under a prefix."""
    paginator = s3.get_paginator("list_objects_v2")
    keys = []
    for page in paginator.paginate(Bucket=BUCKET, Prefix=prefix, PaginationConfig={"PageSize": 100}):
        for obj in page.get("Contents", []):
            keys.append(obj["Key"])
    return keys


def read_object_281(key):
    try:
        resp = s3.get_object(Bucket=BUCKET, Key=key)
        return resp["Body"].read()
    except s3.exceptions.NoSuchKey:
        log.warning("missing %s", key)
        return None
    except ClientError as err:
        log.error("get_object failed: %s", err.response["Error"]["Code"])
        raise


def put_item_282(item_id, payload):
    ddb.put_item(
        TableName=TABLE,
        Item={"id": {"S": item_id}, "payload": {"S": json.dumps(payload)}},
        ConditionExpression="attribute_not_exists(id)",
    )
    table.put_item(Item={"id": item_id, "count": 282})


def send_messages_283(queue_url, bodies):
    entries = [{"Id": str(n), "MessageBody": body} for n, body in enumerate(bodies)]
    resp = sqs.send_message_batch(QueueUrl=queue_url, Entries=entries)
    for failure in resp.get("Failed", []):
        log.error("message %s failed", failure["Id"])
    return sqs.get_queue_attributes(QueueUrl=queue_url, AttributeNames=["All"])


def wait_for_instance_284(instance_id):
    ec2.start_instances(InstanceIds=[instance_id])
    waiter = ec2.get_waiter("instance_running")
    waiter.wait(InstanceIds=[instance_id], WaiterConfig={"Delay": 5, "MaxAttempts": 40})
    return ec2.describe_instances(InstanceIds=[instance_id])


def buggy_285(key):
    s3.put_object(bucket=BUCKET, Key=key, Body=b"data")
    return s3.list_object_v2(Bucket=BUCKET, MaxKeys=10)


class Store286:
    def __init__(self, bucket=BUCKET):
        self.client = boto3.client("s3")
        self.bucket = bucket

    def upload(self, path, key):
        self.client.upload_file(path, self.bucket, key)

    def url(self, key, expires=3600):
        return self.client.generate_presigned_url(
            "get_object", Params={"Bucket": self.bucket, "Key": key}, ExpiresIn=expires
        )


def invoke_287(name, payload):
    resp = lam.invoke(FunctionName=name, Payload=json.dumps(payload).encode())
    if resp.get("FunctionError"):
        raise RuntimeError(resp["Payload"].read())
    return json.loads(resp["Payload"].read())


def list_keys_288(prefix):
    """List the keys under a prefix."""
    paginator = s3.get_paginator("list_objects_v2")
    keys = []
    for page in paginator.paginate(Bucket=BUCKET, Prefix=prefix, PaginationConfig={"PageSize": 100}):
        for obj in page.get("Contents", []):
            keys.append(obj["Key"])
    return keys


def read_object_289(key):
    try:
        resp = s3.get_object(Bucket=BUCKET, Key=key)
        return resp["Body"].read()
    except s3.exceptions.NoSuchKey:
        log.warning("missing %s", key)
        return None
    except ClientError as err:
        log.error("get_object failed: %s", err.response["Error"]["Code"])
        raise


def put_item_290(item_id, payload):
    ddb.put_item(
        TableName=TABLE,
        Item={"id": {"S": item_id}, "payload": {"S": json.dumps(payload)}},
        ConditionExpression="attribute_not_exists(id)",
    )
    table.put_item(Item={"id": item_id, "count": 290})


def send_messages_291(queue_url, bodies):
    entries = [{"Id": str(n), "MessageBody": body} for n, body in enumerate(bodies)]
    resp = sqs.send_message_batch(QueueUrl=queue_url, Entries=entries)
    for failure in resp.get("Failed", []):
        log.error("message %s failed", failure["Id"])
    return sqs.get_queue_attributes(QueueUrl=queue_url, AttributeNames=["All"])


def wait_for_instance_292(instance_id):
    ec2.start_instances(InstanceIds=[instance_id])
    waiter = ec2.get_waiter("instance_running")
    waiter.wait(InstanceIds=[instance_id], WaiterConfig={"Delay": 5, "MaxAttempts": 40})
    return ec2.describe_instances(InstanceIds=[instance_id])


def buggy_293(key):
    s3.put_object(bucket=BUCKET, Key=key, Body=b"data")
    return s3.list_object_v2(Bucket=BUCKET, MaxKeys=10)


class Store294:
    def __init__(self, bucket=BUCKET):
        self.client = boto3.client("s3")
        self.bucket = bucket

    def upload(self, path, key):
        self.client.upload_file(path, self.bucket, key)

    def url(self, key, expires=3600):
        return self.client.generate_presigned_url(
            "get_object", Params={"Bucket": self.bucket, "Key": key}, ExpiresIn=expires
        )


def invoke_295(name, payload):
    resp = lam.invoke(FunctionName=name, Payload=json.dumps(payload).encode())
    if resp.get("FunctionError"):
        raise RuntimeError(resp["Payload"].read())
    return json.loads(resp["Payload"].read())


def list_keys_296(prefix):
    """List the keys under a prefix."""
    paginator = s3.get_paginator("list_objects_v2")
    keys = []
    for page in paginator.paginate(Bucket=BUCKET, Prefix=prefix, PaginationConfig={"PageSize": 100}):
        for obj in page.get("Contents", []):
            keys.append(obj["Key"])
    return keys


def read_object_297(key):
    try:
        resp = s3.get_object(Bucket=BUCKET, Key=key)
        return resp["Body"].read()
    except s3.exceptions.NoSuchKey:
        log.warning("missing %s", key)
        return None
    except ClientError as err:
        log.error("get_object failed: %s", err.response["Error"]["Code"])
        raise


def put_item_298(item_id, payload):
    ddb.put_item(
        TableName=TABLE,
        Item={"id": {"S": item_id}, "payload": {"S": json.dumps(payload)}},
        ConditionExpression="attribute_not_exists(id)",
    )
    table.put_item(Item={"id": item_id, "count": 298})


def send_messages_299(queue_url, bodies):
    entries = [{"Id": str(n), "MessageBody": body} for n, body in enumerate(bodies)]
    resp = sqs.send_message_batch(QueueUrl=queue_url, Entries=entries)
    for failure in resp.get("Failed", []):
        log.error("message %s failed", failure["Id"])
    return sqs.get_queue_attributes(QueueUrl=queue_url, AttributeNames=["All"])


def wait_for_instance_300(instance_id):
    ec2.start_instances(InstanceIds=[instance_id])
    waiter = ec2.get_waiter("instance_running")
    waiter.wait(InstanceIds=[instance_id], WaiterConfig={"Delay": 5, "MaxAttempts": 40})
    return ec2.describe_instances(InstanceIds=[instance_id])


def buggy_301(key):
    s3.put_object(bucket=BUCKET, Key=key, Body=b"data")
    return s3.list_object_v2(Bucket=BUCKET, MaxKeys=10)


class Store302:
    def __init__(self, bucket=BUCKET):
        self.client = boto3.client("s3")
        self.bucket = bucket

    def upload(self, path, key):
        self.client.upload_file(path, self.bucket, key)

    def url(self, key, expires=3600):
        return self.client.generate_presigned_url(
            "get_object", Params={"Bucket": self.bucket, "Key": key}, ExpiresIn=expires
        )


def invoke_303(name, payload):
    resp = lam.invoke(FunctionName=name, Payload=json.dumps(payload).encode())
    if resp.get("FunctionError"):
        raise RuntimeError(resp["Payload"].read())
    return json.loads(resp["Payload"].read())


def list_keys_304(prefix):
    """List the keys under a prefix."""
    paginator = s3.get_paginator("list_objects_v2")
    keys = []
    for page in paginator.paginate(Bucket=BUCKET, Prefix=prefix, PaginationConfig={"PageSize": 100}):
        for obj in page.get("Contents", []):
            keys.append(obj["Key"])
    return keys


def read_object_305(key):
    try:
        resp = s3.get_object(Bucket=BUCKET, Key=key)
        return resp["Body"].read()
    except s3.exceptions.NoSuchKey:
        log.warning("missing %s", key)
        return None
    except ClientError as err:
        log.error("get_object failed: %s", err.response["Error"]["Code"])
        raise


def put_item_306(item_id, payload):
    ddb.put_item(
        TableName=TABLE,
        Item={"id": {"S": item_id}, "payload": {"S": json.dumps(payload)}},
        ConditionExpression="attribute_not_exists(id)",
    )
    table.put_item(Item={"id": item_id, "count": 306})


def send_messages_307(queue_url, bodies):
    entries = [{"Id": str(n), "MessageBody": body} for n, body in enumerate(bodies)]
    resp = sqs.send_message_batch(QueueUrl=queue_url, Entries=entries)
    for failure in resp.get("Failed", []):
        log.error("message %s failed", failure["Id"])
    return sqs.get_queue_attributes(QueueUrl=queue_url, AttributeNames=["All"])


def wait_for_instance_308(instance_id):
    ec2.start_instances(InstanceIds=[instance_id])
    waiter = ec2.get_waiter("instance_running")
    waiter.wait(InstanceIds=[instance_id], WaiterConfig={"Delay": 5, "MaxAttempts": 40})
    return ec2.describe_instances(InstanceIds=[instance_id])


def buggy_309(key):
    s3.put_object(bucket=BUCKET, Key=key, Body=b"data")
    return s3.list_object_v2(Bucket=BUCKET, MaxKeys=10)


class Store310:
    def __init__(self, bucket=BUCKET):
        self.client = boto3.client("s3")
        self.bucket = bucket

    def upload(self, path, key):
        self.client.upload_file(path, self.bucket, key)

    def url(self, key, expires=3600):
        return self.client.generate_presigned_url(
            "get_object", Params={"Bucket": self.bucket, "Key": key}, ExpiresIn=expires
        )


def invoke_311(name, payload):
    resp = lam.invoke(FunctionName=name, Payload=json.dumps(payload).encode())
    if resp.get("FunctionError"):
        raise RuntimeError(resp["Payload"].read())
    return json.loads(resp["Payload"].read())


def list_keys_312(prefix):
    """List the keys under a prefix."""
    paginator = s3.get_paginator("list_objects_v2")
    keys = []
    for page in paginator.paginate(Bucket=BUCKET, Prefix=prefix, PaginationConfig={"PageSize": 100}):
        for obj in page.get("Contents", []):
            keys.append(obj["Key"])
    return keys


def read_object_313(key):
    try:
        resp = s3.get_object(Bucket=BUCKET, Key=key)
        return resp["Body"].read()
    except s3.exceptions.NoSuchKey:
        log.warning("missing %s", key)
        return None
    except ClientError as err:
        log.error("get_object failed: %s", err.response["Error"]["Code"])
        raise


def put_item_314(item_id, payload):
    ddb.put_item(
        TableName=TABLE,
        Item={"id": {"S": item_id}, "payload": {"S": json.dumps(payload)}},
        ConditionExpression="attribute_not_exists(id)",
    )
    table.put_item(Item={"id": item_id, "count": 314})


def send_messages_315(queue_url, bodies):
    entries = [{"Id": str(n), "MessageBody": body} for n, body in enumerate(bodies)]
    resp = sqs.send_message_batch(QueueUrl=queue_url, Entries=entries)
    for failure in resp.get("Failed", []):
        log.error("message %s failed", failure["Id"])
    return sqs.get_queue_attributes(QueueUrl=queue_url, AttributeNames=["All"])


def wait_for_instance_316(instance_id):
    ec2.start_instances(InstanceIds=[instance_id])
    waiter = ec2.get_waiter("instance_running")
    waiter.wait(InstanceIds=[instance_id], WaiterConfig={"Delay": 5, "MaxAttempts": 40})
    return ec2.describe_instances(InstanceIds=[instance_id])


def buggy_317(key):
    s3.put_object(bucket=BUCKET, Key=key, Body=b"data")
    return s3.list_object_v2(Bucket=BUCKET, MaxKeys=10)


class Store318:
    def __init__(self, bucket=BUCKET):
        self.client = boto3.client("s3")
        self.bucket = bucket

    def upload(self, path, key):
        self.client.upload_file(path, self.bucket, key)

    def url(self, key, expires=3600):
        return self.client.generate_presigned_url(
            "get_object", Params={"Bucket": self.bucket, "Key": key}, ExpiresIn=expires
        )


def invoke_319(name, payload):
    resp = lam.invoke(FunctionName=name, Payload=json.dumps(payload).encode())
    if resp.get("FunctionError"):
        raise RuntimeError(resp["Payload"].read())
    return json.loads(resp["Payload"].read())


def list_keys_320(prefix):
    """List the keys under a prefix."""
    paginator = s3.get_paginator("list_objects_v2")
    keys = []
    for page in paginator.paginate(Bucket=BUCKET, Prefix=prefix, PaginationConfig={"PageSize": 100}):
        for obj in page.get("Contents", []):
            keys.append(obj["Key"])
    return keys


def read_object_321(key):
    try:
        resp = s3.get_object(Bucket=BUCKET, Key=key)
        return resp["Body"].read()
    except s3.exceptions.NoSuchKey:
        log.warning("missing %s", key)
        return None
    except ClientError as err:
        log.error("get_object failed: %s", err.response["Error"]["Code"])
        raise


def put_item_322(item_id, payload):
    ddb.put_item(
        TableName=TABLE,
        Item={"id": {"S": item_id}, "payload": {"S": json.dumps(payload)}},
        ConditionExpression="attribute_not_exists(id)",
    )
    table.put_item(Item={"id": item_id, "count": 322})


def send_messages_323(queue_url, bodies):
    entries = [{"Id": str(n), "MessageBody": body} for n, body in enumerate(bodies)]
    resp = sqs.send_message_batch(QueueUrl=queue_url, Entries=entries)
    for failure in resp.get("Failed", []):
        log.error("message %s failed", failure["Id"])
    return sqs.get_queue_attributes(QueueUrl=queue_url, AttributeNames=["All"])


def wait_for_instance_324(instance_id):
    ec2.start_instances(InstanceIds=[instance_id])
    waiter = ec2.get_waiter("instance_running")
    waiter.wait(InstanceIds=[instance_id], WaiterConfig={"Delay": 5, "MaxAttempts": 40})
    return ec2.describe_instances(InstanceIds=[instance_id])


def buggy_325(key):
    s3.put_object(bucket=BUCKET, Key=key, Body=b"data")
    return s3.list_object_v2(Bucket=BUCKET, MaxKeys=10)


class Store326:
    def __init__(self, bucket=BUCKET):
        self.client = boto3.client("s3")
        self.bucket = bucket

    def upload(self, path, key):
        self.client.upload_file(path, self.bucket, key)

    def url(self, key, expires=3600):
        return self.client.generate_presigned_url(
            "get_object", Params={"Bucket": self.bucket, "Key": key}, ExpiresIn=expires
        )


def invoke_327(name, payload):
    resp = lam.invoke(FunctionName=name, Payload=json.dumps(payload).encode())
    if resp.get("FunctionError"):
        raise RuntimeError(resp["Payload"].read())
    return json.loads(resp["Payload"].read())


def list_keys_328(prefix):
    """List the keys under a prefix."""
    paginator = s3.get_paginator("list_objects_v2")
    keys = []
    for page in paginator.paginate(Bucket=BUCKET, Prefix=prefix, PaginationConfig={"PageSize": 100}):
        for obj in page.get("Contents", []):
            keys.append(obj["Key"])
    return keys


def read_object_329(key):
    try:
        resp = s3.get_object(Bucket=BUCKET, Key=key)
        return resp["Body"].read()
    except s3.exceptions.NoSuchKey:
        log.warning("missing %s", key)
        return None
    except ClientError as err:
        log.error("get_object failed: %s", err.response["Error"]["Code"])
        raise


def put_item_330(item_id, payload):
    ddb.put_item(
        TableName=TABLE,
        Item={"id": {"S": item_id}, "payload": {"S": json.dumps(payload)}},
        ConditionExpression="attribute_not_exists(id)",
    )
    table.put_item(Item={"id": item_id, "count": 330})


def send_messages_331(queue_url, bodies):
    entries = [{"Id": str(n), "MessageBody": body} for n, body in enumerate(bodies)]
    resp = sqs.send_message_batch(QueueUrl=queue_url, Entries=entries)
    for failure in resp.get("Failed", []):
        log.error("message %s failed", failure["Id"])
    return sqs.get_queue_attributes(QueueUrl=queue_url, AttributeNames=["All"])


def wait_for_instance_332(instance_id):
    ec2.start_instances(InstanceIds=[instance_id])
    waiter = ec2.get_waiter("instance_running")
    waiter.wait(InstanceIds=[instance_id], WaiterConfig={"Delay": 5, "MaxAttempts": 40})
    return ec2.describe_instances(InstanceIds=[instance_id])


def buggy_333(key):
    s3.put_object(bucket=BUCKET, Key=key, Body=b"data")
    return s3.list_object_v2(Bucket=BUCKET, MaxKeys=10)


class Store334:
    def __init__(self, bucket=BUCKET):
        self.client = boto3.client("s3")
        self.bucket = bucket

    def upload(self, path, key):
        self.client.upload_file(path, self.bucket, key)

    def url(self, key, expires=3600):
        return self.client.generate_presigned_url(
            "get_object", Params={"Bucket": self.bucket, "Key": key}, ExpiresIn=expires
        )


def invoke_335(name, payload):
    resp = lam.invoke(FunctionName=name, Payload=json.dumps(payload).encode())
    if resp.get("FunctionError"):
        raise RuntimeError(resp["Payload"].read())
    return json.loads(resp["Payload"].read())


def list_keys_336(prefix):
    """List the keys under a prefix."""
    paginator = s3.get_paginator("list_objects_v2")
    keys = []
    for page in paginator.paginate(Bucket=BUCKET, Prefix=prefix, PaginationConfig={"PageSize": 100}):
        for obj in page.get("Contents", []):
            keys.append(obj["Key"])
    return keys


def read_object_337(key):
    try:
        resp = s3.get_object(Bucket=BUCKET, Key=key)
        return resp["Body"].read()
    except s3.exceptions.NoSuchKey:
        log.warning("missing %s", key)
        return None
    except ClientError as err:
        log.error("get_object failed: %s", err.response["Error"]["Code"])
        raise


def put_item_338(item_id, payload):
    ddb.put_item(
        TableName=TABLE,
        Item={"id": {"S": item_id}, "payload": {"S": json.dumps(payload)}},
        ConditionExpression="attribute_not_exists(id)",
    )
    table.put_item(Item={"id": item_id, "count": 338})


def send_messages_339(queue_url, bodies):
    entries = [{"Id": str(n), "MessageBody": body} for n, body in enumerate(bodies)]
    resp = sqs.send_message_batch(QueueUrl=queue_url, Entries=entries)
    for failure in resp.get("Failed", []):
        log.error("message %s failed", failure["Id"])
    return sqs.get_queue_attributes(QueueUrl=queue_url, AttributeNames=["All"])


def wait_for_instance_340(instance_id):
    ec2.start_instances(InstanceIds=[instance_id])
    waiter = ec2.get_waiter("instance_running")
    waiter.wait(InstanceIds=[instance_id], WaiterConfig={"Delay": 5, "MaxAttempts": 40})
    return ec2.describe_instances(InstanceIds=[instance_id])


def buggy_341(key):
    s3.put_object(bucket=BUCKET, Key=key, Body=b"data")
    return s3.list_object_v2(Bucket=BUCKET, MaxKeys=10)


class Store342:
    def __init__(self, bucket=BUCKET):
        self.client = boto3.client("s3")
        self.bucket = bucket

    def upload(self, path, key):
        self.client.upload_file(path, self.bucket, key)

    def url(self, key, expires=3600):
        return self.client.generate_presigned_url(
            "get_object", Params={"Bucket": self.bucket, "Key": key}, ExpiresIn=expires
        )


def invoke_343(name, payload):
    resp = lam.invoke(FunctionName=name, Payload=json.dumps(payload).encode())
    if resp.get("FunctionError"):
        raise RuntimeError(resp["Payload"].read())
    return json.loads(resp["Payload"].read())


def list_keys_344(prefix):
    """List the keys under a prefix."""
    paginator = s3.get_paginator("list_objects_v2")
    keys = []
    for page in paginator.paginate(Bucket=BUCKET, Prefix=prefix, PaginationConfig={"PageSize": 100}):
        for obj in page.get("Contents", []):
            keys.append(obj["Key"])
    return keys


def read_object_345(key):
    try:
        resp = s3.get_object(Bucket=BUCKET, Key=key)
        return resp["Body"].read()
    except s3.exceptions.NoSuchKey:
        log.warning("missing %s", key)
        return None
    except ClientError as err:
        log.error("get_object failed: %s", err.response["Error"]["Code"])
        raise


def put_item_346(item_id, payload):
    ddb.put_item(
        TableName=TABLE,
        Item={"id": {"S": item_id}, "payload": {"S": json.dumps(payload)}},
        ConditionExpression="attribute_not_exists(id)",
    )
    table.put_item(Item={"id": item_id, "count": 346})


def send_messages_347(queue_url, bodies):
    entries = [{"Id": str(n), "MessageBody": body} for n, body in enumerate(bodies)]
    resp = sqs.send_message_batch(QueueUrl=queue_url, Entries=entries)
    for failure in resp.get("Failed", []):
        log.error("message %s failed", failure["Id"])
    return sqs.get_queue_attributes(QueueUrl=queue_url, AttributeNames=["All"])


def wait_for_instance_348(instance_id):
    ec2.start_instances(InstanceIds=[instance_id])
    waiter = ec2.get_waiter("instance_running")
    waiter.wait(InstanceIds=[instance_id], WaiterConfig={"Delay": 5, "MaxAttempts": 40})
    return ec2.describe_instances(InstanceIds=[instance_id])


def buggy_349(key):
    s3.put_object(bucket=BUCKET, Key=key, Body=b"data")
    return s3.list_object_v2(Bucket=BUCKET, MaxKeys=10)


class Store350:
    def __init__(self, bucket=BUCKET):
        self.client = boto3.client("s3")
        self.bucket = bucket

    def upload(self, path, key):
        self.client.upload_file(path, self.bucket, key)

    def url(self, key, expires=3600):
        return self.client.generate_presigned_url(
            "get_object", Params={"Bucket": self.bucket, "Key": key}, ExpiresIn=expires
        )


def invoke_351(name, payload):
    resp = lam.invoke(FunctionName=name, Payload=json.dumps(payload).encode())
    if resp.get("FunctionError"):
        raise RuntimeError(resp["Payload"].read())
    return json.loads(resp["Payload"].read())


def list_keys_352(prefix):
    """List the keys under a prefix."""
    paginator = s3.get_paginator("list_objects_v2")
    keys = []
    for page in paginator.paginate(Bucket=BUCKET, Prefix=prefix, PaginationConfig={"PageSize": 100}):
        for obj in page.get("Contents", []):
            keys.append(obj["Key"])
    return keys


def read_object_353(key):
    try:
        resp = s3.get_object(Bucket=BUCKET, Key=key)
        return resp["Body"].read()
    except s3.exceptions.NoSuchKey:
        log.warning("missing %s", key)
        return None
    except ClientError as err:
        log.error("get_object failed: %s", err.response["Error"]["Code"])
        raise


def put_item_354(item_id, payload):
    ddb.put_item(
        TableName=TABLE,
        Item={"id": {"S": item_id}, "payload": {"S": json.dumps(payload)}},
        ConditionExpression="attribute_not_exists(id)",
    )
    table.put_item(Item={"id": item_id, "count": 354})


def send_messages_355(queue_url, bodies):
    entries = [{"Id": str(n), "MessageBody": body} for n, body in enumerate(bodies)]
    resp = sqs.send_message_batch(QueueUrl=queue_url, Entries=entries)
    for failure in resp.get("Failed", []):
        log.error("message %s failed", failure["Id"])
    return sqs.get_queue_attributes(QueueUrl=queue_url, AttributeNames=["All"])


def wait_for_instance_356(instance_id):
    ec2.start_instances(InstanceIds=[instance_id])
    waiter = ec2.get_waiter("instance_running")
    waiter.wait(InstanceIds=[instance_id], WaiterConfig={"Delay": 5, "MaxAttempts": 40})
    return ec2.describe_instances(InstanceIds=[instance_id])


def buggy_357(key):
    s3.put_object(bucket=BUCKET, Key=key, Body=b"data")
    return s3.list_object_v2(Bucket=BUCKET, MaxKeys=10)


class Store358:
    def __init__(self, bucket=BUCKET):
        self.client = boto3.client("s3")
        self.bucket = bucket

    def upload(self, path, key):
        self.client.upload_file(path, self.bucket, key)

    def url(self, key, expires=3600):
        return self.client.generate_presigned_url(
            "get_object", Params={"Bucket": self.bucket, "Key": key}, ExpiresIn=expires
        )


def invoke_359(name, payload):
    resp = lam.invoke(FunctionName=name, Payload=json.dumps(payload).encode())
    if resp.get("FunctionError"):
        raise RuntimeError(resp["Payload"].read())
    return json.loads(resp["Payload"].read())


def list_keys_360(prefix):
    """List the keys under a prefix."""
    paginator = s3.get_paginator("list_objects_v2")
    keys = []
    for page in paginator.paginate(Bucket=BUCKET, Prefix=prefix, PaginationConfig={"PageSize": 100}):
        for obj in page.get("Contents", []):
            keys.append(obj["Key"])
    return keys


def read_object_361(key):
    try:
        resp = s3.get_object(Bucket=BUCKET, Key=key)
        return resp["Body"].read()
    except s3.exceptions.NoSuchKey:
        log.warning("missing %s", key)
        return None
    except ClientError as err:
        log.error("get_object failed: %s", err.response["Error"]["Code"])
        raise


def put_item_362(item_id, payload):
    ddb.put_item(
        TableName=TABLE,
        Item={"id": {"S": item_id}, "payload": {"S": json.dumps(payload)}},
        ConditionExpression="attribute_not_exists(id)",
    )
    table.put_item(Item={"id": item_id, "count": 362})


def send_messages_363(queue_url, bodies):
    entries = [{"Id": str(n), "MessageBody": body} for n, body in enumerate(bodies)]
    resp = sqs.send_message_batch(QueueUrl=queue_url, Entries=entries)
    for failure in resp.get("Failed", []):
        log.error("message %s failed", failure["Id"])
    return sqs.get_queue_attributes(QueueUrl=queue_url, AttributeNames=["All"])


def wait_for_instance_364(instance_id):
    ec2.start_instances(InstanceIds=[instance_id])
    waiter = ec2.get_waiter("instance_running")
    waiter.wait(InstanceIds=[instance_id], WaiterConfig={"Delay": 5, "MaxAttempts": 40})
    return ec2.describe_instances(InstanceIds=[instance_id])


def buggy_365(key):
    s3.put_object(bucket=BUCKET, Key=key, Body=b"data")
    return s3.list_object_v2(Bucket=BUCKET, MaxKeys=10)


class Store366:
    def __init__(self, bucket=BUCKET):
        self.client = boto3.client("s3")
        self.bucket = bucket

    def upload(self, path, key):
        self.client.upload_file(path, self.bucket, key)

    def url(self, key, expires=3600):
        return self.client.generate_presigned_url(
            "get_object", Params={"Bucket": self.bucket, "Key": key}, ExpiresIn=expires
        )


def invoke_367(name, payload):
    resp = lam.invoke(FunctionName=name, Payload=json.dumps(payload).encode())
    if resp.get("FunctionError"):
        raise RuntimeError(resp["Payload"].read())
    return json.loads(resp["Payload"].read())


def list_keys_368(prefix):
    """List the keys under a prefix."""
    paginator = s3.get_paginator("list_objects_v2")
    keys = []
    for page in paginator.paginate(Bucket=BUCKET, Prefix=prefix, PaginationConfig={"PageSize": 100}):
        for obj in page.get("Contents", []):
            keys.append(obj["Key"])
    return keys


def read_object_369(key):
    try:
        resp = s3.get_object(Bucket=BUCKET, Key=key)
        return resp["Body"].read()
    except s3.exceptions.NoSuchKey:
        log.warning("missing %s", key)
        return None
    except ClientError as err:
        log.error("get_object failed: %s", err.response["Error"]["Code"])
        raise


def put_item_370(item_id, payload):
    ddb.put_item(
        TableName=TABLE,
        Item={"id": {"S": item_id}, "payload": {"S": json.dumps(payload)}},
        ConditionExpression="attribute_not_exists(id)",
    )
    table.put_item(Item={"id": item_id, "count": 370})


def send_messages_371(queue_url, bodies):
    entries = [{"Id": str(n), "MessageBody": body} for n, body in enumerate(bodies)]
    resp = sqs.send_message_batch(QueueUrl=queue_url, Entries=entries)
    for failure in resp.get("Failed", []):
        log.error("message %s failed", failure["Id"])
    return sqs.get_queue_attributes(QueueUrl=queue_url, AttributeNames=["All"])


def wait_for_instance_372(instance_id):
    ec2.start_instances(InstanceIds=[instance_id])
    waiter = ec2.get_waiter("instance_running")
    waiter.wait(InstanceIds=[instance_id], WaiterConfig={"Delay": 5, "MaxAttempts": 40})
    return ec2.describe_instances(InstanceIds=[instance_id])


def buggy_373(key):
    s3.put_object(bucket=BUCKET, Key=key, Body=b"data")
    return s3.list_object_v2(Bucket=BUCKET, MaxKeys=10)


class Store374:
    def __init__(self, bucket=BUCKET):
        self.client = boto3.client("s3")
        self.bucket = bucket

    def upload(self, path, key):
        self.client.upload_file(path, self.bucket, key)

    def url(self, key, expires=3600):
        return self.client.generate_presigned_url(
            "get_object", Params={"Bucket": self.bucket, "Key": key}, ExpiresIn=expires
        )


def invoke_375(name, payload):
    resp = lam.invoke(FunctionName=name, Payload=json.dumps(payload).encode())
    if resp.get("FunctionError"):
        raise RuntimeError(resp["Payload"].read())
    return json.loads(resp["Payload"].read())


def list_keys_376(prefix):
    """List the keys under a prefix."""
    paginator = s3.get_paginator("list_objects_v2")
    keys = []
    for page in paginator.paginate(Bucket=BUCKET, Prefix=prefix, PaginationConfig={"PageSize": 100}):
        for obj in page.get("Contents", []):
            keys.append(obj["Key"])
    return keys


def read_object_377(key):
    try:
        resp = s3.get_object(Bucket=BUCKET, Key=key)
        return resp["Body"].read()
    except s3.exceptions.NoSuchKey:
        log.warning("missing %s", key)
        return None
    except ClientError as err:
        log.error("get_object failed: %s", err.response["Error"]["Code"])
        raise


def put_item_378(item_id, payload):
    ddb.put_item(
        TableName=TABLE,
        Item={"id": {"S": item_id}, "payload": {"S": json.dumps(payload)}},
        ConditionExpression="attribute_not_exists(id)",
    )
    table.put_item(Item={"id": item_id, "count": 378})


def send_messages_379(queue_url, bodies):
    entries = [{"Id": str(n), "MessageBody": body} for n, body in enumerate(bodies)]
    resp = sqs.send_message_batch(QueueUrl=queue_url, Entries=entries)
    for failure in resp.get("Failed", []):
        log.error("message %s failed", failure["Id"])
    return sqs.get_queue_attributes(QueueUrl=queue_url, AttributeNames=["All"])


def wait_for_instance_380(instance_id):
    ec2.start_instances(InstanceIds=[instance_id])
    waiter = ec2.get_waiter("instance_running")
    waiter.wait(InstanceIds=[instance_id], WaiterConfig={"Delay": 5, "MaxAttempts": 40})
    return ec2.describe_instances(InstanceIds=[instance_id])


def buggy_381(key):
    s3.put_object(bucket=BUCKET, Key=key, Body=b"data")
    return s3.list_object_v2(Bucket=BUCKET, MaxKeys=10)


class Store382:
    def __init__(self, bucket=BUCKET):
        self.client = boto3.client("s3")
        self.bucket = bucket

    def upload(self, path, key):
        self.client.upload_file(path, self.bucket, key)

    def url(self, key, expires=3600):
        return self.client.generate_presigned_url(
            "get_object", Params={"Bucket": self.bucket, "Key": key}, ExpiresIn=expires
        )


def invoke_383(name, payload):
    resp = lam.invoke(FunctionName=name, Payload=json.dumps(payload).encode())
    if resp.get("FunctionError"):
        raise RuntimeError(resp["Payload"].read())
    return json.loads(resp["Payload"].read())


def list_keys_384(prefix):
    """List the keys under a prefix."""
    paginator = s3.get_paginator("list_objects_v2")
    keys = []
    for page in paginator.paginate(Bucket=BUCKET, Prefix=prefix, PaginationConfig={"PageSize": 100}):
        for obj in page.get("Contents", []):
            keys.append(obj["Key"])
    return keys


def read_object_385(key):
    try:
        resp = s3.get_object(Bucket=BUCKET, Key=key)
        return resp["Body"].read()
    except s3.exceptions.NoSuchKey:
        log.warning("missing %s", key)
        return None
    except ClientError as err:
        log.error("get_object failed: %s", err.response["Error"]["Code"])
        raise


def put_item_386(item_id, payload):
    ddb.put_item(
        TableName=TABLE,
        Item={"id": {"S": item_id}, "payload": {"S": json.dumps(payload)}},
        ConditionExpression="attribute_not_exists(id)",
    )
    table.put_item(Item={"id": item_id, "count": 386})


def send_messages_387(queue_url, bodies):
    entries = [{"Id": str(n), "MessageBody": body} for n, body in enumerate(bodies)]
    resp = sqs.send_message_batch(QueueUrl=queue_url, Entries=entries)
    for failure in resp.get("Failed", []):
        log.error("message %s failed", failure["Id"])
    return sqs.get_queue_attributes(QueueUrl=queue_url, AttributeNames=["All"])


def wait_for_instance_388(instance_id):
    ec2.start_instances(InstanceIds=[instance_id])
    waiter = ec2.get_waiter("instance_running")
    waiter.wait(InstanceIds=[instance_id], WaiterConfig={"Delay": 5, "MaxAttempts": 40})
    return ec2.describe_instances(InstanceIds=[instance_id])


def buggy_389(key):
    s3.put_object(bucket=BUCKET, Key=key, Body=b"data")
    return s3.list_object_v2(Bucket=BUCKET, MaxKeys=10)


class Store390:
    def __init__(self, bucket=BUCKET):
        self.client = boto3.client("s3")
        self.bucket = bucket

    def upload(self, path, key):
        self.client.upload_file(path, self.bucket, key)

    def url(self, key, expires=3600):
        return self.client.generate_presigned_url(
            "get_object", Params={"Bucket": self.bucket, "Key": key}, ExpiresIn=expires
        )


def invoke_391(name, payload):
    resp = lam.invoke(FunctionName=name, Payload=json.dumps(payload).encode())
    if resp.get("FunctionError"):
        raise RuntimeError(resp["Payload"].read())
    return json.loads(resp["Payload"].read())


def list_keys_392(prefix):
    """List the keys under a prefix."""
    paginator = s3.get_paginator("list_objects_v2")
    keys = []
    for page in paginator.paginate(Bucket=BUCKET, Prefix=prefix, PaginationConfig={"PageSize": 100}):
        for obj in page.get("Contents", []):
            keys.append(obj["Key"])
    return keys


def read_object_393(key):
    try:
        resp = s3.get_object(Bucket=BUCKET, Key=key)
        return resp["Body"].read()
    except s3.exceptions.NoSuchKey:
        log.warning("missing %s", key)
        return None
    except ClientError as err:
        log.error("get_object failed: %s", err.response["Error"]["Code"])
        raise


def put_item_394(item_id, payload):
    ddb.put_item(
        TableName=TABLE,
        Item={"id": {"S": item_id}, "payload": {"S": json.dumps(payload)}},
        ConditionExpression="attribute_not_exists(id)",
    )
    table.put_item(Item={"id": item_id, "count": 394})


def send_messages_395(queue_url, bodies):
    entries = [{"Id": str(n), "MessageBody": body} for n, body in enumerate(bodies)]
    resp = sqs.send_message_batch(QueueUrl=queue_url, Entries=entries)
    for failure in resp.get("Failed", []):
        log.error("message %s failed", failure["Id"])
    return sqs.get_queue_attributes(QueueUrl=queue_url, AttributeNames=["All"])


def wait_for_instance_396(instance_id):
    ec2.start_instances(InstanceIds=[instance_id])
    waiter = ec2.get_waiter("instance_running")
    waiter.wait(InstanceIds=[instance_id], WaiterConfig={"Delay": 5, "MaxAttempts": 40})
    return ec2.describe_instances(InstanceIds=[instance_id])


def buggy_397(key):
    s3.put_object(bucket=BUCKET, Key=key, Body=b"data")
    return s3.list_object_v2(Bucket=BUCKET, MaxKeys=10)


class Store398:
    def __init__(self, bucket=BUCKET):
        self.client = boto3.client("s3")
        self.bucket = bucket

    def upload(self, path, key):
        self.client.upload_file(path, self.bucket, key)

    def url(self, key, expires=3600):
        return self.client.generate_presigned_url(
            "get_object", Params={"Bucket": self.bucket, "Key": key}, ExpiresIn=expires
        )


def invoke_399(name, payload):
    resp = lam.invoke(FunctionName=name, Payload=json.dumps(payload).encode())
    if resp.get("FunctionError"):
        raise RuntimeError(resp["Payload"].read())
    return json.loads(resp["Payload"].read())


def list_keys_400(prefix):
    """List the keys under a prefix."""
    paginator = s3.get_paginator("list_objects_v2")
    keys = []
    for page in paginator.paginate(Bucket=BUCKET, Prefix=prefix, PaginationConfig={"PageSize": 100}):
        for obj in page.get("Contents", []):
            keys.append(obj["Key"])
    return keys


def read_object_401(key):
    try:
        resp = s3.get_object(Bucket=BUCKET, Key=key)
        return resp["Body"].read()
    except s3.exceptions.NoSuchKey:
        log.warning("missing %s", key)
        return None
    except ClientError as err:
        log.error("get_object failed: %s", err.response["Error"]["Code"])
        raise


def put_item_402(item_id, payload):
    ddb.put_item(
        TableName=TABLE,
        Item={"id": {"S": item_id}, "payload": {"S": json.dumps(payload)}},
        ConditionExpression="attribute_not_exists(id)",
    )
    table.put_item(Item={"id": item_id, "count": 402})


def send_messages_403(queue_url, bodies):
    entries = [{"Id": str(n), "MessageBody": body} for n, body in enumerate(bodies)]
    resp = sqs.send_message_batch(QueueUrl=queue_url, Entries=entries)
    for failure in resp.get("Failed", []):
        log.error("message %s failed", failure["Id"])
    return sqs.get_queue_attributes(QueueUrl=queue_url, AttributeNames=["All"])


def wait_for_instance_404(instance_id):
    ec2.start_instances(InstanceIds=[instance_id])
    waiter = ec2.get_waiter("instance_running")
    waiter.wait(InstanceIds=[instance_id], WaiterConfig={"Delay": 5, "MaxAttempts": 40})
    return ec2.describe_instances(InstanceIds=[instance_id])


def buggy_405(key):
    s3.put_object(bucket=BUCKET, Key=key, Body=b"data")
    return s3.list_object_v2(Bucket=BUCKET, MaxKeys=10)


class Store406:
    def __init__(self, bucket=BUCKET):
        self.client = boto3.client("s3")
        self.bucket = bucket

    def upload(self, path, key):
        self.client.upload_file(path, self.bucket, key)

    def url(self, key, expires=3600):
        return self.client.generate_presigned_url(
            "get_object", Params={"Bucket": self.bucket, "Key": key}, ExpiresIn=expires
        )


def invoke_407(name, payload):
    resp = lam.invoke(FunctionName=name, Payload=json.dumps(payload).encode())
    if resp.get("FunctionError"):
        raise RuntimeError(resp["Payload"].read())
    return json.loads(resp["Payload"].read())


def list_keys_408(prefix):
    """List the keys under a prefix."""
    paginator = s3.get_paginator("list_objects_v2")
    keys = []
    for page in paginator.paginate(Bucket=BUCKET, Prefix=prefix, PaginationConfig={"PageSize": 100}):
        for obj in page.get("Contents", []):
            keys.append(obj["Key"])
    return keys


def read_object_409(key):
    try:
        resp = s3.get_object(Bucket=BUCKET, Key=key)
        return resp["Body"].read()
    except s3.exceptions.NoSuchKey:
        log.warning("missing %s", key)
        return None
    except ClientError as err:
        log.error("get_object failed: %s", err.response["Error"]["Code"])
        raise


def put_item_410(item_id, payload):
    ddb.put_item(
        TableName=TABLE,
        Item={"id": {"S": item_id}, "payload": {"S": json.dumps(payload)}},
        ConditionExpression="attribute_not_exists(id)",
    )
    table.put_item(Item={"id": item_id, "count": 410})


def send_messages_411(queue_url, bodies):
    entries = [{"Id": str(n), "MessageBody": body} for n, body in enumerate(bodies)]
    resp = sqs.send_message_batch(QueueUrl=queue_url, Entries=entries)
    for failure in resp.get("Failed", []):
        log.error("message %s failed", failure["Id"])
    return sqs.get_queue_attributes(QueueUrl=queue_url, AttributeNames=["All"])


def wait_for_instance_412(instance_id):
    ec2.start_instances(InstanceIds=[instance_id])
    waiter = ec2.get_waiter("instance_running")
    waiter.wait(InstanceIds=[instance_id], WaiterConfig={"Delay": 5, "MaxAttempts": 40})
    return ec2.describe_instances(InstanceIds=[instance_id])


def buggy_413(key):
    s3.put_object(bucket=BUCKET, Key=key, Body=b"data")
    return s3.list_object_v2(Bucket=BUCKET, MaxKeys=10)


class Store414:
    def __init__(self, bucket=BUCKET):
        self.client = boto3.client("s3")
        self.bucket = bucket

    def upload(self, path, key):
        self.client.upload_file(path, self.bucket, key)

    def url(self, key, expires=3600):
        return self.client.generate_presigned_url(
            "get_object", Params={"Bucket": self.bucket, "Key": key}, ExpiresIn=expires
        )


def invoke_415(name, payload):
    resp = lam.invoke(FunctionName=name, Payload=json.dumps(payload).encode())
    if resp.get("FunctionError"):
        raise RuntimeError(resp["Payload"].read())
    return json.loads(resp["Payload"].read())


def list_keys_416(prefix):
    """List the keys under a prefix."""
    paginator = s3.get_paginator("list_objects_v2")
    keys = []
    for page in paginator.paginate(Bucket=BUCKET, Prefix=prefix, PaginationConfig={"PageSize": 100}):
        for obj in page.get("Contents", []):
            keys.append(obj["Key"])
    return keys


def read_object_417(key):
    try:
        resp = s3.get_object(Bucket=BUCKET, Key=key)
        return resp["Body"].read()
    except s3.exceptions.NoSuchKey:
        log.warning("missing %s", key)
        return None
    except ClientError as err:
        log.error("get_object failed: %s", err.response["Error"]["Code"])
        raise


def put_item_418(item_id, payload):
    ddb.put_item(
        TableName=TABLE,
        Item={"id": {"S": item_id}, "payload": {"S": json.dumps(payload)}},
        ConditionExpression="attribute_not_exists(id)",
    )
    table.put_item(Item={"id": item_id, "count": 418})


def send_messages_419(queue_url, bodies):
    entries = [{"Id": str(n), "MessageBody": body} for n, body in enumerate(bodies)]
    resp = sqs.send_message_batch(QueueUrl=queue_url, Entries=entries)
    for failure in resp.get("Failed", []):
        log.error("message %s failed", failure["Id"])
    return sqs.get_queue_attributes(QueueUrl=queue_url, AttributeNames=["All"])


def wait_for_instance_420(instance_id):
    ec2.start_instances(InstanceIds=[instance_id])
    waiter = ec2.get_waiter("instance_running")
    waiter.wait(InstanceIds=[instance_id], WaiterConfig={"Delay": 5, "MaxAttempts": 40})
    return ec2.describe_instances(InstanceIds=[instance_id])


def buggy_421(key):
    s3.put_object(bucket=BUCKET, Key=key, Body=b"data")
    return s3.list_object_v2(Bucket=BUCKET, MaxKeys=10)


class Store422:
    def __init__(self, bucket=BUCKET):
        self.client = boto3.client("s3")
        self.bucket = bucket

    def upload(self, path, key):
        self.client.upload_file(path, self.bucket, key)

    def url(self, key, expires=3600):
        return self.client.generate_presigned_url(
            "get_object", Params={"Bucket": self.bucket, "Key": key}, ExpiresIn=expires
        )


def invoke_423(name, payload):
    resp = lam.invoke(FunctionName=name, Payload=json.dumps(payload).encode())
    if resp.get("FunctionError"):
        raise RuntimeError(resp["Payload"].read())
    return json.loads(resp["Payload"].read())


def list_keys_424(prefix):
    """List the keys under a prefix."""
    paginator = s3.get_paginator("list_objects_v2")
    keys = []
    for page in paginator.paginate(Bucket=BUCKET, Prefix=prefix, PaginationConfig={"PageSize": 100}):
        for obj in page.get("Contents", []):
            keys.append(obj["Key"])
    return keys


def read_object_425(key):
    try:
        resp = s3.get_object(Bucket=BUCKET, Key=key)
        return resp["Body"].read()
    except s3.exceptions.NoSuchKey:
        log.warning("missing %s", key)
        return None
    except ClientError as err:
        log.error("get_object failed: %s", err.response["Error"]["Code"])
        raise


def put_item_426(item_id, payload):
    ddb.put_item(
        TableName=TABLE,
        Item={"id": {"S": item_id}, "payload": {"S": json.dumps(payload)}},
        ConditionExpression="attribute_not_exists(id)",
    )
    table.put_item(Item={"id": item_id, "count": 426})


def send_messages_427(queue_url, bodies):
    entries = [{"Id": str(n), "MessageBody": body} for n, body in enumerate(bodies)]
    resp = sqs.send_message_batch(QueueUrl=queue_url, Entries=entries)
    for failure in resp.get("Failed", []):
        log.error("message %s failed", failure["Id"])
    return sqs.get_queue_attributes(QueueUrl=queue_url, AttributeNames=["All"])


def wait_for_instance_428(instance_id):
    ec2.start_instances(InstanceIds=[instance_id])
    waiter = ec2.get_waiter("instance_running")
    waiter.wait(InstanceIds=[instance_id], WaiterConfig={"Delay": 5, "MaxAttempts": 40})
    return ec2.describe_instances(InstanceIds=[instance_id])


def buggy_429(key):
    s3.put_object(bucket=BUCKET, Key=key, Body=b"data")
    return s3.list_object_v2(Bucket=BUCKET, MaxKeys=10)


class Store430:
    def __init__(self, bucket=BUCKET):
        self.client = boto3.client("s3")
        self.bucket = bucket

    def upload(self, path, key):
        self.client.upload_file(path, self.bucket, key)

    def url(self, key, expires=3600):
        return self.client.generate_presigned_url(
            "get_object", Params={"Bucket": self.bucket, "Key": key}, ExpiresIn=expires
        )


def invoke_431(name, payload):
    resp = lam.invoke(FunctionName=name, Payload=json.dumps(payload).encode())
    if resp.get("FunctionError"):
        raise RuntimeError(resp["Payload"].read())
    return json.loads(resp["Payload"].read())


def list_keys_432(prefix):
    """List the keys under a prefix."""
    paginator = s3.get_paginator("list_objects_v2")
    keys = []
    for page in paginator.paginate(Bucket=BUCKET, Prefix=prefix, PaginationConfig={"PageSize": 100}):
        for obj in page.get("Contents", []):
            keys.append(obj["Key"])
    return keys


def read_object_433(key):
    try:
        resp = s3.get_object(Bucket=BUCKET, Key=key)
        return resp["Body"].read()
    except s3.exceptions.NoSuchKey:
        log.warning("missing %s", key)
        return None
    except ClientError as err:
        log.error("get_object failed: %s", err.response["Error"]["Code"])
        raise


def put_item_434(item_id, payload):
    ddb.put_item(
        TableName=TABLE,
        Item={"id": {"S": item_id}, "payload": {"S": json.dumps(payload)}},
        ConditionExpression="attribute_not_exists(id)",
    )
    table.put_item(Item={"id": item_id, "count": 434})


def send_messages_435(queue_url, bodies):
    entries = [{"Id": str(n), "MessageBody": body} for n, body in enumerate(bodies)]
    resp = sqs.send_message_batch(QueueUrl=queue_url, Entries=entries)
    for failure in resp.get("Failed", []):
        log.error("message %s failed", failure["Id"])
    return sqs.get_queue_attributes(QueueUrl=queue_url, AttributeNames=["All"])


def wait_for_instance_436(instance_id):
    ec2.start_instances(InstanceIds=[instance_id])
    waiter = ec2.get_waiter("instance_running")
    waiter.wait(InstanceIds=[instance_id], WaiterConfig={"Delay": 5, "MaxAttempts": 40})
    return ec2.describe_instances(InstanceIds=[instance_id])


def buggy_437(key):
    s3.put_object(bucket=BUCKET, Key=key, Body=b"data")
    return s3.list_object_v2(Bucket=BUCKET, MaxKeys=10)


class Store438:
    def __init__(self, bucket=BUCKET):
        self.client = boto3.client("s3")
        self.bucket = bucket

    def upload(self, path, key):
        self.client.upload_file(path, self.bucket, key)

    def url(self, key, expires=3600):
        return self.client.generate_presigned_url(
            "get_object", Params={"Bucket": self.bucket, "Key": key}, ExpiresIn=expires
        )


def invoke_439(name, payload):
    resp = lam.invoke(FunctionName=name, Payload=json.dumps(payload).encode())
    if resp.get("FunctionError"):
        raise RuntimeError(resp["Payload"].read())
    return json.loads(resp["Payload"].read())


def list_keys_440(prefix):
    """List the keys under a prefix."""
    paginator = s3.get_paginator("list_objects_v2")
    keys = []
    for page in paginator.paginate(Bucket=BUCKET, Prefix=prefix, PaginationConfig={"PageSize": 100}):
        for obj in page.get("Contents", []):
            keys.append(obj["Key"])
    return keys


def read_object_441(key):
    try:
        resp = s3.get_object(Bucket=BUCKET, Key=key)
        return resp["Body"].read()
    except s3.exceptions.NoSuchKey:
        log.warning("missing %s", key)
        return None
    except ClientError as err:
        log.error("get_object failed: %s", err.response["Error"]["Code"])
        raise


def put_item_442(item_id, payload):
    ddb.put_item(
        TableName=TABLE,
        Item={"id": {"S": item_id}, "payload": {"S": json.dumps(payload)}},
        ConditionExpression="attribute_not_exists(id)",
    )
    table.put_item(Item={"id": item_id, "count": 442})


def send_messages_443(queue_url, bodies):
    entries = [{"Id": str(n), "MessageBody": body} for n, body in enumerate(bodies)]
    resp = sqs.send_message_batch(QueueUrl=queue_url, Entries=entries)
    for failure in resp.get("Failed", []):
        log.error("message %s failed", failure["Id"])
    return sqs.get_queue_attributes(QueueUrl=queue_url, AttributeNames=["All"])


def wait_for_instance_444(instance_id):
    ec2.start_instances(InstanceIds=[instance_id])
    waiter = ec2.get_waiter("instance_running")
    waiter.wait(InstanceIds=[instance_id], WaiterConfig={"Delay": 5, "MaxAttempts": 40})
    return ec2.describe_instances(InstanceIds=[instance_id])


def buggy_445(key):
    s3.put_object(bucket=BUCKET, Key=key, Body=b"data")
    return s3.list_object_v2(Bucket=BUCKET, MaxKeys=10)


class Store446:
    def __init__(self, bucket=BUCKET):
        self.client = boto3.client("s3")
        self.bucket = bucket

    def upload(self, path, key):
        self.client.upload_file(path, self.bucket, key)

    def url(self, key, expires=3600):
        return self.client.generate_presigned_url(
            "get_object", Params={"Bucket": self.bucket, "Key": key}, ExpiresIn=expires
        )


def invoke_447(name, payload):
    resp = lam.invoke(FunctionName=name, Payload=json.dumps(payload).encode())
    if resp.get("FunctionError"):
        raise RuntimeError(resp["Payload"].read())
    return json.loads(resp["Payload"].read())


def list_keys_448(prefix):
    """List the keys under a prefix."""
    paginator = s3.get_paginator("list_objects_v2")
    keys = []
    for page in paginator.paginate(Bucket=BUCKET, Prefix=prefix, PaginationConfig={"PageSize": 100}):
        for obj in page.get("Contents", []):
            keys.append(obj["Key"])
    return keys


def read_object_449(key):
    try:
        resp = s3.get_object(Bucket=BUCKET, Key=key)
        return resp["Body"].read()
    except s3.exceptions.NoSuchKey:
        log.warning("missing %s", key)
        return None
    except ClientError as err:
        log.error("get_object failed: %s", err.response["Error"]["Code"])
        raise


def put_item_450(item_id, payload):
    ddb.put_item(
        TableName=TABLE,
        Item={"id": {"S": item_id}, "payload": {"S": json.dumps(payload)}},
        ConditionExpression="attribute_not_exists(id)",
    )
    table.put_item(Item={"id": item_id, "count": 450})


def send_messages_451(queue_url, bodies):
    entries = [{"Id": str(n), "MessageBody": body} for n, body in enumerate(bodies)]
    resp = sqs.send_message_batch(QueueUrl=queue_url, Entries=entries)
    for failure in resp.get("Failed", []):
        log.error("message %s failed", failure["Id"])
    return sqs.get_queue_attributes(QueueUrl=queue_url, AttributeNames=["All"])


def wait_for_instance_452(instance_id):
    ec2.start_instances(InstanceIds=[instance_id])
    waiter = ec2.get_waiter("instance_running")
    waiter.wait(InstanceIds=[instance_id], WaiterConfig={"Delay": 5, "MaxAttempts": 40})
    return ec2.describe_instances(InstanceIds=[instance_id])


def buggy_453(key):
    s3.put_object(bucket=BUCKET, Key=key, Body=b"data")
    return s3.list_object_v2(Bucket=BUCKET, MaxKeys=10)


class Store454:
    def __init__(self, bucket=BUCKET):
        self.client = boto3.client("s3")
        self.bucket = bucket

    def upload(self, path, key):
        self.client.upload_file(path, self.bucket, key)

    def url(self, key, expires=3600):
        return self.client.generate_presigned_url(
            "get_object", Params={"Bucket": self.bucket, "Key": key}, ExpiresIn=expires
        )


def invoke_455(name, payload):
    resp = lam.invoke(FunctionName=name, Payload=json.dumps(payload).encode())
    if resp.get("FunctionError"):
        raise RuntimeError(resp["Payload"].read())
    return json.loads(resp["Payload"].read())


def list_keys_456(prefix):
    """List the keys under a prefix."""
    paginator = s3.get_paginator("list_objects_v2")
    keys = []
    for page in paginator.paginate(Bucket=BUCKET, Prefix=prefix, PaginationConfig={"PageSize": 100}):
        for obj in page.get("Contents", []):
            keys.append(obj["Key"])
    return keys


def read_object_457(key):
    try:
        resp = s3.get_object(Bucket=BUCKET, Key=key)
        return resp["Body"].read()
    except s3.exceptions.NoSuchKey:
        log.warning("missing %s", key)
        return None
    except ClientError as err:
        log.error("get_object failed: %s", err.response["Error"]["Code"])
        raise


def put_item_458(item_id, payload):
    ddb.put_item(
        TableName=TABLE,
        Item={"id": {"S": item_id}, "payload": {"S": json.dumps(payload)}},
        ConditionExpression="attribute_not_exists(id)",
    )
    table.put_item(Item={"id": item_id, "count": 458})


def send_messages_459(queue_url, bodies):
    entries = [{"Id": str(n), "MessageBody": body} for n, body in enumerate(bodies)]
    resp = sqs.send_message_batch(QueueUrl=queue_url, Entries=entries)
    for failure in resp.get("Failed", []):
        log.error("message %s failed", failure["Id"])
    return sqs.get_queue_attributes(QueueUrl=queue_url, AttributeNames=["All"])


def wait_for_instance_460(instance_id):
    ec2.start_instances(InstanceIds=[instance_id])
    waiter = ec2.get_waiter("instance_running")
    waiter.wait(InstanceIds=[instance_id], WaiterConfig={"Delay": 5, "MaxAttempts": 40})
    return ec2.describe_instances(InstanceIds=[instance_id])


def buggy_461(key):
    s3.put_object(bucket=BUCKET, Key=key, Body=b"data")
    return s3.list_object_v2(Bucket=BUCKET, MaxKeys=10)


class Store462:
    def __init__(self, bucket=BUCKET):
        self.client = boto3.client("s3")
        self.bucket = bucket

    def upload(self, path, key):
        self.client.upload_file(path, self.bucket, key)

    def url(self, key, expires=3600):
        return self.client.generate_presigned_url(
            "get_object", Params={"Bucket": self.bucket, "Key": key}, ExpiresIn=expires
        )


def invoke_463(name, payload):
    resp = lam.invoke(FunctionName=name, Payload=json.dumps(payload).encode())
    if resp.get("FunctionError"):
        raise RuntimeError(resp["Payload"].read())
    return json.loads(resp["Payload"].read())


def list_keys_464(prefix):
    """List the keys under a prefix."""
    paginator = s3.get_paginator("list_objects_v2")
    keys = []
    for page in paginator.paginate(Bucket=BUCKET, Prefix=prefix, PaginationConfig={"PageSize": 100}):
        for obj in page.get("Contents", []):
            keys.append(obj["Key"])
    return keys


def read_object_465(key):
    try:
        resp = s3.get_object(Bucket=BUCKET, Key=key)
        return resp["Body"].read()
    except s3.exceptions.NoSuchKey:
        log.warning("missing %s", key)
        return None
    except ClientError as err:
        log.error("get_object failed: %s", err.response["Error"]["Code"])
        raise


def put_item_466(item_id, payload):
    ddb.put_item(
        TableName=TABLE,
        Item={"id": {"S": item_id}, "payload": {"S": json.dumps(payload)}},
        ConditionExpression="attribute_not_exists(id)",
    )
    table.put_item(Item={"id": item_id, "count": 466})


def send_messages_467(queue_url, bodies):
    entries = [{"Id": str(n), "MessageBody": body} for n, body in enumerate(bodies)]
    resp = sqs.send_message_batch(QueueUrl=queue_url, Entries=entries)
    for failure in resp.get("Failed", []):
        log.error("message %s failed", failure["Id"])
    return sqs.get_queue_attributes(QueueUrl=queue_url, AttributeNames=["All"])


def wait_for_instance_468(instance_id):
    ec2.start_instances(InstanceIds=[instance_id])
    waiter = ec2.get_waiter("instance_running")
    waiter.wait(InstanceIds=[instance_id], WaiterConfig={"Delay": 5, "MaxAttempts": 40})
    return ec2.describe_instances(InstanceIds=[instance_id])


def buggy_469(key):
    s3.put_object(bucket=BUCKET, Key=key, Body=b"data")
    return s3.list_object_v2(Bucket=BUCKET, MaxKeys=10)


class Store470:
    def __init__(self, bucket=BUCKET):
        self.client = boto3.client("s3")
        self.bucket = bucket

    def upload(self, path, key):
        self.client.upload_file(path, self.bucket, key)

    def url(self, key, expires=3600):
        return self.client.generate_presigned_url(
            "get_object", Params={"Bucket": self.bucket, "Key": key}, ExpiresIn=expires
        )


def invoke_471(name, payload):
    resp = lam.invoke(FunctionName=name, Payload=json.dumps(payload).encode())
    if resp.get("FunctionError"):
        raise RuntimeError(resp["Payload"].read())
    return json.loads(resp["Payload"].read())


def list_keys_472(prefix):
    """List the keys under a prefix."""
    paginator = s3.get_paginator("list_objects_v2")
    keys = []
    for page in paginator.paginate(Bucket=BUCKET, Prefix=prefix, PaginationConfig={"PageSize": 100}):
        for obj in page.get("Contents", []):
            keys.append(obj["Key"])
    return keys


def read_object_473(key):
    try:
        resp = s3.get_object(Bucket=BUCKET, Key=key)
        return resp["Body"].read()
    except s3.exceptions.NoSuchKey:
        log.warning("missing %s", key)
        return None
    except ClientError as err:
        log.error("get_object failed: %s", err.response["Error"]["Code"])
        raise


def put_item_474(item_id, payload):
    ddb.put_item(
        TableName=TABLE,
        Item={"id": {"S": item_id}, "payload": {"S": json.dumps(payload)}},
        ConditionExpression="attribute_not_exists(id)",
    )
    table.put_item(Item={"id": item_id, "count": 474})


def send_messages_475(queue_url, bodies):
    entries = [{"Id": str(n), "MessageBody": body} for n, body in enumerate(bodies)]
    resp = sqs.send_message_batch(QueueUrl=queue_url, Entries=entries)
    for failure in resp.get("Failed", []):
        log.error("message %s failed", failure["Id"])
    return sqs.get_queue_attributes(QueueUrl=queue_url, AttributeNames=["All"])


def wait_for_instance_476(instance_id):
    ec2.start_instances(InstanceIds=[instance_id])
    waiter = ec2.get_waiter("instance_running")
    waiter.wait(InstanceIds=[instance_id], WaiterConfig={"Delay": 5, "MaxAttempts": 40})
    return ec2.describe_instances(InstanceIds=[instance_id])


def buggy_477(key):
    s3.put_object(bucket=BUCKET, Key=key, Body=b"data")
    return s3.list_object_v2(Bucket=BUCKET, MaxKeys=10)


class Store478:
    def __init__(self, bucket=BUCKET):
        self.client = boto3.client("s3")
        self.bucket = bucket

    def upload(self, path, key):
        self.client.upload_file(path, self.bucket, key)

    def url(self, key, expires=3600):
        return self.client.generate_presigned_url(
            "get_object", Params={"Bucket": self.bucket, "Key": key}, ExpiresIn=expires
        )


def invoke_479(name, payload):
    resp = lam.invoke(FunctionName=name, Payload=json.dumps(payload).encode())
    if resp.get("FunctionError"):
        raise RuntimeError(resp["Payload"].read())
    return json.loads(resp["Payload"].read())


def list_keys_480(prefix):
    """List the keys under a prefix."""
    paginator = s3.get_paginator("list_objects_v2")
    keys = []
    for page in paginator.paginate(Bucket=BUCKET, Prefix=prefix, PaginationConfig={"PageSize": 100}):
        for obj in page.get("Contents", []):
            keys.append(obj["Key"])
    return keys


def read_object_481(key):
    try:
        resp = s3.get_object(Bucket=BUCKET, Key=key)
        return resp["Body"].read()
    except s3.exceptions.NoSuchKey:
        log.warning("missing %s", key)
        return None
    except ClientError as err:
        log.error("get_object failed: %s", err.response["Error"]["Code"])
        raise


def put_item_482(item_id, payload):
    ddb.put_item(
        TableName=TABLE,
        Item={"id": {"S": item_id}, "payload": {"S": json.dumps(payload)}},
        ConditionExpression="attribute_not_exists(id)",
    )
    table.put_item(Item={"id": item_id, "count": 482})


def send_messages_483(queue_url, bodies):
    entries = [{"Id": str(n), "MessageBody": body} for n, body in enumerate(bodies)]
    resp = sqs.send_message_batch(QueueUrl=queue_url, Entries=entries)
    for failure in resp.get("Failed", []):
        log.error("message %s failed", failure["Id"])
    return sqs.get_queue_attributes(QueueUrl=queue_url, AttributeNames=["All"])


def wait_for_instance_484(instance_id):
    ec2.start_instances(InstanceIds=[instance_id])
    waiter = ec2.get_waiter("instance_running")
    waiter.wait(InstanceIds=[instance_id], WaiterConfig={"Delay": 5, "MaxAttempts": 40})
    return ec2.describe_instances(InstanceIds=[instance_id])


def buggy_485(key):
    s3.put_object(bucket=BUCKET, Key=key, Body=b"data")
    return s3.list_object_v2(Bucket=BUCKET, MaxKeys=10)


class Store486:
    def __init__(self, bucket=BUCKET):
        self.client = boto3.client("s3")
        self.bucket = bucket

    def upload(self, path, key):
        self.client.upload_file(path, self.bucket, key)

    def url(self, key, expires=3600):
        return self.client.generate_presigned_url(
            "get_object", Params={"Bucket": self.bucket, "Key": key}, ExpiresIn=expires
        )


def invoke_487(name, payload):
    resp = lam.invoke(FunctionName=name, Payload=json.dumps(payload).encode())
    if resp.get("FunctionError"):
        raise RuntimeError(resp["Payload"].read())
    return json.loads(resp["Payload"].read())


def list_keys_488(prefix):
    """List the keys under a prefix."""
    paginator = s3.get_paginator("list_objects_v2")
    keys = []
    for page in paginator.paginate(Bucket=BUCKET, Prefix=prefix, PaginationConfig={"PageSize": 100}):
        for obj in page.get("Contents", []):
            keys.append(obj["Key"])
    return keys


def read_object_489(key):
    try:
        resp = s3.get_object(Bucket=BUCKET, Key=key)
        return resp["Body"].read()
    except s3.exceptions.NoSuchKey:
        log.warning("missing %s", key)
        return None
    except ClientError as err:
        log.error("get_object failed: %s", err.response["Error"]["Code"])
        raise


def put_item_490(item_id, payload):
    ddb.put_item(
        TableName=TABLE,
        Item={"id": {"S": item_id}, "payload": {"S": json.dumps(payload)}},
        ConditionExpression="attribute_not_exists(id)",
    )
    table.put_item(Item={"id": item_id, "count": 490})


def send_messages_491(queue_url, bodies):
    entries = [{"Id": str(n), "MessageBody": body} for n, body in enumerate(bodies)]
    resp = sqs.send_message_batch(QueueUrl=queue_url, Entries=entries)
    for failure in resp.get("Failed", []):
        log.error("message %s failed", failure["Id"])
    return sqs.get_queue_attributes(QueueUrl=queue_url, AttributeNames=["All"])


def wait_for_instance_492(instance_id):
    ec2.start_instances(InstanceIds=[instance_id])
    waiter = ec2.get_waiter("instance_running")
    waiter.wait(InstanceIds=[instance_id], WaiterConfig={"Delay": 5, "MaxAttempts": 40})
    return ec2.describe_instances(InstanceIds=[instance_id])


def buggy_493(key):
    s3.put_object(bucket=BUCKET, Key=key, Body=b"data")
    return s3.list_object_v2(Bucket=BUCKET, MaxKeys=10)


class Store494:
    def __init__(self, bucket=BUCKET):
        self.client = boto3.client("s3")
        self.bucket = bucket

    def upload(self, path, key):
        self.client.upload_file(path, self.bucket, key)

    def url(self, key, expires=3600):
        return self.client.generate_presigned_url(
            "get_object", Params={"Bucket": self.bucket, "Key": key}, ExpiresIn=expires
        )


def invoke_495(name, payload):
    resp = lam.invoke(FunctionName=name, Payload=json.dumps(payload).encode())
    if resp.get("FunctionError"):
        raise RuntimeError(resp["Payload"].read())
    return json.loads(resp["Payload"].read())


def list_keys_496(prefix):
    """List the keys under a prefix."""
    paginator = s3.get_paginator("list_objects_v2")
    keys = []
    for page in paginator.paginate(Bucket=BUCKET, Prefix=prefix, PaginationConfig={"PageSize": 100}):
        for obj in page.get("Contents", []):
            keys.append(obj["Key"])
    return keys


def read_object_497(key):
    try:
        resp = s3.get_object(Bucket=BUCKET, Key=key)
        return resp["Body"].read()
    except s3.exceptions.NoSuchKey:
        log.warning("missing %s", key)
        return None
    except ClientError as err:
        log.error("get_object failed: %s", err.response["Error"]["Code"])
        raise


def put_item_498(item_id, payload):
    ddb.put_item(
        TableName=TABLE,
        Item={"id": {"S": item_id}, "payload": {"S": json.dumps(payload)}},
        ConditionExpression="attribute_not_exists(id)",
    )
    table.put_item(Item={"id": item_id, "count": 498})


def send_messages_499(queue_url, bodies):
    entries = [{"Id": str(n), "MessageBody": body} for n, body in enumerate(bodies)]
    resp = sqs.send_message_batch(QueueUrl=queue_url, Entries=entries)
    for failure in resp.get("Failed", []):
        log.error("message %s failed", failure["Id"])
    return sqs.get_queue_attributes(QueueUrl=queue_url, AttributeNames=["All"])


def wait_for_instance_500(instance_id):
    ec2.start_instances(InstanceIds=[instance_id])
    waiter = ec2.get_waiter("instance_running")
    waiter.wait(InstanceIds=[instance_id], WaiterConfig={"Delay": 5, "MaxAttempts": 40})
    return ec2.describe_instances(InstanceIds=[instance_id])


def buggy_501(key):
    s3.put_object(bucket=BUCKET, Key=key, Body=b"data")
    return s3.list_object_v2(Bucket=BUCKET, MaxKeys=10)


class Store502:
    def __init__(self, bucket=BUCKET):
        self.client = boto3.client("s3")
        self.bucket = bucket

    def upload(self, path, key):
        self.client.upload_file(path, self.bucket, key)

    def url(self, key, expires=3600):
        return self.client.generate_presigned_url(
            "get_object", Params={"Bucket": self.bucket, "Key": key}, ExpiresIn=expires
        )


def invoke_503(name, payload):
    resp = lam.invoke(FunctionName=name, Payload=json.dumps(payload).encode())
    if resp.get("FunctionError"):
        raise RuntimeError(resp["Payload"].read())
    return json.loads(resp["Payload"].read())


def list_keys_504(prefix):
    """List the keys under a prefix."""
    paginator = s3.get_paginator("list_objects_v2")
    keys = []
    for page in paginator.paginate(Bucket=BUCKET, Prefix=prefix, PaginationConfig={"PageSize": 100}):
        for obj in page.get("Contents", []):
            keys.append(obj["Key"])
    return keys


def read_object_505(key):
    try:
        resp = s3.get_object(Bucket=BUCKET, Key=key)
        return resp["Body"].read()
    except s3.exceptions.NoSuchKey:
        log.warning("missing %s", key)
        return None
    except ClientError as err:
        log.error("get_object failed: %s", err.response["Error"]["Code"])
        raise


def put_item_506(item_id, payload):
    ddb.put_item(
        TableName=TABLE,
        Item={"id": {"S": item_id}, "payload": {"S": json.dumps(payload)}},
        ConditionExpression="attribute_not_exists(id)",
    )
    table.put_item(Item={"id": item_id, "count": 506})


def send_messages_507(queue_url, bodies):
    entries = [{"Id": str(n), "MessageBody": body} for n, body in enumerate(bodies)]
    resp = sqs.send_message_batch(QueueUrl=queue_url, Entries=entries)
    for failure in resp.get("Failed", []):
        log.error("message %s failed", failure["Id"])
    return sqs.get_queue_attributes(QueueUrl=queue_url, AttributeNames=["All"])


def wait_for_instance_508(instance_id):
    ec2.start_instances(InstanceIds=[instance_id])
    waiter = ec2.get_waiter("instance_running")
    waiter.wait(InstanceIds=[instance_id], WaiterConfig={"Delay": 5, "MaxAttempts": 40})
    return ec2.describe_instances(InstanceIds=[instance_id])


def buggy_509(key):
    s3.put_object(bucket=BUCKET, Key=key, Body=b"data")
    return s3.list_object_v2(Bucket=BUCKET, MaxKeys=10)


class Store510:
    def __init__(self, bucket=BUCKET):
        self.client = boto3.client("s3")
        self.bucket = bucket

    def upload(self, path, key):
        self.client.upload_file(path, self.bucket, key)

    def url(self, key, expires=3600):
        return self.client.generate_presigned_url(
            "get_object", Params={"Bucket": self.bucket, "Key": key}, ExpiresIn=expires
        )


def invoke_511(name, payload):
    resp = lam.invoke(FunctionName=name, Payload=json.dumps(payload).encode())
    if resp.get("FunctionError"):
        raise RuntimeError(resp["Payload"].read())
    return json.loads(resp["Payload"].read())


def list_keys_512(prefix):
    """List the keys under a prefix."""
    paginator = s3.get_paginator("list_objects_v2")
    keys = []
    for page in paginator.paginate(Bucket=BUCKET, Prefix=prefix, PaginationConfig={"PageSize": 100}):
        for obj in page.get("Contents", []):
            keys.append(obj["Key"])
    return keys


def read_object_513(key):
    try:
        resp = s3.get_object(Bucket=BUCKET, Key=key)
        return resp["Body"].read()
    except s3.exceptions.NoSuchKey:
        log.warning("missing %s", key)
        return None
    except ClientError as err:
        log.error("get_object failed: %s", err.response["Error"]["Code"])
        raise


def put_item_514(item_id, payload):
    ddb.put_item(
        TableName=TABLE,
        Item={"id": {"S": item_id}, "payload": {"S": json.dumps(payload)}},
        ConditionExpression="attribute_not_exists(id)",
    )
    table.put_item(Item={"id": item_id, "count": 514})


def send_messages_515(queue_url, bodies):
    entries = [{"Id": str(n), "MessageBody": body} for n, body in enumerate(bodies)]
    resp = sqs.send_message_batch(QueueUrl=queue_url, Entries=entries)
    for failure in resp.get("Failed", []):
        log.error("message %s failed", failure["Id"])
    return sqs.get_queue_attributes(QueueUrl=queue_url, AttributeNames=["All"])


def wait_for_instance_516(instance_id):
    ec2.start_instances(InstanceIds=[instance_id])
    waiter = ec2.get_waiter("instance_running")
    waiter.wait(InstanceIds=[instance_id], WaiterConfig={"Delay": 5, "MaxAttempts": 40})
    return ec2.describe_instances(InstanceIds=[instance_id])


def buggy_517(key):
    s3.put_object(bucket=BUCKET, Key=key, Body=b"data")
    return s3.list_object_v2(Bucket=BUCKET, MaxKeys=10)


class Store518:
    def __init__(self, bucket=BUCKET):
        self.client = boto3.client("s3")
        self.bucket = bucket

    def upload(self, path, key):
        self.client.upload_file(path, self.bucket, key)

    def url(self, key, expires=3600):
        return self.client.generate_presigned_url(
            "get_object", Params={"Bucket": self.bucket, "Key": key}, ExpiresIn=expires
        )


def invoke_519(name, payload):
    resp = lam.invoke(FunctionName=name, Payload=json.dumps(payload).encode())
    if resp.get("FunctionError"):
        raise RuntimeError(resp["Payload"].read())
    return json.loads(resp["Payload"].read())


def list_keys_520(prefix):
    """List the keys under a prefix."""
    paginator = s3.get_paginator("list_objects_v2")
    keys = []
    for page in paginator.paginate(Bucket=BUCKET, Prefix=prefix, PaginationConfig={"PageSize": 100}):
        for obj in page.get("Contents", []):
            keys.append(obj["Key"])
    return keys


def read_object_521(key):
    try:
        resp = s3.get_object(Bucket=BUCKET, Key=key)
        return resp["Body"].read()
    except s3.exceptions.NoSuchKey:
        log.warning("missing %s", key)
        return None
    except ClientError as err:
        log.error("get_object failed: %s", err.response["Error"]["Code"])
        raise


def put_item_522(item_id, payload):
    ddb.put_item(
        TableName=TABLE,
        Item={"id": {"S": item_id}, "payload": {"S": json.dumps(payload)}},
        ConditionExpression="attribute_not_exists(id)",
    )
    table.put_item(Item={"id": item_id, "count": 522})


def send_messages_523(queue_url, bodies):
    entries = [{"Id": str(n), "MessageBody": body} for n, body in enumerate(bodies)]
    resp = sqs.send_message_batch(QueueUrl=queue_url, Entries=entries)
    for failure in resp.get("Failed", []):
        log.error("message %s failed", failure["Id"])
    return sqs.get_queue_attributes(QueueUrl=queue_url, AttributeNames=["All"])


def wait_for_instance_524(instance_id):
    ec2.start_instances(InstanceIds=[instance_id])
    waiter = ec2.get_waiter("instance_running")
    waiter.wait(InstanceIds=[instance_id], WaiterConfig={"Delay": 5, "MaxAttempts": 40})
    return ec2.describe_instances(InstanceIds=[instance_id])


def buggy_525(key):
    s3.put_object(bucket=BUCKET, Key=key, Body=b"data")
    return s3.list_object_v2(Bucket=BUCKET, MaxKeys=10)


class Store526:
    def __init__(self, bucket=BUCKET):
        self.client = boto3.client("s3")
        self.bucket = bucket

    def upload(self, path, key):
        self.client.upload_file(path, self.bucket, key)

    def url(self, key, expires=3600):
        return self.client.generate_presigned_url(
            "get_object", Params={"Bucket": self.bucket, "Key": key}, ExpiresIn=expires
        )


def invoke_527(name, payload):
    resp = lam.invoke(FunctionName=name, Payload=json.dumps(payload).encode())
    if resp.get("FunctionError"):
        raise RuntimeError(resp["Payload"].read())
    return json.loads(resp["Payload"].read())


def list_keys_528(prefix):
    """List the keys under a prefix."""
    paginator = s3.get_paginator("list_objects_v2")
    keys = []
    for page in paginator.paginate(Bucket=BUCKET, Prefix=prefix, PaginationConfig={"PageSize": 100}):
        for obj in page.get("Contents", []):
            keys.append(obj["Key"])
    return keys


def read_object_529(key):
    try:
        resp = s3.get_object(Bucket=BUCKET, Key=key)
        return resp["Body"].read()
    except s3.exceptions.NoSuchKey:
        log.warning("missing %s", key)
        return None
    except ClientError as err:
        log.error("get_object failed: %s", err.response["Error"]["Code"])
        raise


def put_item_530(item_id, payload):
    ddb.put_item(
        TableName=TABLE,
        Item={"id": {"S": item_id}, "payload": {"S": json.dumps(payload)}},
        ConditionExpression="attribute_not_exists(id)",
    )
    table.put_item(Item={"id": item_id, "count": 530})


def send_messages_531(queue_url, bodies):
    entries = [{"Id": str(n), "MessageBody": body} for n, body in enumerate(bodies)]
    resp = sqs.send_message_batch(QueueUrl=queue_url, Entries=entries)
    for failure in resp.get("Failed", []):
        log.error("message %s failed", failure["Id"])
    return sqs.get_queue_attributes(QueueUrl=queue_url, AttributeNames=["All"])


def wait_for_instance_532(instance_id):
    ec2.start_instances(InstanceIds=[instance_id])
    waiter = ec2.get_waiter("instance_running")
    waiter.wait(InstanceIds=[instance_id], WaiterConfig={"Delay": 5, "MaxAttempts": 40})
    return ec2.describe_instances(InstanceIds=[instance_id])


def buggy_533(key):
    s3.put_object(bucket=BUCKET, Key=key, Body=b"data")
    return s3.list_object_v2(Bucket=BUCKET, MaxKeys=10)


class Store534:
    def __init__(self, bucket=BUCKET):
        self.client = boto3.client("s3")
        self.bucket = bucket

    def upload(self, path, key):
        self.client.upload_file(path, self.bucket, key)

    def url(self, key, expires=3600):
        return self.client.generate_presigned_url(
            "get_object", Params={"Bucket": self.bucket, "Key": key}, ExpiresIn=expires
        )


def invoke_535(name, payload):
    resp = lam.invoke(FunctionName=name, Payload=json.dumps(payload).encode())
    if resp.get("FunctionError"):
        raise RuntimeError(resp["Payload"].read())
    return json.loads(resp["Payload"].read())


def list_keys_536(prefix):
    """List the keys under a prefix."""
    paginator = s3.get_paginator("list_objects_v2")
    keys = []
    for page in paginator.paginate(Bucket=BUCKET, Prefix=prefix, PaginationConfig={"PageSize": 100}):
        for obj in page.get("Contents", []):
            keys.append(obj["Key"])
    return keys


def read_object_537(key):
    try:
        resp = s3.get_object(Bucket=BUCKET, Key=key)
        return resp["Body"].read()
    except s3.exceptions.NoSuchKey:
        log.warning("missing %s", key)
        return None
    except ClientError as err:
        log.error("get_object failed: %s", err.response["Error"]["Code"])
        raise


def put_item_538(item_id, payload):
    ddb.put_item(
        TableName=TABLE,
        Item={"id": {"S": item_id}, "payload": {"S": json.dumps(payload)}},
        ConditionExpression="attribute_not_exists(id)",
    )
    table.put_item(Item={"id": item_id, "count": 538})


def send_messages_539(queue_url, bodies):
    entries = [{"Id": str(n), "MessageBody": body} for n, body in enumerate(bodies)]
    resp = sqs.send_message_batch(QueueUrl=queue_url, Entries=entries)
    for failure in resp.get("Failed", []):
        log.error("message %s failed", failure["Id"])
    return sqs.get_queue_attributes(QueueUrl=queue_url, AttributeNames=["All"])


def wait_for_instance_540(instance_id):
    ec2.start_instances(InstanceIds=[instance_id])
    waiter = ec2.get_waiter("instance_running")
    waiter.wait(InstanceIds=[instance_id], WaiterConfig={"Delay": 5, "MaxAttempts": 40})
    return ec2.describe_instances(InstanceIds=[instance_id])


def buggy_541(key):
    s3.put_object(bucket=BUCKET, Key=key, Body=b"data")
    return s3.list_object_v2(Bucket=BUCKET, MaxKeys=10)


class Store542:
    def __init__(self, bucket=BUCKET):
        self.client = boto3.client("s3")
        self.bucket = bucket

    def upload(self, path, key):
        self.client.upload_file(path, self.bucket, key)

    def url(self, key, expires=3600):
        return self.client.generate_presigned_url(
            "get_object", Params={"Bucket": self.bucket, "Key": key}, ExpiresIn=expires
        )


def invoke_543(name, payload):
    resp = lam.invoke(FunctionName=name, Payload=json.dumps(payload).encode())
    if resp.get("FunctionError"):
        raise RuntimeError(resp["Payload"].read())
    return json.loads(resp["Payload"].read())


def list_keys_544(prefix):
    """List the keys under a prefix."""
    paginator = s3.get_paginator("list_objects_v2")
    keys = []
    for page in paginator.paginate(Bucket=BUCKET, Prefix=prefix, PaginationConfig={"PageSize": 100}):
        for obj in page.get("Contents", []):
            keys.append(obj["Key"])
    return keys


def read_object_545(key):
    try:
        resp = s3.get_object(Bucket=BUCKET, Key=key)
        return resp["Body"].read()
    except s3.exceptions.NoSuchKey:
        log.warning("missing %s", key)
        return None
    except ClientError as err:
        log.error("get_object failed: %s", err.response["Error"]["Code"])
        raise


def put_item_546(item_id, payload):
    ddb.put_item(
        TableName=TABLE,
        Item={"id": {"S": item_id}, "payload": {"S": json.dumps(payload)}},
        ConditionExpression="attribute_not_exists(id)",
    )
    table.put_item(Item={"id": item_id, "count": 546})


def send_messages_547(queue_url, bodies):
    entries = [{"Id": str(n), "MessageBody": body} for n, body in enumerate(bodies)]
    resp = sqs.send_message_batch(QueueUrl=queue_url, Entries=entries)
    for failure in resp.get("Failed", []):
        log.error("message %s failed", failure["Id"])
    return sqs.get_queue_attributes(QueueUrl=queue_url, AttributeNames=["All"])


def wait_for_instance_548(instance_id):
    ec2.start_instances(InstanceIds=[instance_id])
    waiter = ec2.get_waiter("instance_running")
    waiter.wait(InstanceIds=[instance_id], WaiterConfig={"Delay": 5, "MaxAttempts": 40})
    return ec2.describe_instances(InstanceIds=[instance_id])


def buggy_549(key):
    s3.put_object(bucket=BUCKET, Key=key, Body=b"data")
    return s3.list_object_v2(Bucket=BUCKET, MaxKeys=10)


class Store550:
    def __init__(self, bucket=BUCKET):
        self.client = boto3.client("s3")
        self.bucket = bucket

    def upload(self, path, key):
        self.client.upload_file(path, self.bucket, key)

    def url(self, key, expires=3600):
        return self.client.generate_presigned_url(
            "get_object", Params={"Bucket": self.bucket, "Key": key}, ExpiresIn=expires
        )


def invoke_551(name, payload):
    resp = lam.invoke(FunctionName=name, Payload=json.dumps(payload).encode())
    if resp.get("FunctionError"):
        raise RuntimeError(resp["Payload"].read())
    return json.loads(resp["Payload"].read())


def list_keys_552(prefix):
    """List the keys under a prefix."""
    paginator = s3.get_paginator("list_objects_v2")
    keys = []
    for page in paginator.paginate(Bucket=BUCKET, Prefix=prefix, PaginationConfig={"PageSize": 100}):
        for obj in page.get("Contents", []):
            keys.append(obj["Key"])
    return keys


