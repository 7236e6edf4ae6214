import boto3
import botocore.session
from botocore.config import Config

CONFIG = Config(retries={"mode": "standard"})


def tag_objects(bucket: str, keys: list[str]) -> None:
    for key in keys:
        s3 = boto3.client("s3", config=CONFIG)  # shared client  # want BTO201 "`boto3.client\(\"s3\", config=CONFIG\)` creates a new client on every iteration of the enclosing `for` loop"
        s3.put_object_tagging(Bucket=bucket, Key=key, Tagging={"TagSet": []})


def drain(queue_url: str) -> None:
    while True:
        sqs = boto3.client("sqs", region_name="eu-west-1")  # want BTO201 "the enclosing `while` loop"
        messages = sqs.receive_message(QueueUrl=queue_url).get("Messages", [])
        if not messages:
            break


def nested(regions: list[str], tables: list[str]) -> None:
    for region in regions:
        for name in tables:
            ddb = boto3.resource("dynamodb", region_name=region)  # want BTO201 "new resource"
            ddb.Table(name).load()


def sessions(profiles: list[str], buckets: list[str]) -> None:
    for bucket in buckets:
        session = boto3.Session(profile_name="prod")  # want BTO201 "new session"
        session.client("s3").head_bucket(Bucket=bucket)


def comprehension(keys: list[str]) -> list:
    return [boto3.client("s3").head_object(Bucket="b", Key=k) for k in keys]  # want BTO201 "the enclosing comprehension"


def botocore_style(keys: list[str]) -> None:
    for key in keys:
        client = botocore.session.get_session().create_client("s3")  # want BTO201 "new client"
        client.head_object(Bucket="b", Key=key)


def inline(keys: list[str]) -> None:
    for key in keys:
        boto3.client("s3").delete_object(Bucket="b", Key=key)  # want BTO201


def double(items: list[str]) -> None:
    for item in items:
        for part in item:
            s3 = boto3.client("s3")  # want BTO201 "enclosing `for` loop"
            s3.put_object(Bucket="b", Key=part)
