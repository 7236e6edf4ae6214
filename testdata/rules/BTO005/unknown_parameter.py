import boto3

sqs = boto3.client("sqs")
sqs.receive_message(QueueUrl="https://sqs.example/q", MaxNumberOfMessage=10)  # want BTO005 "`MaxNumberOfMessage` is not a parameter of SQS `receive_message`: did you mean `MaxNumberOfMessages`\?"
sqs.receive_message(QueueUrl="https://sqs.example/q", Timeout=5)  # want BTO005 "`Timeout` is not a parameter of SQS `receive_message`, which takes `AttributeNames`, .* and `WaitTimeSeconds`"

s3 = boto3.client("s3")
s3.put_object(Bucket="b", Key="k", Body=b"", ContentTyp="text/plain")  # want BTO005 "did you mean `ContentType`"
s3.put_object(Bucket="b", Key="k", Body=b"", Tags={"a": "b"})  # want BTO005 "`Tags` is not a parameter of S3 `put_object`"
s3.create_bucket(Bucket="b", CreateBucketConfiguration={"LocationConstrant": "eu-west-1"})  # want BTO005 "`LocationConstrant` is not a key of `CreateBucketConfiguration` \(S3 `create_bucket`\): did you mean `LocationConstraint`"

ddb = boto3.client("dynamodb")
ddb.query(TableName="t", KeyConditionExpression="pk = :v", ExpressionAttributeValues={":v": {"S": "1", "X": "2"}})  # want BTO005 "`X` is not a key of `ExpressionAttributeValues.:v`"

lam = boto3.client("lambda")
lam.invoke(FunctionName="fn", Payload=b"{}", Qualifer="live")  # want BTO005 "did you mean `Qualifier`"

logs = boto3.client("logs")
logs.filter_log_events(logGroupName="g", filterPatern="ERROR")  # want BTO005 "did you mean `filterPattern`"

sfn = boto3.client("stepfunctions")
sfn.start_execution(stateMachineArn="arn:aws:states:us-east-1:123456789012:stateMachine:m", inputs="{}")  # want BTO005 "`inputs` .* did you mean `input`"

ec2 = boto3.client("ec2")
ec2.run_instances(ImageId="ami-1", MinCount=1, MaxCount=1, InstanceTyp="t3.micro")  # want BTO005 "did you mean `InstanceType`"
