"""Behaviour cases for the pagination fixes (BTO101, BTO102, BTO104).

Each case runs a function of a testdata file twice, as written and as its fix
golden (<file>.unsafe.golden) rewrote it, with botocore's Stubber serving the
pages below, and once more as botocore's own paginator over the same pages
(`paginate` are its arguments). The Go test
analysis/rules/pagination/stubber asserts that the two versions return and
print the same, and that both make exactly the calls the paginator makes.

Keys:
  name       what the case shows
  file       the testdata file, from the repository root
  function   the function (or Class.method) the fix rewrote; its source must
             differ between the file and the golden
  setup      optional expression evaluated first, bound to `obj`
  client     expression of the client to stub (`s3`, `obj.client`,
             `orders.meta.client` for a DynamoDB Table)
  operation  the client method the pages answer
  call       expression that runs the function
  paginate   expression of the keyword arguments of paginate(...)
  pages      the responses, in order
  partial    the function stops early on purpose: its calls are a prefix of
             the paginator's
  first_page_only
             BTO102: the original reads only the first page (the bug the fix
             removes); the golden must make all the paginator's calls and
             return `expect`
  expect     optional: the result both versions must return

Operations are chosen to exist with the same paginator model in the embedded
catalog (botocore 1.43.67) and in Debian's botocore 1.29.27; the Go test checks
that too.
"""

ACCOUNT = "123456789012"
CREATED = "2024-01-01T00:00:00Z"
SECRET = "arn:aws:secretsmanager:us-east-1:%s:secret:" % ACCOUNT


def iam_entity(kind, name, path="/"):
    """An IAM user, group or role as ListUsers/ListGroups/ListRoles return it."""
    prefix = {"User": "AIDA", "Group": "AGPA", "Role": "AROA"}[kind]
    return {
        "Path": path,
        kind + "Name": name,
        kind + "Id": (prefix + name.upper() + "X" * 16)[:20],
        "Arn": "arn:aws:iam::%s:%s%s%s" % (ACCOUNT, kind.lower(), path, name),
        "CreateDate": CREATED,
    }


def iam_page(kind, names, marker=None, path="/"):
    key = kind + "s"
    page = {key: [iam_entity(kind, n, path) for n in names], "IsTruncated": marker is not None}
    if marker is not None:
        page["Marker"] = marker
    return page


def s3_v2_page(keys, token=None):
    page = {"IsTruncated": token is not None, "KeyCount": len(keys)}
    if keys:
        page["Contents"] = [{"Key": k, "Size": 1} for k in keys]
    if token is not None:
        page["NextContinuationToken"] = token
    return page


def item(customer, id_, amount):
    return {"customer": {"S": customer}, "id": {"N": str(id_)}, "amount": {"N": amount}}


def ddb_page(items, last=None):
    page = {"Items": items, "Count": len(items), "ScannedCount": len(items)}
    if last is not None:
        page["LastEvaluatedKey"] = last
    return page


BTO101 = "testdata/rules/BTO101/"
BTO102 = "testdata/rules/BTO102/"
BTO104 = "testdata/rules/BTO104/"

