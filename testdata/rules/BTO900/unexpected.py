import boto3

x = = 2  # want BTO900 "unexpected `=`"
def f(:  # want BTO900 "missing `\)`"
    pass
