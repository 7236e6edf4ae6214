import asyncio
import time
from time import sleep

import boto3

ec2 = boto3.client("ec2")
ddb = boto3.client("dynamodb")
cfn = boto3.client("cloudformation")
rds = boto3.client("rds")


def wait_running(instance_id: str) -> None:
    while True:  # want BTO103 "polls `describe_instances` with `time.sleep` until the response changes: use the waiter `ec2.get_waiter\(\"instance_running\"\)` \(every 15 s, at most 40 attempts\), called as `.wait\(InstanceIds=\[instance_id\]\)`"
        resp = ec2.describe_instances(InstanceIds=[instance_id])
        state = resp["Reservations"][0]["Instances"][0]["State"]["Name"]
        if state == "running":
            break
        time.sleep(5)


def wait_table(name: str) -> None:
    status = ""
    while status != "ACTIVE":  # want BTO103 "`describe_table`.*`ddb.get_waiter\(\"table_exists\"\)`"
        sleep(2)
        status = ddb.describe_table(TableName=name)["Table"]["TableStatus"]


def wait_stack(stack: str) -> str:
    for _ in range(60):  # want BTO103 "`describe_stacks`.*`cfn.get_waiter\(\"stack_create_complete\"\)`"
        stack_status = cfn.describe_stacks(StackName=stack)["Stacks"][0]["StackStatus"]
        if stack_status in ("CREATE_COMPLETE", "CREATE_FAILED"):
            return stack_status
        time.sleep(10)
    raise TimeoutError(stack)


async def wait_async(instance_id: str) -> None:
    while True:  # want BTO103 "`asyncio.sleep`"
        resp = ec2.describe_instances(InstanceIds=[instance_id])
        if resp["Reservations"][0]["Instances"][0]["State"]["Name"] == "stopped":
            break
        await asyncio.sleep(15)


def wait_running_wrapped(instance_id: str) -> None:
    # A wrapper's aws_retry=True is not the waiter's: it is left out.
    while True:  # want BTO103 "called as `.wait\(InstanceIds=\[instance_id\]\)`"
        resp = ec2.describe_instances(InstanceIds=[instance_id], aws_retry=True)
        if resp["Reservations"][0]["Instances"][0]["State"]["Name"] == "running":
            break
        time.sleep(5)
