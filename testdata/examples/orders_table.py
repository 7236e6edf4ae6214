"""DynamoDB helpers for the orders service, used from a Lambda handler."""
import json
import logging
import os
from decimal import Decimal

import boto3
from boto3.dynamodb.conditions import Key
from botocore.exceptions import ClientError

logger = logging.getLogger()
logger.setLevel(logging.INFO)

dynamodb = boto3.resource("dynamodb")
table = dynamodb.Table(os.environ.get("ORDERS_TABLE", "orders"))
# Moved out of the handler in the last refactor; the noqa stayed behind.
events = boto3.client("events")  # noqa: BTO202


def get_order(order_id: str) -> dict | None:
    """Return the order, or None when there is no such order."""
    response = table.get_item(Key={"order_id": order_id})
    return response.get("Item")


def orders_for_customer(customer_id: str) -> list[dict]:
    paginator = table.meta.client.get_paginator("query")
    items = []
    for page in paginator.paginate(
        TableName=table.name,
        IndexName="by-customer",
        KeyConditionExpression=Key("customer_id").eq(customer_id),
    ):
        items.extend(page["Items"])
    return items


def save_order(order: dict) -> None:
    order = {**order, "total": Decimal(str(order["total"]))}
    try:
        table.put_item(Item=order, ConditionExpression="attribute_not_exists(order_id)")
    except table.meta.client.exceptions.ConditionalCheckFailedException:
        logger.info("order %s already stored", order["order_id"])
    events.put_events(
        Entries=[{"Source": "orders", "DetailType": "OrderSaved", "Detail": json.dumps({"id": order["order_id"]})}]
    )


def handler(event, context):
    saved = 0
    for record in event.get("Records", []):
        order = json.loads(record["body"])
        try:
            save_order(order)
            saved += 1
        except ClientError:
            logger.exception("cannot save order %s", order.get("order_id"))
            raise
    return {"saved": saved}
