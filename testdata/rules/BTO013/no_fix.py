import boto3

table = boto3.resource("dynamodb").Table("t")


def Decimal(x):
    return x


table.put_item(Item={"pk": "a", "x": 1.5})  # want BTO013 "float `1.5`"
