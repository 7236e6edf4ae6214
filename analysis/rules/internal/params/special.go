package params

import (
	"regexp"

	"github.com/botolint/botolint/analysis/awsmodel"
)

// This file holds what botocore does to parameters in Python code before it
// validates them (botocore/handlers.py), which no model file describes. Each
// entry makes the engine accept something the model alone would reject, or
// lets it report what a handler rejects; none makes it stricter than
// botocore.

// parameterAliases mirrors handlers._add_parameter_aliases: a keyword that
// botocore renames to a modeled member before validation, when the
// operation's input has that member. Keys are service, then operation ("*"
// for all), then alias; values are the modeled names.
var parameterAliases = map[string]map[string]map[string]string{
	"ec2":               {"*": {"Filters": "Filter"}},
	"logs":              {"CreateExportTask": {"fromTime": "from"}},
	"cloudsearchdomain": {"Search": {"returnFields": "return"}},
}

// aliasTarget returns the member a keyword alias stands for in op's input.
func aliasTarget(svc *awsmodel.Service, op *awsmodel.Operation, in *awsmodel.Shape, keyword string) (string, bool) {
	bySvc := parameterAliases[svc.Name]
	if bySvc == nil || op == nil {
		return "", false
	}
	for _, opName := range []string{op.Name, "*"} {
		if orig, ok := bySvc[opName][keyword]; ok && in.MemberByName(orig) != nil {
			return orig, true
		}
	}
	return "", false
}

// aliasOf returns the alias botocore accepts for a member, used when the
// member's own name cannot be written as a keyword (from, return).
func aliasOf(svc *awsmodel.Service, op *awsmodel.Operation, member string) (string, bool) {
	bySvc := parameterAliases[svc.Name]
	if bySvc == nil || op == nil {
		return "", false
	}
	for _, opName := range []string{op.Name, "*"} {
		for alias, orig := range bySvc[opName] {
			if orig == member {
				return alias, true
			}
		}
	}
	return "", false
}

// relaxed reports values that a botocore handler converts before
// validation, so that the model's type does not apply to them: S3's
// CopySource given as a dict (handle_copy_source_param), S3 customer keys
// given as bytes (sse_md5), EC2 and Auto Scaling UserData given as bytes
// (base64_encode_user_data). Only top-level members are concerned.
func relaxed(service, operation, member string, t pyType) bool {
	switch service {
	case "s3":
		switch member {
		case "CopySource":
			return t == tDict && (operation == "CopyObject" || operation == "UploadPartCopy")
		case "SSECustomerKey", "CopySourceSSECustomerKey":
			return t == tBytes
		}
	case "ec2":
		return member == "UserData" && operation == "RunInstances" && t == tBytes
	case "autoscaling":
		return member == "UserData" && operation == "CreateLaunchConfiguration" && t == tBytes
	}
	return false
}

// validBucket and validS3ARN are handlers.VALID_BUCKET and VALID_S3_ARN:
// botocore's validate_bucket_name rejects any other S3 Bucket value with a
// ParamValidationError before the model validation runs.
var (
	validBucket = regexp.MustCompile(`^[a-zA-Z0-9.\-_]{1,255}$`)
	validS3ARN  = regexp.MustCompile(`^arn:(aws).*:(s3|s3-object-lambda):[a-z\-0-9]*:[0-9]{12}:accesspoint[/:][a-zA-Z0-9\-.]{1,63}$|^arn:(aws).*:s3-outposts:[a-z\-0-9]+:[0-9]{12}:outpost[/:][a-zA-Z0-9\-]{1,63}[/:]accesspoint[/:][a-zA-Z0-9\-]{1,63}$`)
)

// badBucketName reports an S3 Bucket string that validate_bucket_name
// rejects. Anything starting with arn: is left alone: ARN forms evolve
// (Express One Zone, Outposts) and fail elsewhere if wrong.
func badBucketName(name string) bool {
	if len(name) >= 4 && name[:4] == "arn:" {
		return false
	}
	return !validBucket.MatchString(name) && !validS3ARN.MatchString(name)
}
