import boto3
from botocore.exceptions import ClientError

s3 = boto3.client("s3")
iam = boto3.client("iam")
sqs = boto3.client("sqs")
ec2 = boto3.client("ec2")


def read(bucket: str, key: str) -> bytes | None:
    try:
        return s3.get_object(Bucket=bucket, Key=key)["Body"].read()
    except s3.exceptions.NoSuchKey:
        return None
    except s3.exceptions.NoSuchBuckets:  # want BTO012 "`NoSuchBuckets` is not a modeled error of the S3 client \(AttributeError\); did you mean `NoSuchBucket`"
        return None
    except s3.exceptions.ResourceNotFoundException:  # want BTO012 "`ResourceNotFoundException` is not a modeled error of the S3 client"
        return None
    except s3.exceptions.ClientError:
        raise


def user(name: str):
    try:
        return iam.get_user(UserName=name)
    except iam.exceptions.NoSuchEntity:  # want BTO012 "the error code `NoSuchEntity` is raised as `NoSuchEntityException`"
        return None
    except (iam.exceptions.LimitExceeded, iam.exceptions.ServiceFailureException):  # want BTO012 "`LimitExceededException`"
        raise


def queue(name: str):
    try:
        return sqs.get_queue_url(QueueName=name)
    except sqs.exceptions.QueueDoesNotExists:  # want BTO012 "did you mean `QueueDoesNotExist`"
        return None


def instances():
    try:
        return ec2.describe_instances()
    except ec2.exceptions.InvalidInstanceIDNotFound:  # want BTO012 "the service models no errors; catch `ClientError`"
        return None


def check(err: Exception) -> bool:
    # isinstance, raise and plain reads are checked too.
    if isinstance(err, s3.exceptions.NoSuchUploads):  # want BTO012 "did you mean `NoSuchUpload`"
        return True
    handler = s3.exceptions.InvalidObjectStates  # want BTO012 "did you mean `InvalidObjectState`"
    raise s3.exceptions.BucketAlreadyExist({}, "CreateBucket")  # want BTO012 "did you mean `BucketAlreadyExists`"


class Store:
    def __init__(self) -> None:
        self.client = boto3.client("dynamodb")

    def get(self, key: dict):
        try:
            return self.client.get_item(TableName="t", Key=key)
        except self.client.exceptions.ResourceNotFound:  # want BTO012 "did you mean `ResourceNotFoundException`"
            return None
        except self.client.exceptions.ConditionalCheckFailedException:
            return None


def valid(err: ClientError) -> None:
    cls = s3.exceptions.from_code("NoSuchKey")
    codes = s3.exceptions._code_to_exception
    print(cls, codes, err)
