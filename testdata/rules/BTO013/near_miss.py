from decimal import Decimal

import boto3

client = boto3.client("dynamodb")
# The low-level client takes {"N": "1.5"}: not this rule's business.
client.put_item(TableName="t", Item={"pk": {"S": "a"}, "price": {"N": "1.5"}})
client.put_item(TableName="t", Item={"pk": {"S": "a"}, "price": {"N": 1.5}})

table = boto3.resource("dynamodb").Table("t")
table.put_item(Item={"pk": "a", "price": Decimal("1.5"), "qty": 3, "neg": -2})
table.put_item(Item={"pk": "a", "price": Decimal(1.5)})
table.query(Limit=10, KeyConditionExpression="pk = :p", ExpressionAttributeValues={":p": "a"})
table.put_item(Item={"pk": "a", "computed": 2 * 1.5})
table.put_item(Item={"pk": "a", "c": 1.5j})
bucket = boto3.resource("s3").Bucket("b")
bucket.put_object(Key="k", Body=b"x", Metadata={"x": "1.5"})


def unresolved(t, rows) -> None:
    t.put_item(Item={"pk": "a", "price": 1.5})
    with t.batch_writer() as b:
        b.put_item(Item={"price": 1.5})


def not_a_condition(x) -> None:
    x.eq(1.5)
    print(round(1.5))
