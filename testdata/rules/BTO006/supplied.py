import boto3

s3 = boto3.client("s3")


def upload(**kwargs):
    # A ** splat could supply anything.
    s3.put_object(Bucket="b", **kwargs)


base = {"Bucket": "b"}
s3.put_object(**base, Key="k")
s3.put_object(**{"Bucket": "b", "Key": "k"})
s3.delete_objects(Bucket="b", Delete={**base, "Quiet": True})

# Idempotency tokens are filled in by botocore.
ec2 = boto3.client("ec2")
ec2.create_fleet(LaunchTemplateConfigs=[], TargetCapacitySpecification={"TotalTargetCapacity": 1})
sfn = boto3.client("stepfunctions")
sfn.create_state_machine(name="m", definition="{}", roleArn="arn:aws:iam::123456789012:role/r")

# Glacier's accountId is filled in by botocore.
glacier = boto3.client("glacier")
glacier.list_vaults()

# Resources fill their identifiers.
table = boto3.resource("dynamodb").Table("orders")
table.put_item(Item={"pk": "1"})
obj = boto3.resource("s3").Object("b", "k")
obj.put(Body=b"data")
