import logging
import sys

import boto3
from botocore.exceptions import ClientError

logger = logging.getLogger(__name__)
s3 = boto3.client("s3")
lambda_client = boto3.client("lambda")


def get_function_config(name: str) -> dict | None:
    try:
        return lambda_client.get_function_configuration(FunctionName=name)
    except lambda_client.exceptions.ResourceNotFoundException:
        return None


def ensure_bucket(name: str) -> None:
    try:
        s3.create_bucket(Bucket=name)
    except s3.exceptions.BucketAlreadyOwnedByYou:
        pass


def exists(bucket: str) -> bool:
    try:
        s3.head_bucket(Bucket=bucket)
    except ClientError as e:
        logger.info("no bucket %s: %s", bucket, e)
        return False
    return True


def read(bucket: str, key: str) -> bytes | None:
    try:
        return s3.get_object(Bucket=bucket, Key=key)["Body"].read()
    except ClientError as e:
        logger.warning("cannot read %s: %s", key, e)
    return None


def reraise(bucket: str) -> None:
    try:
        s3.head_bucket(Bucket=bucket)
    except ClientError:
        logger.exception("head failed")
        raise


def count_failures(bucket: str, keys: list[str]) -> int:
    failed = 0
    for key in keys:
        try:
            s3.delete_object(Bucket=bucket, Key=key)
        except ClientError as e:
            logger.error("delete %s: %s", key, e)
            failed += 1
    return failed


def collect(bucket: str, keys: list[str], errors: list) -> None:
    for key in keys:
        try:
            s3.delete_object(Bucket=bucket, Key=key)
        except ClientError as e:
            errors.append(e)


def not_aws(path: str) -> None:
    try:
        open(path).read()
    except Exception as e:
        print(e)


def unknown_type() -> None:
    try:
        s3.list_buckets()
    except KeyError:
        pass


def nested_def() -> None:
    try:
        def later():
            s3.list_buckets()
    except Exception:
        pass


def main() -> int:
    try:
        s3.list_buckets()
    except ClientError as e:
        print(f"Error: {e}", file=sys.stderr)
        return 1
    try:
        s3.list_buckets()
    except ClientError as e:
        print(f"Error: {e}", file=sys.stderr)
    return 2


if __name__ == "__main__":
    try:
        s3.list_buckets()
    except ClientError as e:
        print(e, file=sys.stderr)
        sys.exit(1)
    sys.exit(main())


def account_id() -> str:
    # The value set before the try is the fallback the except keeps.
    acct_id = "000000000000"
    try:
        acct_id = boto3.client("sts").get_caller_identity()["Account"]
    except ClientError:
        pass
    return "arn:aws:cloudtrail:us-east-1:%s:trail/x" % acct_id


def regions_or_default(session) -> list:
    # The statement after the try tests what the try assigns: another path.
    try:
        regions = [r["RegionName"] for r in boto3.client("ec2").describe_regions()["Regions"]]
    except ClientError:
        pass
    if not regions:
        regions = session.get_available_regions("ec2")
    return regions


def cache_credentials(session) -> None:
    # botocore's JSONFileCache does no AWS call.
    from botocore.utils import JSONFileCache

    try:
        session.cache = JSONFileCache("/tmp/cache")
    except ClientError:
        return


def regions_or_given(regions=None) -> list:
    # The parameter is the fallback the except keeps.
    try:
        regions = [r["RegionName"] for r in boto3.client("ec2").describe_regions()["Regions"]]
    except ClientError:
        pass
    return regions or []
