import boto3

iam = boto3.client("iam")
s3 = boto3.client("s3")
ec2 = boto3.client("ec2")


def user_names() -> list[str]:
    paginator = iam.get_paginator("list_users")
    names = []
    for page in paginator.paginate(PathPrefix="/staff/"):  # want BTO104 "only collect `UserName` of each item of `Users`: use `.search\(\"Users\[\].UserName\"\)`"
        for user in page["Users"]:
            names.append(user["UserName"])
    return names


def keys(bucket: str, found: set[str]) -> None:
    paginator = s3.get_paginator("list_objects_v2")
    for page in paginator.paginate(Bucket=bucket):  # want BTO104 "`Key` of each item of `Contents`"
        # empty buckets have no Contents
        for obj in page.get("Contents", []):
            found.add(obj["Key"])


def all_objects(bucket: str) -> list[dict]:
    objects = []
    pages = s3.get_paginator("list_objects_v2").paginate(Bucket=bucket)
    for page in pages:  # want BTO104 "the items of `Contents`"
        objects.extend(page.get("Contents") or [])
    return objects


def instance_states() -> list[str]:
    states = []
    for page in ec2.get_paginator("describe_instances").paginate():  # want BTO104 "the items of `Reservations`"
        for reservation in page["Reservations"]:
            states.append(reservation)
    return states


def role_arns():
    for page in iam.get_paginator("list_roles").paginate():  # want BTO104 "`Arn`"
        for role in page["Roles"]:
            yield role["Arn"]


def policy_names() -> list[str]:
    paginator = iam.get_paginator("list_policies")
    return [p["PolicyName"] for page in paginator.paginate(Scope="Local") for p in page["Policies"]]  # want BTO104 "`PolicyName`"


def group_ids() -> set[str]:
    paginator = iam.get_paginator("list_groups")
    return {g["GroupId"] for page in paginator.paginate() for g in page["Groups"]}  # want BTO104 "`GroupId`"


def sorted_tags() -> list[str]:
    paginator = iam.get_paginator("list_instance_profiles")
    return sorted(ip["InstanceProfileName"] for page in paginator.paginate() for ip in page["InstanceProfiles"])  # want BTO104


def nested_field(bucket: str) -> list[str]:
    owners = []
    for page in s3.get_paginator("list_objects_v2").paginate(Bucket=bucket, FetchOwner=True):  # want BTO104 "`Owner.ID` of each item"
        for obj in page["Contents"]:
            owners.append(obj["Owner"]["ID"])
    return owners
