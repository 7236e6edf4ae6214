import boto3

def helper():
	return boto3.client("s3")

if __name__ == "__main__":  # want BTO401
	s3 = helper()
	for bucket in s3.list_buckets()["Buckets"]:
		print(bucket["Name"])
	exit()
