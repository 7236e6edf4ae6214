# Copyright © 2024 Example Corp. All rights reserved.
# Example Corp® and ExampleCloud™ are trademarks.
"""Nightly report upload."""
import boto3

s3 = boto3.client("s3")  # 🚀 fast client  # want BTO701 "U\+1F680 in a comment"
# ✨✨  # want BTO701 "U\+2728" BTO701 "U\+2728"


def upload(path: str) -> None:
    # 🎉 🎉  # want BTO701 BTO701
    s3.upload_file(path, "reports", "nightly.csv")  # done ✅  # want BTO701 "U\+2705"
    # Flow: read → upload → notify (arrows are not emoji)
    # ⚠️ keep the bucket private  # want BTO701 "U\+26A0 U\+FE0F"
    #🚀  # want BTO701
    # ── section ──
    # Status: ✓ done, ★ rated
