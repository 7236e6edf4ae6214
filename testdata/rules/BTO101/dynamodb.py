from decimal import Decimal

import boto3
from boto3.dynamodb.conditions import Attr, Key

dynamodb = boto3.resource("dynamodb")
orders = dynamodb.Table("orders")
client = boto3.client("dynamodb")


def orders_of(customer: str) -> list[dict]:
    items = []
    kwargs = {"KeyConditionExpression": Key("customer").eq(customer), "Limit": 25}
    while True:  # want BTO101 "`query` by hand, passing `ExclusiveStartKey`.*`orders.meta.client.get_paginator\(\"query\"\)`"
        resp = orders.query(**kwargs)
        items.extend(resp["Items"])
        if "LastEvaluatedKey" not in resp:
            break
        kwargs["ExclusiveStartKey"] = resp["LastEvaluatedKey"]
    return items


def total_above(threshold: Decimal) -> Decimal:
    total = Decimal(0)
    resp = orders.scan(FilterExpression=Attr("amount").gt(threshold))
    while True:  # want BTO101 "`scan`"
        for item in resp["Items"]:
            total += item["amount"]
        if not resp.get("LastEvaluatedKey"):
            break
        resp = orders.scan(FilterExpression=Attr("amount").gt(threshold), ExclusiveStartKey=resp["LastEvaluatedKey"])
    return total


def raw_scan(table: str) -> list[dict]:
    items = []
    start = None
    while True:  # want BTO101 "`scan`.*`client.get_paginator\(\"scan\"\)`"
        args = {"TableName": table}
        if start is not None:
            args["ExclusiveStartKey"] = start
        resp = client.scan(**args)
        items.extend(resp["Items"])
        start = resp.get("LastEvaluatedKey")
        if start is None:
            break
    return items


def table_names() -> list[str]:
    names = []
    resp = client.list_tables()
    names.extend(resp["TableNames"])
    while "LastEvaluatedTableName" in resp:  # want BTO101 "`ExclusiveStartTableName`"
        resp = client.list_tables(ExclusiveStartTableName=resp["LastEvaluatedTableName"])
        names.extend(resp["TableNames"])
    return names
