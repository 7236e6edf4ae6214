import boto3

s3 = boto3.client("s3")
print "listing"  # want BTO900 "print statement"
print >>sys.stderr, "x"  # want BTO900 "print statement"
exec "x = 1"  # want BTO900 "exec statement"
name = `s3`  # want BTO900 "backticks"
if 1 <> 2:  # want BTO900 "<>"
    pass
mode = 0777  # want BTO900 "octal"
big = 10L  # want BTO900 "long literal"

# Near misses: valid Python 3.
print("listing")
print
mode = 0o777
zero = 0
zeros = 00
print "suppressed"  # noqa: BTO900
