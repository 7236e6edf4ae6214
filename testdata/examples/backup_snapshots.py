"""Nightly EBS snapshot backup.

Creates a snapshot of every volume tagged Backup=true in the configured
regions, tags it, and prunes snapshots older than the retention period.
"""
import argparse
import datetime as dt
import logging
import sys

import boto3
from boto3.exceptions import ClientError
from botocore.config import Config

logger = logging.getLogger("backup")

CONFIG = Config(retries={"mode": "standard", "total_max_attempts": 5})
RETENTION_DAYS = 14


def volumes_to_back_up(ec2) -> list[str]:
    paginator = ec2.get_paginator("describe_volumes")
    pages = paginator.paginate(Filters=[{"Name": "tag:Backup", "Values": ["true"]}])
    return list(pages.search("Volumes[].VolumeId"))


def prune(region: str, volume_ids: list[str]) -> int:
    cutoff = dt.datetime.now(dt.timezone.utc) - dt.timedelta(days=RETENTION_DAYS)
    deleted = 0
    for volume_id in volume_ids:
        ec2 = boto3.client("ec2", region_name=region, config=CONFIG)
        paginator = ec2.get_paginator("describe_snapshots")
        for page in paginator.paginate(OwnerIds=["self"], Filters=[{"Name": "volume-id", "Values": [volume_id]}]):
            for snap in page["Snapshots"]:
                if snap["StartTime"] < cutoff:
                    ec2.delete_snapshot(SnapshotId=snap["SnapshotId"])
                    deleted += 1
    return deleted


def back_up_region(region: str) -> None:
    ec2 = boto3.client("ec2", region_name=region, config=CONFIG)
    volume_ids = volumes_to_back_up(ec2)
    for volume_id in volume_ids:
        try:
            ec2.create_snapshot(
                VolumeId=volume_id,
                Description=f"nightly backup of {volume_id}",
                TagSpecifications=[{"ResourceType": "snapshot", "Tags": [{"Key": "CreatedBy", "Value": "backup"}]}],
            )
        except ClientError as e:
            logger.error("%s: cannot snapshot %s: %s", region, volume_id, e)
    removed = prune(region, volume_ids)
    logger.info("%s: pruned %d old snapshots", region, removed)


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("regions", nargs="+")
    args = parser.parse_args()
    logging.basicConfig(level=logging.INFO)
    for region in args.regions:
        back_up_region(region)
    return 0


if __name__ == "__main__":
    sys.exit(main())
