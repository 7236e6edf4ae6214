# select: BTO900, BTO901
import boto3

s3 = boto3.client("s3")  # noqa: BTO999  # want BTO901 "`BTO999` is not a botolint rule"
sqs = boto3.client("sqs")  # noqa: BTO900, E501  # want BTO901 "no BTO900 finding"
sns = boto3.client("sns")  # noqa: syntax-error because reasons  # want BTO901 "no BTO900 finding"
ses = boto3.client("ses")  # type: ignore  # noqa: BTO900  # want BTO901

# Near misses: a bare noqa and other tools' codes are not ours to judge.
kms = boto3.client("kms")  # noqa
sts = boto3.client("sts")  # noqa: E501, F401
