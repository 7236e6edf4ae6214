import boto3

s3 = boto3.client("s3")
    sqs = boto3.client("sqs")  # want BTO900 "unexpected indent"


def handler(event, context):
    rows = []
    for record in event["Records"]:
        rows.append(record)
      return rows  # want BTO900 "unindent does not match"


class Empty:  # want BTO900 "expected an indented block after `class Empty`"
    # only a comment


# Near misses: one-line bodies, semicolons and continuation lines are fine.
if s3: pass
a = 1; b = 2
total = (1 +
         2)
