import boto3

qb = boto3.client("qbusiness")
qb.chat(applicationId="a")  # want BTO003 "`chat` is modeled for QBusiness but botocore removes it from the client: its input is an event stream"
qb.chat_sync(applicationId="a")
