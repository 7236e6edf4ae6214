import boto3

bedrock = boto3.client("bedrock-runtime")
bedrock.converse(
    modelId="m",
    messages=[
        {"role": "user", "content": [{}]},  # want BTO007 "`messages\[0\].content\[0\]` is a union: set exactly one of `audio`, `cachePoint`, .* \([0-9]+ in all\), got none"
        {"role": "user", "content": [{"text": "hi", "document": {}}]},  # want BTO007 "`messages\[1\].content\[0\]` is a union: set exactly one of its members, got 2 \(`text` and `document`\)"
        {"role": "assistant", "content": [{"text": "hello"}]},
    ],
    additionalModelRequestFields={"top_k": 5, "stop": ("a", "b")},  # want BTO007 "`additionalModelRequestFields` is a document: it takes dicts, lists, str, int, float, bool and None, not tuple"
)
bedrock.converse(modelId="m", messages=[], additionalModelRequestFields={"a": [1, None, {"b": True}]})

s3 = boto3.client("s3")
s3.put_object(Bucket="b", Key="k", Body=b"", StorageClass="standard")  # want BTO007 "\"standard\" is not a valid value of `StorageClass` \(S3 `put_object`\): the service rejects it; did you mean \"STANDARD\"\?"
s3.put_object(Bucket="b", Key="k", Body=b"", StorageClass="STANDARD_IA")

ec2 = boto3.client("ec2")
ec2.describe_instances(Filters=[{"Name": "instance-state-name", "Values": ["running"]}], MaxResults=5)
