import boto3

s3 = boto3.client("s3")
paginator = s3.get_paginator("list_objects_v2")

for page in paginator.paginate(Bucket="b", PaginationConfig={"max_items": 100}):  # want BTO011 "`max_items` is not a PaginationConfig key: botocore ignores it silently; did you mean `MaxItems`\?"
    print(page)

paginator.paginate(
    Bucket="b",
    PaginationConfig={
        "pageSize": 50,  # want BTO011 "did you mean `PageSize`"
        'starting_token': None,  # want BTO011 "did you mean `StartingToken`"
        "MaxItems": 10,
    },
)

# A misspelling: unsafe fix.
paginator.paginate(Bucket="b", PaginationConfig={"MaxItem": 5})  # want BTO011 "did you mean `MaxItems`"

# A waiter key in a pagination config: no fix.
paginator.paginate(Bucket="b", PaginationConfig={"MaxAttempts": 5})  # want BTO011 "`MaxAttempts` belongs in WaiterConfig; PaginationConfig takes `MaxItems`, `PageSize` and `StartingToken`"

# Unknown keys.
paginator.paginate(Bucket="b", PaginationConfig={"Limit": 5})  # want BTO011 "PaginationConfig takes `MaxItems`, `PageSize` and `StartingToken`"

# The right key is there already: renaming would make a duplicate.
paginator.paginate(Bucket="b", PaginationConfig={"MaxItems": 5, "max_items": 10})  # want BTO011 "did you mean `MaxItems`"

# Chains whose operation is not a literal.
def listing(op: str):
    return s3.get_paginator(op).paginate(PaginationConfig={"page_size": 10})  # want BTO011 "did you mean `PageSize`"


# A dict assigned to a local name, used only as the config.
def with_name():
    config = {"MaxItems": 10, "PAGE_SIZE": 5}  # want BTO011 "did you mean `PageSize`"
    for page in paginator.paginate(Bucket="b", PaginationConfig=config):
        print(page)
    for page in s3.get_paginator("list_objects").paginate(Bucket="c", PaginationConfig=config):
        print(page)


# PageSize on a paginator without a page size parameter.
cloudformation = boto3.client("cloudformation")
stacks = cloudformation.get_paginator("describe_stacks")
stacks.paginate(PaginationConfig={"PageSize": 10, "MaxItems": 50})  # want BTO011 "the `describe_stacks` paginator has no page size parameter: `PageSize` raises PaginationError"
boto3.client("sns").get_paginator("list_topics").paginate(PaginationConfig={"PageSize": None})
boto3.client("sns").get_paginator("list_subscriptions").paginate(PaginationConfig={"page_size": 5})  # want BTO011 "`PageSize` would not work either: the `list_subscriptions` paginator has no page size parameter"


def shared_config() -> None:
    # One dict for two paginators: PageSize fails for the one without a page size parameter.
    config = {"PageSize": 10}  # want BTO011 "the `describe_stacks` paginator has no page size parameter"
    s3.get_paginator("list_objects_v2").paginate(Bucket="b", PaginationConfig=config)
    stacks.paginate(PaginationConfig=config)
