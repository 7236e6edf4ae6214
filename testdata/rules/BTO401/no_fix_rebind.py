import boto3

s3 = boto3.client("s3")
total = 0

if __name__ == "__main__":  # want BTO401
    for bucket in s3.list_buckets()["Buckets"]:
        total += 1
    print(total)
