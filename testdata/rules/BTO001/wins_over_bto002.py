# select: BTO001, BTO002
import boto3

bad = boto3.resource("lamda")  # want BTO001 "did you mean `lambda`"
lam = boto3.resource("lambda")  # want BTO002 "`lambda` has no boto3 resource interface"
