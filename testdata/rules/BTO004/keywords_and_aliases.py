import boto3

logs = boto3.client("logs")

# `from` cannot be written as a keyword: botocore's alias fromTime works,
# and so does a ** dict.
logs.create_export_task(logGroupName="g", fromTime=0, to=1, destination="b")
logs.create_export_task(logGroupName="g", **{"from": 0}, to=1, destination="b")
logs.create_export_task(logGroupName="g", From=0, to=1, destination="b")  # want BTO004 "`From` .* did you mean `from`"
logs.create_export_task(logGroupName="g", **{"From": 0}, to=1, destination="b")  # want BTO004 "`From`"

cloudsearch = boto3.client("cloudsearchdomain")
cloudsearch.search(query="q", Return="_all_fields")  # want BTO004 "`Return`"
cloudsearch.search(query="q", returnFields="_all_fields")

ec2 = boto3.client("ec2")
# EC2 operations whose member is `Filter` accept `Filters` too.
ec2.describe_nat_gateways(Filters=[{"Name": "vpc-id", "Values": ["vpc-1"]}])
ec2.describe_nat_gateways(Filter=[{"Name": "vpc-id", "Values": ["vpc-1"]}])
