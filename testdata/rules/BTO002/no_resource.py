import boto3
import aioboto3
from boto3 import resource

lam = boto3.resource("lambda")  # want BTO002 "`lambda` has no boto3 resource interface \(ResourceNotExistsError\): use a client; resources exist only for cloudformation, cloudwatch, dynamodb, ec2, glacier, iam, s3, sns, sqs"
session = boto3.session.Session(profile_name="dev")
logs = session.resource(service_name="logs")  # want BTO002 "`logs` has no boto3 resource interface"
kms = resource("kms")  # want BTO002 "`kms`"

STEP_FUNCTIONS = "stepfunctions"
sfn = boto3.resource(STEP_FUNCTIONS)  # want BTO002 "`stepfunctions`"


async def main():
    async with aioboto3.Session().resource("sts") as sts:  # want BTO002 "`sts`"
        pass


# Services with a resource interface.
s3 = boto3.resource("s3")
table = boto3.resource("dynamodb").Table("t")
queue = session.resource("sqs").Queue("url")
client = boto3.client("lambda")
