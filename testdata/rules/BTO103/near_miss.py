import time

import boto3

ec2 = boto3.client("ec2")
sqs = boto3.client("sqs")
s3 = boto3.client("s3")
rds = boto3.client("rds")
ses = boto3.client("ses")


def rate_limited(ids: list[str]) -> None:
    # Sleeps between calls but never leaves on the response.
    for instance_id in ids:
        resp = ec2.describe_instances(InstanceIds=[instance_id])
        print(resp["Reservations"])
        time.sleep(1)


def no_sleep(instance_id: str) -> None:
    while True:
        resp = ec2.describe_instances(InstanceIds=[instance_id])
        if resp["Reservations"][0]["Instances"][0]["State"]["Name"] == "running":
            break


def no_waiter(queue: str) -> None:
    # receive_message has no waiter.
    while True:
        resp = sqs.receive_message(QueueUrl=queue)
        if "Messages" in resp:
            break
        time.sleep(5)


def pages_slowly(bucket: str) -> list[dict]:
    # A manual pagination loop that sleeps between pages: BTO101's business.
    items = []
    kwargs = {"Bucket": bucket}
    while True:
        resp = s3.list_objects_v2(**kwargs)
        items.extend(resp.get("Contents", []))
        if not resp.get("IsTruncated"):
            break
        kwargs["ContinuationToken"] = resp["NextContinuationToken"]
        time.sleep(1)
    return items


def exit_on_counter(instance_id: str) -> None:
    n = 0
    while n < 10:
        ec2.describe_instances(InstanceIds=[instance_id])
        n += 1
        time.sleep(1)


def wait_not_modifying(db: str) -> None:
    # No waiter waits for a status to leave "modifying": none is suggested.
    while True:
        resp = rds.describe_db_instances(DBInstanceIdentifier=db)
        if resp["DBInstances"][0]["DBInstanceStatus"] != "modifying":
            return
        time.sleep(30)


def wait_listed(identity: str) -> None:
    # It waits for the identity to be listed; identity_exists waits for
    # its verification to succeed: not the same thing.
    for _ in range(10):
        attrs = ses.get_identity_verification_attributes(Identities=[identity])["VerificationAttributes"]
        if identity in attrs:
            break
        time.sleep(3)
