import boto3

cfn = boto3.client("cloudformation")
ec2 = boto3.client("ec2")
sns = boto3.client("sns")
kms = boto3.client("kms")
catalog = boto3.client("servicecatalog")


def stack_names() -> list[str]:
    response = cfn.list_stacks(StackStatusFilter=["CREATE_COMPLETE"])
    summaries = response["StackSummaries"]
    while "NextToken" in response:  # want BTO101 "`list_stacks` by hand, passing `NextToken`"
        response = cfn.list_stacks(StackStatusFilter=["CREATE_COMPLETE"], NextToken=response["NextToken"])
        summaries.extend(response["StackSummaries"])
    return [s["StackName"] for s in summaries]


def volume_ids(zone: str) -> list[str]:
    filters = [{"Name": "availability-zone", "Values": [zone]}]
    resp = ec2.describe_volumes(Filters=filters, MaxResults=50)
    ids = [v["VolumeId"] for v in resp["Volumes"]]
    token = resp.get("NextToken")
    while token:  # want BTO101 "`describe_volumes`"
        resp = ec2.describe_volumes(Filters=filters, MaxResults=50, NextToken=token)
        ids += [v["VolumeId"] for v in resp["Volumes"]]
        token = resp.get("NextToken")
    return ids


def print_topics() -> None:
    resp = sns.list_topics()
    for topic in resp["Topics"]:
        print(topic["TopicArn"])
    while resp.get("NextToken"):  # want BTO101 "`list_topics`"
        resp = sns.list_topics(NextToken=resp["NextToken"])
        for topic in resp["Topics"]:
            print(topic["TopicArn"])


def key_ids() -> list[str]:
    ids = []
    resp = kms.list_keys(Limit=100)
    while True:  # want BTO101 "`list_keys` by hand, passing `Marker`"
        ids.extend(k["KeyId"] for k in resp["Keys"])
        if not resp["Truncated"]:
            break
        resp = kms.list_keys(Limit=100, Marker=resp["NextMarker"])
    return ids


def portfolio_names() -> list[str]:
    names = []
    page = catalog.list_portfolios()
    while True:  # want BTO101 "`PageToken`"
        names += [d["DisplayName"] for d in page["PortfolioDetails"]]
        token = page.get("NextPageToken")
        if not token:
            break
        page = catalog.list_portfolios(PageToken=token)
    return names
