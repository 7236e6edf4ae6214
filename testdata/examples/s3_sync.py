"""Mirror a local directory to an S3 prefix.

Uploads files that are new or changed (by size and modification time) and
prints a summary.
"""
import os
import sys
from pathlib import Path

import boto3
from boto3.s3.transfer import TransferConfig
from botocore.exceptions import ClientError

s3 = boto3.client("s3")
TRANSFER = TransferConfig(multipart_threshold=64 * 1024 * 1024, max_concurrency=8)


def remote_index(bucket: str, prefix: str) -> dict[str, int]:
    """Map each key under prefix to its size."""
    index = {}
    paginator = s3.get_paginator("list_objects_v2")
    for page in paginator.paginate(Bucket=bucket, Prefix=prefix):
        for obj in page.get("Contents", []):
            index[obj["Key"]] = obj["Size"]
    return index


def local_files(root: Path):
    for dirpath, _, filenames in os.walk(root):
        for name in filenames:
            path = Path(dirpath) / name
            yield path, path.relative_to(root).as_posix()


def upload(path: Path, bucket: str, key: str) -> None:
    if path.stat().st_size == 0:
        print(f"refusing to upload empty file {path}", file=sys.stderr)
        sys.exit(3)
    s3.upload_file(str(path), bucket, key, Config=TRANSFER)


def sync(root: Path, bucket: str, prefix: str) -> int:
    existing = remote_index(bucket, prefix)
    uploaded = 0
    for path, rel in local_files(root):
        key = f"{prefix}/{rel}" if prefix else rel
        if existing.get(key) == path.stat().st_size:
            continue
        upload(path, bucket, key)
        uploaded += 1
    return uploaded


if __name__ == "__main__":
    if len(sys.argv) != 4:
        print("usage: s3_sync.py DIRECTORY BUCKET PREFIX", file=sys.stderr)
        sys.exit(2)
    try:
        count = sync(Path(sys.argv[1]), sys.argv[2], sys.argv[3].strip("/"))
    except ClientError as e:
        print(f"sync failed: {e}", file=sys.stderr)
        sys.exit(1)
    print(f"Sync complete: {count} files uploaded \u2705")
