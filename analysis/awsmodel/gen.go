package awsmodel

// The embedded catalog is generated from a botocore data folder and the boto3
// resource models, and committed, so that building botolint never needs the
// models. Regenerate after updating ../shared/aws-models:
//
//	go generate ./analysis/awsmodel
//
// The generator is LoadDir plus Encode, so it also runs unchanged on the
// botocore/data folder of a pip-installed botocore (.json.gz files):
//
//	go run ./analysis/awsmodel/internal/gen -botocore .venv/lib/python3.12/site-packages/botocore/data -o /tmp/catalog.bin
//
//go:generate go run ./internal/gen -botocore ../../../shared/aws-models/botocore -resources ../../../shared/aws-models/boto3-resources -reference ../../../shared/aws-models/reference/clients.json -o catalog.bin
