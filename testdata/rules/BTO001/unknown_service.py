import boto3
import botocore.session
from boto3 import client as make_client

LOGS = "cloudwatch-logs"

s3 = boto3.client("S3")  # want BTO001 "`S3` is not a service name botocore knows \(UnknownServiceError\); did you mean `s3`\?"
table = boto3.resource("dynamodbb").Table("t")  # want BTO001 "`dynamodbb` .*\(ResourceNotExistsError\); did you mean `dynamodb`\?"
logs = boto3.client(LOGS)  # want BTO001 "`cloudwatch-logs` is not a service name"
session = boto3.Session(region_name="eu-west-1")
sqs = session.client(service_name="SQS")  # want BTO001 "did you mean `sqs`"
lam = botocore.session.get_session().create_client("lambdaa")  # want BTO001 "did you mean `lambda`"
sfn = make_client('step-functions')  # want BTO001 "did you mean `stepfunctions`"
res = session.resource("ec-2")  # want BTO001 "did you mean `ec2`"

# Real service names, and botocore's own alias, are fine.
ok = [
    boto3.client("s3"),
    boto3.client("logs"),
    boto3.client("stepfunctions"),
    boto3.client("runtime.sagemaker"),
    boto3.resource("dynamodb"),
    session.client("sts"),
]


def build(name):
    # Not a constant: nothing is known.
    return boto3.client(name)
