import boto3

# Operations without an input shape: botocore does not validate, the
# keywords are dropped silently.
iam = boto3.client("iam")
iam.get_account_summary(MaxItems=10)  # want BTO005 "IAM `get_account_summary` takes no parameters: `MaxItems` is silently ignored"
iam.get_account_summary()
