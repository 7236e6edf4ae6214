"""Orders stored in DynamoDB."""
import boto3
from boto3.dynamodb.conditions import Attr, Key

dynamodb = boto3.resource("dynamodb")
table = dynamodb.Table("orders")

table.put_item(Item={"pk": "A-1", "price": 19.99, "qty": 2})  # want BTO013 "float `19.99` in `Item` of `put_item`: boto3's DynamoDB serializer raises TypeError \(Float types are not supported\); use `Decimal\(\"19.99\"\)`"
table.put_item(
    Item={
        "pk": "A-2",
        "discount": -0.5,  # want BTO013 "float `-0.5`"
        "dims": {"w": 1e3, "h": [2.5, 3]},  # want BTO013 "float `1e3`" BTO013 "float `2.5`"
        "tags": {0.25, 1},  # want BTO013 "float `0.25`"
        "pair": (1_000.5, "x"),  # want BTO013 "float `1_000.5`"
        "count": 10,
        "flag": True,
    }
)
table.update_item(
    Key={"pk": "A-1"},
    UpdateExpression="SET price = :p",
    ExpressionAttributeValues={":p": 24.5},  # want BTO013 "float `24.5` in `ExpressionAttributeValues` of `update_item`"
)
table.get_item(Key={"pk": "A-1", "sk": .5})  # want BTO013 "float `.5` in `Key` of `get_item`"
table.delete_item(Key={"pk": "A-1"}, ConditionExpression=Attr("price").lt(100.0))  # want BTO013 "float `100.0` in a `lt` condition"
table.query(KeyConditionExpression=Key("pk").eq("A-1") & Key("sk").between(1.5, 2))  # want BTO013 "float `1.5` in a `between` condition"
table.scan(FilterExpression=Attr("rating").is_in([4.5, 5]))  # want BTO013 "float `4.5`"
table.scan(FilterExpression=Attr("tags").size().gt(2.0))  # want BTO013 "float `2.0`"
table.update_item(Key={"pk": "A-1"}, AttributeUpdates={"price": {"Value": 9.5, "Action": "PUT"}})  # want BTO013 "float `9.5` in `AttributeUpdates` of `update_item`"

# A float in a conditional branch is sent whenever that branch is taken.
table.put_item(Item={"pk": "A-3", "price": 0.0 if True else 1})  # want BTO013 "float `0.0`"

# float(...) calls: Decimal(str(x)) is an unsafe fix.
def from_row(row: dict) -> None:
    table.put_item(Item={"pk": row["id"], "price": float(row["price"])})  # want BTO013 "`float\(...\)` in `Item` of `put_item`"
    table.put_item(Item={"pk": row["id"], "price": float("1.25")})  # want BTO013 "`float\(...\)`"
