import boto3
from boto3.session import Session

s3 = boto3.client("s3")
ec2 = boto3.Session(region_name="eu-west-1").client("ec2")
logs = Session().client("logs")
ddb = boto3.resource("dynamodb").meta.client

# CamelCase API names: KeyError, fixed to the method name.
s3.get_paginator("ListObjectsV2")  # want BTO009 "`ListObjectsV2` is not an operation of the S3 client \(KeyError in `get_paginator`\); did you mean `list_objects_v2`\?"
ec2.get_paginator('DescribeInstances')  # want BTO009 "did you mean `describe_instances`"
logs.get_paginator("""FilterLogEvents""")  # want BTO009 "did you mean `filter_log_events`"
ddb.get_paginator(r"Scan")  # want BTO009 "did you mean `scan`"

# Misspellings with one close pageable operation.
s3.get_paginator("list_object_v2")  # want BTO009 "did you mean `list_objects_v2`"
ec2.get_paginator("describe_instance")  # want BTO009 "did you mean `describe_instances`"
s3.get_paginator(operation_name="list_bucket")  # want BTO009 "did you mean `list_buckets`"

# Operations that exist but have no paginator: OperationNotPageableError.
s3.get_paginator("get_object")  # want BTO009 "`get_object` is not pageable: the S3 client has no paginator for it \(OperationNotPageableError\)"
logs.get_paginator("get_log_events")  # want BTO009 "not pageable"
ddb.get_paginator("get_item")  # want BTO009 "its paginators are `list_backups`, `list_tables`, `list_tags_of_resource`, `query` and `scan`"

# The API name of an operation that is not pageable: no fix.
s3.get_paginator("GetObject")  # want BTO009 "did you mean `get_object`\? It is not pageable either"

# Injected methods are not operations.
s3.get_paginator("upload_file")  # want BTO009 "not an API operation of the S3 client but a method botocore or boto3 adds"

# Nothing close.
s3.get_paginator("everything")  # want BTO009 "`get_paginator` takes the snake_case method name"

# can_paginate returns False for operations that are not pageable, but a
# name that is not an operation raises KeyError.
s3.can_paginate("get_object")
s3.can_paginate("list_objects_v2")
s3.can_paginate("GetObject")  # want BTO009 "KeyError in `can_paginate`\); did you mean `get_object`\?"

# Chained and nested in expressions.
for page in boto3.client("s3").get_paginator("ListParts").paginate(Bucket="b", Key="k", UploadId="u"):  # want BTO009 "list_parts"
    print(page)
