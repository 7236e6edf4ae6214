import boto3

if __name__ == "__main__":  # want BTO401
    usage = """usage:
    tool BUCKET"""
    print(usage)
    boto3.client("s3").list_buckets()

if __name__ == "__main__":  # want BTO401
    settings = {"bucket": "b"}
    globals().update(settings)
