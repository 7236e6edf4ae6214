"""Guards of one call are fine."""
import sys

import boto3


def main() -> int:
    boto3.client("s3").list_buckets()
    return 0


if __name__ == "__main__":
    sys.exit(main())

if __name__ == "__main__":
    raise SystemExit(main())

if __name__ == "__main__":
    main()  # a comment does not count

if __name__ != "__main__":
    print("imported")
    print("as a module")


def nested():
    if __name__ == "__main__":
        print("not at module level")
        print("so not a main guard")
