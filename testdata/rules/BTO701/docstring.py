"""Sync tool. 🚀"""  # want BTO701 "in a string"
import boto3  # 🚀  # want BTO701


def copy(src: str, dst: str) -> None:
    """Copy objects ↔️ between buckets."""  # want BTO701 "U\+2194 U\+FE0F"
    s3 = boto3.resource("s3")
    s3.Bucket(dst).copy({"Bucket": src, "Key": "k"}, "k")
