from decimal import Decimal as D, localcontext
import boto3

table = boto3.resource("dynamodb").Table("t")
table.put_item(Item={"pk": "a", "x": 1.5, "y": -2.5})  # want BTO013 "float `1.5`" BTO013 "float `-2.5`"
print(D, localcontext)
