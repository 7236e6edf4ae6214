import boto3
from decimal import localcontext
from mypy_boto3_dynamodb.service_resource import Table


class Loader:
    def __init__(self) -> None:
        self.table = boto3.resource("dynamodb").Table("products")

    def load(self, rows: list[dict]) -> None:
        with self.table.batch_writer() as batch:
            for row in rows:
                batch.put_item(Item={"pk": row["id"], "weight": 1.5})  # want BTO013 "float `1.5` in `Item` of the batch writer's `put_item`"
            batch.delete_item(Key={"pk": "old", "sk": 2.0})  # want BTO013 "float `2.0` in `Key` of the batch writer's `delete_item`"
            batch.put_item({"pk": "positional", "w": 3.5})  # want BTO013 "float `3.5`"


def annotated(table: Table) -> None:
    with table.batch_writer(overwrite_by_pkeys=["pk"]) as writer:
        writer.put_item(Item={"pk": "x", "score": 0.75})  # want BTO013 "float `0.75`"
    with localcontext() as ctx:
        ctx.put_item(Item={"pk": "x", "score": 0.75})


def resource_level() -> None:
    dynamodb = boto3.resource("dynamodb")
    dynamodb.batch_write_item(
        RequestItems={"products": [{"PutRequest": {"Item": {"pk": "a", "price": 5.25}}}]}  # want BTO013 "float `5.25` in `RequestItems` of `batch_write_item`"
    )
    client = dynamodb.meta.client
    client.put_item(TableName="products", Item={"pk": "a", "price": 7.5})  # want BTO013 "float `7.5` in `Item` of `put_item`"
    client.execute_statement(Statement="SELECT * FROM t WHERE price = ?", Parameters=[9.99])  # want BTO013 "float `9.99` in `Parameters` of `execute_statement`"


def paginated(table: Table) -> None:
    # A paginator of the resource's client converts values like the table.
    paginator = table.meta.client.get_paginator("query")
    for page in paginator.paginate(
        TableName=table.name,
        KeyConditionExpression="pk = :p AND sk > :s",
        ExpressionAttributeValues={":p": "a", ":s": 0.5},  # want BTO013 "float `0.5` in `ExpressionAttributeValues` of `paginate`"
    ):
        print(page)
    low = boto3.client("dynamodb").get_paginator("scan")
    low.paginate(TableName="t", ExpressionAttributeValues={":p": {"N": 0.5}})
