import boto3

s3 = boto3.client("s3")
route53 = boto3.client("route53")


def all_versions(bucket: str) -> list[tuple[str, str]]:
    versions = []
    kwargs = {"Bucket": bucket}
    while True:  # want BTO101 "`list_object_versions` by hand, passing `KeyMarker` and `VersionIdMarker` back"
        resp = s3.list_object_versions(**kwargs)
        for v in resp.get("Versions", []):
            versions.append((v["Key"], v["VersionId"]))
        if not resp["IsTruncated"]:
            break
        kwargs["KeyMarker"] = resp["NextKeyMarker"]
        kwargs["VersionIdMarker"] = resp["NextVersionIdMarker"]
    return versions


def old_style_keys(bucket: str) -> list[str]:
    keys = []
    resp = s3.list_objects(Bucket=bucket)
    keys.extend(o["Key"] for o in resp.get("Contents", []))
    while resp["IsTruncated"]:  # want BTO101 "`list_objects` by hand, passing `Marker`"
        resp = s3.list_objects(Bucket=bucket, Marker=resp["Contents"][-1]["Key"])
        keys.extend(o["Key"] for o in resp.get("Contents", []))
    return keys


def record_names(zone_id: str) -> list[str]:
    names = []
    kwargs = {"HostedZoneId": zone_id}
    while True:  # want BTO101 "`StartRecordName` and `StartRecordType`"
        resp = route53.list_resource_record_sets(**kwargs)
        names += [r["Name"] for r in resp["ResourceRecordSets"]]
        if not resp["IsTruncated"]:
            break
        kwargs["StartRecordName"] = resp["NextRecordName"]
        kwargs["StartRecordType"] = resp["NextRecordType"]
    return names


def all_records(zone_id: str) -> list[dict]:
    records = []
    kwargs = {"HostedZoneId": zone_id, "MaxItems": "100"}
    while True:  # want BTO101 "`StartRecordName`, `StartRecordType` and `StartRecordIdentifier`"
        resp = route53.list_resource_record_sets(**kwargs)
        records.extend(resp["ResourceRecordSets"])
        if not resp["IsTruncated"]:
            break
        kwargs["StartRecordName"] = resp["NextRecordName"]
        kwargs["StartRecordType"] = resp["NextRecordType"]
        if "NextRecordIdentifier" in resp:
            kwargs["StartRecordIdentifier"] = resp["NextRecordIdentifier"]
    return records
