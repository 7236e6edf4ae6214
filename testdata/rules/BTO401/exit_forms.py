import boto3
from sys import exit

if __name__ == "__main__":  # want BTO401
    client = boto3.client("sts")
    identity = client.get_caller_identity()
    print(identity["Account"])
    raise SystemExit(0 if identity else 1)
