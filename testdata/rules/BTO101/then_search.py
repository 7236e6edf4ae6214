# select: BTO101, BTO104
import boto3

iam = boto3.client("iam")
s3 = boto3.client("s3")


def user_names() -> list[str]:
    names = []
    kwargs = {"PathPrefix": "/staff/"}
    while True:  # want BTO101
        resp = iam.list_users(**kwargs)
        for user in resp["Users"]:
            names.append(user["UserName"])
        if not resp["IsTruncated"]:
            break
        kwargs["Marker"] = resp["Marker"]
    return names


def keys(bucket: str) -> set[str]:
    found = set()
    token = None
    while True:  # want BTO101
        resp = s3.list_objects_v2(Bucket=bucket, **({"ContinuationToken": token} if token else {}))
        for obj in resp.get("Contents", []):
            found.add(obj["Key"])
        token = resp.get("NextContinuationToken")
        if not token:
            break
    return found
