import decimal

import boto3

table = boto3.resource("dynamodb").Table("orders")
# Public module-level values may be read by other modules: unsafe fixes.
DEFAULT_ITEM = {"pk": "default", "price": 1.5}  # want BTO013 "float `1.5` in `DEFAULT_ITEM`, sent as `Item` of `put_item`"
_RATE = 0.2  # want BTO013 "float `0.2` in `_RATE`"


def save(order_id: str) -> None:
    item = {"pk": order_id, "total": 99.5, "nested": extra}  # want BTO013 "float `99.5` in `item`, sent as `Item` of `put_item`"
    table.put_item(Item=item)
    table.put_item(Item=item)


def mutated(order_id: str) -> None:
    # Read elsewhere: the float may be replaced before the call, so it is
    # not reported.
    item = {"pk": order_id, "total": 0.0}
    item["total"] = decimal.Decimal("5")
    table.put_item(Item=item)


table.put_item(Item=DEFAULT_ITEM)
extra = {"rate": _RATE, "fee": 2.5}  # want BTO013 "float `2.5` in `extra`"
