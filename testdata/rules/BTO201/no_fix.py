import boto3


def read_first(keys: list[str]) -> None:
    s3 = None
    for key in keys:
        print(s3)
        s3 = boto3.client("s3")  # want BTO201
        s3.head_object(Bucket="b", Key=key)


def rebound(keys: list[str]) -> None:
    for key in keys:
        s3 = boto3.client("s3")  # want BTO201
        s3.head_object(Bucket="b", Key=key)
        s3 = None


def under_if(keys: list[str], debug: bool) -> None:
    for key in keys:
        if debug:
            s3 = boto3.client("s3")  # want BTO201
            s3.head_object(Bucket="b", Key=key)


def attribute_target(self, keys: list[str]) -> None:
    for key in keys:
        self.s3 = boto3.client("s3")  # want BTO201
        self.s3.head_object(Bucket="b", Key=key)
