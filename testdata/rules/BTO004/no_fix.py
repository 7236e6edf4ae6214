# select: BTO004, BTO005, BTO006
import boto3

s3 = boto3.client("s3")

# The right name is given too: renaming would duplicate it.
s3.get_object(Bucket="b", bucket="c", Key="k")  # want BTO004 "`bucket` .* did you mean `Bucket`"

# One finding per mistake: no BTO006 for the misspelled required members.
s3.get_object(bucket="b", key="k")  # want BTO004 "`Bucket`" BTO004 "`Key`"

# Correct calls.
s3.get_object(Bucket="b", Key="k", VersionId="v")
s3.put_object(**{"Bucket": "b", "Key": "k"}, Body=b"")

# A method the code replaces (a mock) takes what the replacement takes.
sqs = boto3.client("sqs")
sqs.send_message = lambda **kwargs: None
sqs.send_message(queue_url="u", body="b")
