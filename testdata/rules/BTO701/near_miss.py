"""Text symbols and regular expressions that are not emoji findings."""
import re

import boto3

# Copyright © 2024 Example Corp; Example®; Cloud™
# a → b ↔ c; ──; ✓ ★
EMOJI = re.compile("[\U0001F600-\U0001F64F\U0001F300-\U0001F5FF]+")
LITERAL_RANGE = re.compile("[😀-🙏]")
RAW = r"\U0001F680"
BYTES = b"\u2705"
TEXT_HEART = "❤︎ text presentation"
NAMED = "\N{ROCKET}"
s3 = boto3.client("s3")


def clean(name: str) -> str:
    """Strip emoji from object keys: → ASCII only."""
    return EMOJI.sub("", name)
