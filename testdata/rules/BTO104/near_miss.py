import boto3

iam = boto3.client("iam")
s3 = boto3.client("s3")


def two_fields() -> list[tuple[str, str]]:
    out = []
    for page in iam.get_paginator("list_users").paginate():
        for user in page["Users"]:
            out.append((user["UserName"], user["Arn"]))
    return out


def filtered() -> list[str]:
    out = []
    for page in iam.get_paginator("list_users").paginate():
        for user in page["Users"]:
            if user["Path"] == "/admin/":
                out.append(user["UserName"])
    return out


def counts_pages() -> int:
    n = 0
    names = []
    for page in iam.get_paginator("list_users").paginate():
        n += 1
        for user in page["Users"]:
            names.append(user["UserName"])
    return n


def optional_field() -> list[str]:
    # .get on the item keeps None for missing fields; search would drop them.
    out = []
    for page in iam.get_paginator("list_users").paginate():
        for user in page["Users"]:
            out.append(user.get("PasswordLastUsed"))
    return out


def not_a_result_key(bucket: str) -> list[str]:
    out = []
    for page in s3.get_paginator("list_objects_v2").paginate(Bucket=bucket):
        for k in page["ResponseMetadata"]:
            out.append(k)
    return out


def page_used_later() -> list[str]:
    out = []
    for page in iam.get_paginator("list_users").paginate():
        for user in page["Users"]:
            out.append(user["UserName"])
    print(page["IsTruncated"])
    return out


def unknown(paginator) -> list[str]:
    out = []
    for page in paginator.paginate():
        for user in page["Users"]:
            out.append(user["UserName"])
    return out
