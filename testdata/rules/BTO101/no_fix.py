import aioboto3
import boto3

sqs = boto3.client("sqs")
sns = boto3.client("sns")
iam = boto3.client("iam")


def skips_last_page() -> list[str]:
    # The work after the check never sees the last page: the rewrite would.
    urls = []
    kwargs = {}
    while True:  # want BTO101
        resp = sqs.list_queues(**kwargs)
        if "NextToken" not in resp:
            break
        urls.extend(resp["QueueUrls"])
        kwargs["NextToken"] = resp["NextToken"]
    return urls


def logs_token() -> list[str]:
    # The token is used for something else than paging.
    arns = []
    token = None
    while True:  # want BTO101
        resp = sns.list_topics(**({"NextToken": token} if token else {}))
        arns += [t["TopicArn"] for t in resp["Topics"]]
        token = resp.get("NextToken")
        print("next page:", token)
        if not token:
            break
    return arns


def with_continue() -> list[str]:
    names = []
    kwargs = {}
    while True:  # want BTO101
        resp = iam.list_roles(**kwargs)
        if not resp["Roles"]:
            continue
        names += [r["RoleName"] for r in resp["Roles"]]
        if not resp["IsTruncated"]:
            break
        kwargs["Marker"] = resp["Marker"]
    return names


def for_loop(groups: list[str]) -> list[str]:
    names = []
    kwargs = {}
    for _page in iter(int, 1):  # want BTO101
        resp = iam.list_roles(**kwargs)
        names += [r["RoleName"] for r in resp["Roles"]]
        if not resp["IsTruncated"]:
            break
        kwargs["Marker"] = resp["Marker"]
    return names


def kwargs_kept(prefix: str | None) -> list[str]:
    # The dict is built in the loop with a condition: it cannot be hoisted.
    names = []
    token = None
    while True:  # want BTO101
        kwargs = {}
        if prefix:
            kwargs["PathPrefix"] = prefix
        if token:
            kwargs["Marker"] = token
        resp = iam.list_roles(**kwargs)
        names += [r["RoleName"] for r in resp["Roles"]]
        token = resp.get("Marker")
        if not resp["IsTruncated"]:
            break
    return names


def other_first_call() -> list[str]:
    # The first call asks for something else than the next ones.
    resp = iam.list_roles(PathPrefix="/service-role/")
    names = [r["RoleName"] for r in resp["Roles"]]
    while resp["IsTruncated"]:  # want BTO101
        resp = iam.list_roles(Marker=resp["Marker"])
        names += [r["RoleName"] for r in resp["Roles"]]
    return names


def wrong_token() -> list[str]:
    # Marker fed from the wrong field: not what the paginator does.
    names = []
    kwargs = {}
    while True:  # want BTO101
        resp = iam.list_roles(**kwargs)
        names += [r["RoleName"] for r in resp["Roles"]]
        if not resp["IsTruncated"]:
            break
        kwargs["Marker"] = resp["Roles"][-1]["RoleName"]
    return names


async def async_keys(bucket: str) -> list[str]:
    # aiobotocore paginators need `async for`: detected, not rewritten.
    keys = []
    async with aioboto3.Session().client("s3") as s3c:
        kwargs = {"Bucket": bucket}
        while True:  # want BTO101 "`list_objects_v2`"
            resp = await s3c.list_objects_v2(**kwargs)
            keys += [o["Key"] for o in resp.get("Contents", [])]
            if not resp.get("IsTruncated"):
                break
            kwargs["ContinuationToken"] = resp["NextContinuationToken"]
    return keys


def stale_check() -> list[str]:
    # The test reads the token of the previous page: the last page is lost.
    names = []
    marker = None
    resp = iam.list_roles()
    while True:  # want BTO101
        names += [r["RoleName"] for r in resp["Roles"]]
        if resp["IsTruncated"] and not marker:
            break
        marker = resp.get("Marker")
        resp = iam.list_roles(Marker=marker)
    return names


def token_not_renewed() -> list[str]:
    resp = iam.list_roles()
    names = [r["RoleName"] for r in resp["Roles"]]
    marker = resp.get("Marker")
    while marker:  # want BTO101
        resp = iam.list_roles(Marker=marker)
        names += [r["RoleName"] for r in resp["Roles"]]
    return names
