# select: ALL
import boto3

s3 = boto3.client("s3")  # noqa: BTO201  # want BTO901 "no BTO201 finding"
s3b = boto3.client("s3")  # noqa: BTO999, E501  # want BTO901 "not a botolint rule"
s3c = boto3.client("s3")  # noqa: BTO201 the client is shared  # want BTO901
s3d = boto3.client("s3")  # type: ignore  # noqa: client-in-loop  # want BTO901

# Near misses: a bare noqa and other tools' codes are not ours to judge.
s3e = boto3.client("s3")  # noqa
s3f = boto3.client("s3")  # noqa: E501

# A used noqa: the client in the loop is deliberate, BTO201 is suppressed
# and BTO901 has nothing to say.
for bucket in ["logs", "backups"]:
    s3g = boto3.client("s3")  # noqa: BTO201
    s3g.head_bucket(Bucket=bucket)
