import boto3

s3 = boto3.client("s3")


def unresolved(client, resource) -> None:
    try:
        client.do()
    except client.exceptions.WhateverError:
        pass
    except resource.exceptions.WhateverError:
        pass


def unknown_service() -> None:
    c = boto3.client("not-a-service")
    try:
        c.do()
    except c.exceptions.Anything:
        pass


class Wrapper:
    exceptions = None


Wrapper().exceptions
ambiguous = boto3.client("s3")
ambiguous = boto3.client("sqs")
try:
    pass
except ambiguous.exceptions.NoSuchKey:
    pass
