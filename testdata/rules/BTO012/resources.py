import boto3
from mypy_boto3_dynamodb.service_resource import Table

dynamodb = boto3.resource("dynamodb")
table = dynamodb.Table("orders")


def save(order: dict) -> bool:
    try:
        table.put_item(Item=order, ConditionExpression="attribute_not_exists(pk)")
        return True
    except table.exceptions.ConditionalCheckFailedException:  # want BTO012 "`table` is a boto3 resource \(DynamoDB `Table`\) and has no `exceptions` attribute \(AttributeError\): the modeled errors are on its client, `table.meta.client.exceptions`"
        return False


def load(t: Table, key: dict):
    try:
        return t.get_item(Key=key)
    except t.exceptions.ResourceNotFound:  # want BTO012 "no `exceptions` attribute" BTO012 "did you mean `ResourceNotFoundException`"
        return None


def create() -> None:
    try:
        dynamodb.create_table(TableName="t", KeySchema=[], AttributeDefinitions=[])
    except dynamodb.exceptions.ResourceInUseException:  # want BTO012 "`dynamodb` is a boto3 resource \(DynamoDB service resource\)"
        pass


s3 = boto3.resource("s3")


def upload(path: str) -> None:
    try:
        s3.Bucket("b").upload_file(path, "k")
    except s3.meta.client.exceptions.NoSuchBucket:
        pass
    except s3.Bucket("b").exceptions.NoSuchBucket:  # want BTO012 "\(S3 `Bucket`\) and has no `exceptions` attribute"
        pass


def good() -> None:
    try:
        table.delete_item(Key={"pk": "1"})
    except table.meta.client.exceptions.ConditionalCheckFailedException:
        pass
