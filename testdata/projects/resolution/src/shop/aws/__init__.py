"""Clients of the shop, made in one place (shape f: imported elsewhere)."""
import functools

import boto3

s3 = boto3.client("s3")


@functools.lru_cache(maxsize=None)
def client(service):
    # Shape e and g: a cached factory; the service name comes from callers.
    return boto3.client(service)


def table(name):
    return boto3.resource("dynamodb").Table(name)