CASES = [
    # --- BTO101, while True -------------------------------------------------
    {
        "name": "s3 list_objects_v2: kwargs dict, IsTruncated, MaxKeys as PageSize",
        "file": BTO101 + "while_true.py",
        "function": "list_keys",
        "client": "s3",
        "operation": "list_objects_v2",
        "call": "list_keys('bkt', 'logs/')",
        "paginate": "dict(Bucket='bkt', Prefix='logs/', PaginationConfig={'PageSize': 500})",
        "pages": [
            s3_v2_page(["logs/a", "logs/b"], "c1"),
            s3_v2_page(["logs/c"], "c2"),
            s3_v2_page(["logs/d"]),
        ],
        "expect": ["logs/a", "logs/b", "logs/c", "logs/d"],
    },
    {
        "name": "iam list_users: kwargs rebuilt in the loop, Marker in and out, MaxItems as PageSize",
        "file": BTO101 + "while_true.py",
        "function": "user_names",
        "client": "iam",
        "operation": "list_users",
        "call": "user_names()",
        "paginate": "dict(PaginationConfig={'PageSize': 100})",
        "pages": [
            iam_page("User", ["ana", "bo"], "m1"),
            iam_page("User", ["cy"], "m2"),
            iam_page("User", ["di"]),
        ],
        "expect": ["ana", "bo", "cy", "di"],
    },
    {
        "name": "logs describe_log_groups: **({'nextToken': t} if t else {})",
        "file": BTO101 + "while_true.py",
        "function": "log_groups",
        "client": "logs",
        "operation": "describe_log_groups",
        "call": "log_groups('/aws/')",
        "paginate": "dict(logGroupNamePrefix='/aws/')",
        "pages": [
            {"logGroups": [{"logGroupName": "/aws/a"}], "nextToken": "n1"},
            {"logGroups": [{"logGroupName": "/aws/b"}, {"logGroupName": "/aws/c"}], "nextToken": "n2"},
            {"logGroups": []},
        ],
    },
    {
        "name": "secretsmanager list_secrets: if token / else around two calls",
        "file": BTO101 + "while_true.py",
        "function": "secret_arns",
        "client": "secrets",
        "operation": "list_secrets",
        "call": "secret_arns()",
        "paginate": "dict(PaginationConfig={'PageSize': 20})",
        "pages": [
            {"SecretList": [{"ARN": SECRET + "one-AbCdEf", "Name": "one"}], "NextToken": "s1"},
            {"SecretList": [{"ARN": SECRET + "two-GhIjKl", "Name": "two"}]},
        ],
        "expect": [SECRET + "one-AbCdEf", SECRET + "two-GhIjKl"],
    },
    {
        "name": "sqs list_queues: if NextToken in resp / else break, a page without QueueUrls",
        "file": BTO101 + "while_true.py",
        "function": "queue_urls",
        "client": "sqs",
        "operation": "list_queues",
        "call": "queue_urls('app-')",
        "paginate": "dict(QueueNamePrefix='app-')",
        "pages": [
            {"QueueUrls": ["https://q/app-1", "https://q/app-2"], "NextToken": "q1"},
            {"NextToken": "q2"},
            {"QueueUrls": ["https://q/app-3"]},
        ],
    },
    {
        "name": "s3 list_objects_v2: return from inside the loop, found on page 2",
        "file": BTO101 + "while_true.py",
        "function": "first_match",
        "client": "s3",
        "operation": "list_objects_v2",
        "call": "first_match('b/')",
        "paginate": "dict(Bucket='logs')",
        "pages": [s3_v2_page(["a/1", "a/2"], "c1"), s3_v2_page(["a/3", "b/x"], "c2"), s3_v2_page(["b/y"])],
        "partial": True,
        "expect": "b/x",
    },
    {
        "name": "s3 list_objects_v2: the return moved after the loop, nothing found",
        "file": BTO101 + "while_true.py",
        "function": "first_match",
        "client": "s3",
        "operation": "list_objects_v2",
        "call": "first_match('zzz')",
        "paginate": "dict(Bucket='logs')",
        "pages": [s3_v2_page(["a/1"], "c1"), s3_v2_page([], "c2"), s3_v2_page(["b/y"])],
        "expect": None,
    },
    {
        "name": "s3 list_objects_v2: a flag variable only the stop test reads goes with it",
        "file": BTO101 + "while_true.py",
        "function": "flag_variable",
        "client": "s3",
        "operation": "list_objects_v2",
        "call": "flag_variable('bkt')",
        "paginate": "dict(Bucket='bkt')",
        "pages": [s3_v2_page(["a", "b"], "c1"), s3_v2_page(["c"])],
        "expect": 3,
    },
    # --- BTO101, a first call before the loop -------------------------------
    {
        "name": "cloudformation list_stacks: while 'NextToken' in response, x = resp[K] then x.extend",
        "file": BTO101 + "first_call_before.py",
        "function": "stack_names",
        "client": "cfn",
        "operation": "list_stacks",
        "call": "stack_names()",
        "paginate": "dict(StackStatusFilter=['CREATE_COMPLETE'])",
        "pages": [
            {
                "StackSummaries": [{"StackName": n, "CreationTime": CREATED, "StackStatus": "CREATE_COMPLETE"} for n in ns],
                **({"NextToken": t} if t else {}),
            }
            for ns, t in [(["web", "db"], "k1"), (["cache"], "k2"), (["queue"], None)]
        ],
        "expect": ["web", "db", "cache", "queue"],
    },
    {
        "name": "ec2 describe_volumes: while token after a first call, list comprehension +=",
        "file": BTO101 + "first_call_before.py",
        "function": "volume_ids",
        "client": "ec2",
        "operation": "describe_volumes",
        "call": "volume_ids('us-east-1a')",
        "paginate": "dict(Filters=[{'Name': 'availability-zone', 'Values': ['us-east-1a']}], PaginationConfig={'PageSize': 50})",
        "pages": [
            {"Volumes": [{"VolumeId": "vol-1"}, {"VolumeId": "vol-2"}], "NextToken": "v1"},
            {"Volumes": [{"VolumeId": "vol-3"}]},
        ],
        "expect": ["vol-1", "vol-2", "vol-3"],
    },
    {
        "name": "sns list_topics: the same printing before and inside the loop",
        "file": BTO101 + "first_call_before.py",
        "function": "print_topics",
        "client": "sns",
        "operation": "list_topics",
        "call": "print_topics()",
        "paginate": "dict()",
        "pages": [
            {"Topics": [{"TopicArn": "arn:t1"}], "NextToken": "t1"},
            {"Topics": [{"TopicArn": "arn:t2"}], "NextToken": "t2"},
            {"Topics": [{"TopicArn": "arn:t3"}]},
        ],
    },
    {
        "name": "kms list_keys: call at the end of the loop, Truncated flag, Marker/NextMarker",
        "file": BTO101 + "first_call_before.py",
        "function": "key_ids",
        "client": "kms",
        "operation": "list_keys",
        "call": "key_ids()",
        "paginate": "dict(PaginationConfig={'PageSize': 100})",
        "pages": [
            {"Keys": [{"KeyId": "k1"}], "Truncated": True, "NextMarker": "m1"},
            {"Keys": [{"KeyId": "k2"}, {"KeyId": "k3"}], "Truncated": False},
        ],
        "expect": ["k1", "k2", "k3"],
    },
    {
        "name": "servicecatalog list_portfolios: PageToken/NextPageToken, call at the end",
        "file": BTO101 + "first_call_before.py",
        "function": "portfolio_names",
        "client": "catalog",
        "operation": "list_portfolios",
        "call": "portfolio_names()",
        "paginate": "dict()",
        "pages": [
            {"PortfolioDetails": [{"Id": "port-1", "DisplayName": "one"}], "NextPageToken": "p1"},
            {"PortfolioDetails": [{"Id": "port-2", "DisplayName": "two"}], "NextPageToken": "p2"},
            {"PortfolioDetails": [{"Id": "port-3", "DisplayName": "three"}]},
        ],
        "expect": ["one", "two", "three"],
    },
    # --- BTO101, methods ----------------------------------------------------
    {
        "name": "ec2 describe_instances through self.client",
        "file": BTO101 + "methods.py",
        "function": "Inventory.instance_ids",
        "setup": "Inventory('us-east-1')",
        "client": "obj.client",
        "operation": "describe_instances",
        "call": "obj.instance_ids()",
        "paginate": "dict(Filters=[{'Name': 'instance-state-name', 'Values': ['running']}])",
        "pages": [
            {"Reservations": [{"Instances": [{"InstanceId": "i-1"}, {"InstanceId": "i-2"}]}], "NextToken": "r1"},
            {"Reservations": [{"Instances": [{"InstanceId": "i-3"}]}]},
        ],
        "expect": ["i-1", "i-2", "i-3"],
    },
    {
        "name": "lambda list_functions: conditional kwargs dict, MaxItems as PageSize",
        "file": BTO101 + "methods.py",
        "function": "Inventory.function_names",
        "setup": "Inventory('us-east-1')",
        "client": "obj.lambdas",
        "operation": "list_functions",
        "call": "obj.function_names()",
        "paginate": "dict(PaginationConfig={'PageSize': 50})",
        "pages": [
            {"Functions": [{"FunctionName": "f1"}], "NextMarker": "f1"},
            {"Functions": [{"FunctionName": "f2"}]},
        ],
        "expect": ["f1", "f2"],
    },
    # --- BTO101, DynamoDB ---------------------------------------------------
    {
        "name": "dynamodb Table.query: ExclusiveStartKey/LastEvaluatedKey via table.meta.client, Key condition, Limit",
        "file": BTO101 + "dynamodb.py",
        "function": "orders_of",
        "client": "orders.meta.client",
        "operation": "query",
        "call": "orders_of('c1')",
        "paginate": "dict(TableName='orders', KeyConditionExpression=Key('customer').eq('c1'), PaginationConfig={'PageSize': 25})",
        "pages": [
            ddb_page([item("c1", 1, "10.5"), item("c1", 2, "3")], {"customer": {"S": "c1"}, "id": {"N": "2"}}),
            ddb_page([item("c1", 3, "7.25")], {"customer": {"S": "c1"}, "id": {"N": "3"}}),
            ddb_page([]),
        ],
    },
    {
        "name": "dynamodb Table.scan: call at the end, Attr filter, Decimal arithmetic",
        "file": BTO101 + "dynamodb.py",
        "function": "total_above",
        "client": "orders.meta.client",
        "operation": "scan",
        "call": "total_above(Decimal('5'))",
        "paginate": "dict(TableName='orders', FilterExpression=Attr('amount').gt(Decimal('5')))",
        "pages": [
            ddb_page([item("c1", 1, "10.5")], {"customer": {"S": "c1"}, "id": {"N": "1"}}),
            ddb_page([item("c2", 4, "6"), item("c3", 5, "100")]),
        ],
        "expect": {"Decimal": "116.5"},
    },
    {
        "name": "dynamodb client scan: ExclusiveStartKey with the low-level client",
        "file": BTO101 + "dynamodb.py",
        "function": "raw_scan",
        "client": "client",
        "operation": "scan",
        "call": "raw_scan('events')",
        "paginate": "dict(TableName='events')",
        "pages": [
            ddb_page([item("c1", 1, "1")], {"customer": {"S": "c1"}, "id": {"N": "1"}}),
            ddb_page([item("c2", 2, "2")], {"customer": {"S": "c2"}, "id": {"N": "2"}}),
            ddb_page([item("c3", 3, "3")]),
        ],
    },
    {
        "name": "dynamodb list_tables: ExclusiveStartTableName/LastEvaluatedTableName",
        "file": BTO101 + "dynamodb.py",
        "function": "table_names",
        "client": "client",
        "operation": "list_tables",
        "call": "table_names()",
        "paginate": "dict()",
        "pages": [
            {"TableNames": ["alpha", "beta"], "LastEvaluatedTableName": "beta"},
            {"TableNames": ["gamma"]},
        ],
        "expect": ["alpha", "beta", "gamma"],
    },
    # --- BTO101, several tokens ---------------------------------------------
    {
        "name": "s3 list_object_versions: KeyMarker and VersionIdMarker, a page with only delete markers",
        "file": BTO101 + "multi_token.py",
        "function": "all_versions",
        "client": "s3",
        "operation": "list_object_versions",
        "call": "all_versions('bkt')",
        "paginate": "dict(Bucket='bkt')",
        "pages": [
            {
                "Versions": [{"Key": "a", "VersionId": "v1"}, {"Key": "a", "VersionId": "v2"}],
                "IsTruncated": True,
                "NextKeyMarker": "a",
                "NextVersionIdMarker": "v2",
            },
            {"DeleteMarkers": [{"Key": "b", "VersionId": "d1"}], "IsTruncated": True, "NextKeyMarker": "b", "NextVersionIdMarker": "d1"},
            {"Versions": [{"Key": "c", "VersionId": "v3"}], "IsTruncated": False},
        ],
        "expect": [["a", "v1"], ["a", "v2"], ["c", "v3"]],
    },
    {
        "name": "s3 list_objects: Marker from the last key (NextMarker || Contents[-1].Key)",
        "file": BTO101 + "multi_token.py",
        "function": "old_style_keys",
        "client": "s3",
        "operation": "list_objects",
        "call": "old_style_keys('bkt')",
        "paginate": "dict(Bucket='bkt')",
        "pages": [
            {"Contents": [{"Key": "k1"}, {"Key": "k2"}], "IsTruncated": True},
            {"Contents": [{"Key": "k3"}], "IsTruncated": True},
            {"Contents": [{"Key": "k4"}], "IsTruncated": False},
        ],
        "expect": ["k1", "k2", "k3", "k4"],
    },
    {
        "name": "route53 list_resource_record_sets: three tokens, one fed under an if, MaxItems as a string PageSize",
        "file": BTO101 + "multi_token.py",
        "function": "all_records",
        "client": "route53",
        "operation": "list_resource_record_sets",
        "call": "all_records('Z1')",
        "paginate": "dict(HostedZoneId='Z1', PaginationConfig={'PageSize': '100'})",
        "pages": [
            {
                "ResourceRecordSets": [{"Name": "a.example.com.", "Type": "A", "SetIdentifier": "one"}],
                "IsTruncated": True,
                "MaxItems": "100",
                "NextRecordName": "a.example.com.",
                "NextRecordType": "A",
                "NextRecordIdentifier": "two",
            },
            {
                "ResourceRecordSets": [{"Name": "a.example.com.", "Type": "A", "SetIdentifier": "two"}],
                "IsTruncated": True,
                "MaxItems": "100",
                "NextRecordName": "b.example.com.",
                "NextRecordType": "CNAME",
                "NextRecordIdentifier": "three",
            },
            {"ResourceRecordSets": [{"Name": "b.example.com.", "Type": "CNAME", "SetIdentifier": "three"}], "IsTruncated": False, "MaxItems": "100"},
        ],
    },
    # --- BTO101, style ------------------------------------------------------
    {
        "name": "iam list_groups: tab indentation, single quotes, comments",
        "file": BTO101 + "style.py",
        "function": "groups",
        "client": "iam",
        "operation": "list_groups",
        "call": "groups()",
        "paginate": "dict(PathPrefix='/teams/')",
        "pages": [iam_page("Group", ["red"], "g1", "/teams/"), iam_page("Group", ["blue", "green"], None, "/teams/")],
        "expect": ["red", "blue", "green"],
    },
    {
        "name": "iam list_groups: the response read after the loop keeps its name",
        "file": BTO101 + "style.py",
        "function": "script_style",
        "client": "iam",
        "operation": "list_groups",
        "call": "script_style()",
        "paginate": "dict(PaginationConfig={'PageSize': 10})",
        "pages": [iam_page("Group", ["a"], "g1"), iam_page("Group", ["b"], "g2"), iam_page("Group", ["c"])],
    },
    {
        "name": "iam list_roles: a commented kwargs literal stays, only the token lines go",
        "file": BTO101 + "style.py",
        "function": "commented_literal",
        "client": "iam",
        "operation": "list_roles",
        "call": "commented_literal('/ops/')",
        "paginate": "dict(PathPrefix='/ops/')",
        "pages": [iam_page("Role", ["a"], "r1", "/ops/"), iam_page("Role", ["b"], "r2", "/ops/"), iam_page("Role", ["c"], None, "/ops/")],
        "expect": ["a", "b", "c"],
    },
    {
        "name": "ec2 describe_volumes: a kwargs literal over several lines inlined",
        "file": BTO101 + "style.py",
        "function": "filters_over_lines",
        "client": "ec2",
        "operation": "describe_volumes",
        "call": "filters_over_lines('eu-west-1b')",
        "paginate": "dict(Filters=[{'Name': 'availability-zone', 'Values': ['eu-west-1b']}])",
        "pages": [{"Volumes": [{"VolumeId": "vol-a"}], "NextToken": "t1"}, {"Volumes": [{"VolumeId": "vol-b"}]}],
        "expect": ["vol-a", "vol-b"],
    },
    # --- BTO101 then BTO104 -------------------------------------------------
    {
        "name": "iam list_users: loop rewritten, then collected with .search('Users[].UserName')",
        "file": BTO101 + "then_search.py",
        "function": "user_names",
        "client": "iam",
        "operation": "list_users",
        "call": "user_names()",
        "paginate": "dict(PathPrefix='/staff/')",
        "pages": [iam_page("User", ["a", "b"], "m1", "/staff/"), iam_page("User", ["c"], None, "/staff/")],
        "expect": ["a", "b", "c"],
    },
    {
        "name": "s3 list_objects_v2: rewritten into .search with || `[]`, over a page without Contents",
        "file": BTO101 + "then_search.py",
        "function": "keys",
        "client": "s3",
        "operation": "list_objects_v2",
        "call": "keys('bkt')",
        "paginate": "dict(Bucket='bkt')",
        "pages": [s3_v2_page(["x", "y"], "c1"), s3_v2_page([], "c2"), s3_v2_page(["z"])],
        "expect": {"set": ["x", "y", "z"]},
    },
    # --- BTO104 -------------------------------------------------------------
    {
        "name": "BTO104 iam list_users: names = [] and the loops become list(....search())",
        "file": BTO104 + "flatten.py",
        "function": "user_names",
        "client": "iam",
        "operation": "list_users",
        "call": "user_names()",
        "paginate": "dict(PathPrefix='/staff/')",
        "pages": [iam_page("User", ["a"], "m1", "/staff/"), iam_page("User", ["b", "c"], None, "/staff/")],
        "expect": ["a", "b", "c"],
    },
    {
        "name": "BTO104 s3 list_objects_v2: set.update with Contents[].Key || `[]`, an empty page",
        "file": BTO104 + "flatten.py",
        "function": "keys",
        "client": "s3",
        "operation": "list_objects_v2",
        "call": "(lambda found: (keys('bkt', found), found)[1])(set())",
        "paginate": "dict(Bucket='bkt')",
        "pages": [s3_v2_page([], "c1"), s3_v2_page(["k1", "k2"])],
        "expect": {"set": ["k1", "k2"]},
    },
    {
        "name": "BTO104 s3 list_objects_v2: extend with page.get('Contents') or [] over an empty page",
        "file": BTO104 + "flatten.py",
        "function": "all_objects",
        "client": "s3",
        "operation": "list_objects_v2",
        "call": "all_objects('bkt')",
        "paginate": "dict(Bucket='bkt')",
        "pages": [s3_v2_page(["k1"], "c1"), s3_v2_page([])],
    },
    {
        "name": "BTO104 iam list_roles: yield becomes yield from",
        "file": BTO104 + "flatten.py",
        "function": "role_arns",
        "client": "iam",
        "operation": "list_roles",
        "call": "role_arns()",
        "paginate": "dict()",
        "pages": [iam_page("Role", ["r1"], "m1"), iam_page("Role", ["r2"])],
    },
    {
        "name": "BTO104 iam list_policies: list comprehension over pages and items",
        "file": BTO104 + "flatten.py",
        "function": "policy_names",
        "client": "iam",
        "operation": "list_policies",
        "call": "policy_names()",
        "paginate": "dict(Scope='Local')",
        "pages": [
            {"Policies": [{"PolicyName": "p1"}, {"PolicyName": "p2"}], "IsTruncated": True, "Marker": "m1"},
            {"Policies": [{"PolicyName": "p3"}], "IsTruncated": False},
        ],
        "expect": ["p1", "p2", "p3"],
    },
    {
        "name": "BTO104 s3 list_objects_v2: a nested field, Contents[].Owner.ID",
        "file": BTO104 + "flatten.py",
        "function": "nested_field",
        "client": "s3",
        "operation": "list_objects_v2",
        "call": "nested_field('bkt')",
        "paginate": "dict(Bucket='bkt', FetchOwner=True)",
        "pages": [
            {"Contents": [{"Key": "a", "Owner": {"ID": "o1"}}], "IsTruncated": True, "NextContinuationToken": "c1"},
            {"Contents": [{"Key": "b", "Owner": {"ID": "o2"}}], "IsTruncated": False},
        ],
        "expect": ["o1", "o2"],
    },
    # --- BTO102: the original sees the first page only ----------------------
    {
        "name": "BTO102 iam list_users: users = list(paginator.paginate().search('Users[]'))",
        "file": BTO102 + "first_page.py",
        "function": "users",
        "client": "iam",
        "operation": "list_users",
        "call": "[u['UserName'] for u in users()]",
        "paginate": "dict()",
        "pages": [iam_page("User", ["a"], "m1"), iam_page("User", ["b"])],
        "first_page_only": True,
        "expect": ["a", "b"],
    },
    {
        "name": "BTO102 dynamodb Table.scan: table.meta.client paginator with TableName=table.name",
        "file": BTO102 + "first_page.py",
        "function": "events",
        "client": "table.meta.client",
        "operation": "scan",
        "call": "[e['id'] for e in events()]",
        "paginate": "dict(TableName='events')",
        "pages": [ddb_page([item("c1", 1, "1")], {"customer": {"S": "c1"}, "id": {"N": "1"}}), ddb_page([item("c2", 2, "2")])],
        "first_page_only": True,
        "expect": [{"Decimal": "1"}, {"Decimal": "2"}],
    },
    {
        "name": "BTO102 s3 list_objects_v2: the .search form with || `[]` over an empty last page",
        "file": BTO102 + "first_page.py",
        "function": "collect",
        "client": "s3",
        "operation": "list_objects_v2",
        "call": "(lambda into: (collect('bkt', into), [o['Key'] for o in into])[1])([])",
        "paginate": "dict(Bucket='bkt')",
        "pages": [s3_v2_page(["a"], "c1"), s3_v2_page([])],
        "first_page_only": True,
        "expect": ["a"],
    },
]
