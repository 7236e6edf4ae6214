"""A script outside the package: imports it through the src root."""
import thirdparty

from shop.aws import client
from shop.aws.queues import Queues
from shop.jobs.export import copy_objects

copy_objects(client("s3"), "b", ["k"])
Queues().send("https://queue", "hello")
client("kms").encrypt(KeyId="alias/x", Plaintext=b"x", algorithm="SYMMETRIC_DEFAULT")
# Not a session botolint knows: nothing is said about this call.
thirdparty.client("s3").put_object(bucket="b", Key="k")
