import boto3

s3 = boto3.client("s3")
waiter = s3.get_waiter("bucket_exists")
waiter.wait(Bucket="b", WaiterConfig={"delay": 5, "max_attempts": 10})  # want BTO011 "`delay` is not a WaiterConfig key" BTO011 "did you mean `MaxAttempts`"
s3.get_waiter("object_exists").wait(Bucket="b", Key="k", WaiterConfig={"Delay": 5, "Timeout": 60})  # want BTO011 "WaiterConfig takes `Delay` and `MaxAttempts`"
waiter.wait(Bucket="b", WaiterConfig={"MaxItems": 3})  # want BTO011 "`MaxItems` belongs in PaginationConfig"

table = boto3.resource("dynamodb").Table("t")
table.wait_until_exists(WaiterConfig={"maxAttempts": 3})  # want BTO011 "did you mean `MaxAttempts`"


class Deployer:
    def __init__(self) -> None:
        self.ec2 = boto3.client("ec2")

    def start(self, instance_id: str) -> None:
        self.ec2.get_waiter("instance_running").wait(
            InstanceIds=[instance_id],
            WaiterConfig={"Delay": 15, "MaxAttempts": 40},
        )

    def stop(self, instance_id: str) -> None:
        self.ec2.get_waiter("instance_stopped").wait(InstanceIds=[instance_id], WaiterConfig={"delay": 15})  # want BTO011 "did you mean `Delay`"
