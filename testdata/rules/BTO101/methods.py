import boto3


class Inventory:
    def __init__(self, region: str) -> None:
        self.client = boto3.client("ec2", region_name=region)
        self.lambdas = boto3.client("lambda", region_name=region)

    def instance_ids(self) -> list[str]:
        ids = []
        params = {"Filters": [{"Name": "instance-state-name", "Values": ["running"]}]}
        while True:  # want BTO101 "`describe_instances`.*`self.client.get_paginator\(\"describe_instances\"\)`"
            reply = self.client.describe_instances(**params)
            for reservation in reply["Reservations"]:
                for instance in reservation["Instances"]:
                    ids.append(instance["InstanceId"])
            if "NextToken" not in reply:
                break
            params["NextToken"] = reply["NextToken"]
        return ids

    def function_names(self) -> list[str]:
        names = []
        marker = None
        while True:  # want BTO101 "`list_functions`.*`Marker`"
            kwargs = {"Marker": marker} if marker else {}
            resp = self.lambdas.list_functions(MaxItems=50, **kwargs)
            names.extend(f["FunctionName"] for f in resp["Functions"])
            marker = resp.get("NextMarker")
            if not marker:
                break
        return names
