import boto3

print "héllo"
s = "日本"  # noqa: BTO999
t = 1  # noqa: BTO900, E501
