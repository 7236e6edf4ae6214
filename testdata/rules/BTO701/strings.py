import logging

import boto3

logger = logging.getLogger(__name__)
s3 = boto3.client("s3")


def report(bucket: str) -> str:
    s3.head_bucket(Bucket=bucket)
    print("✅ Bucket is reachable")  # want BTO701 "emoji U\+2705 in a string"
    logger.info("Done! 🎉")  # want BTO701
    logger.info(f"Synced {bucket} 🚀🚀")  # want BTO701 BTO701
    logger.warning("⚠ bucket {} is public".format(bucket))  # want BTO701 "U\+26A0 in a string"
    print("Team: 👨‍👩‍👧")  # want BTO701 "emoji sequence U\+1F468 U\+200D U\+1F469 U\+200D U\+1F467"
    print("Nice 👍🏽!")  # want BTO701 "U\+1F44D U\+1F3FD"
    print("Region 🇩🇪 eu-central-1")  # want BTO701 "U\+1F1E9 U\+1F1EA"
    print("Step 1️⃣ list buckets")  # want BTO701 "U\+0031 U\+FE0F U\+20E3"
    print("England 🏴󠁧󠁢󠁥󠁮󠁧󠁿")  # want BTO701 "U\+1F3F4 U\+E0067"
    print("❤ love, ✔ checked")  # want BTO701 "U\+2764" BTO701 "U\+2714"
    print("❌")  # want BTO701
    print("Uploaded \U0001F680")  # want BTO701 "U\+1F680 in a string"
    print("ok \u2705 done")  # want BTO701 "U\+2705"
    print("warn \u26a0\ufe0f")  # want BTO701 "U\+26A0 U\+FE0F"
    print("BrandName™️")  # want BTO701 "U\+2122 U\+FE0F"
    return "© Example Corp"
