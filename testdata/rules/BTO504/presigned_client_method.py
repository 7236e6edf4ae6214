import boto3

s3 = boto3.client("s3")
s3.generate_presigned_url("getObject", Params={"Bucket": "b", "Key": "k"})  # want BTO504 "`getObject` is not an operation method of the S3 client \(UnknownClientMethodError\): ClientMethod takes the snake_case method name; did you mean `get_object`\?"
s3.generate_presigned_url(ClientMethod="PutObject", Params={"Bucket": "b", "Key": "k"}, ExpiresIn=300)  # want BTO504 "did you mean `put_object`"
s3.generate_presigned_url("get_objet", Params={"Bucket": "b", "Key": "k"})  # want BTO504 "did you mean `get_object`"
s3.generate_presigned_url("upload_file", Params={"Bucket": "b", "Key": "k"})  # want BTO504 "`upload_file` is a method boto3 adds to the S3 client, not an API operation"

METHOD = "GetObject"
s3.generate_presigned_url(METHOD, Params={"Bucket": "b", "Key": "k"})  # want BTO504 "`GetObject` .* did you mean `get_object`"

ddb = boto3.client("dynamodb")
ddb.generate_presigned_url("GetItem")  # want BTO504 "the DynamoDB client"

# Right names.
s3.generate_presigned_url("get_object", Params={"Bucket": "b", "Key": "k"})
s3.generate_presigned_url(ClientMethod="put_object", Params={"Bucket": "b", "Key": "k"})
s3.generate_presigned_url("list_buckets")
