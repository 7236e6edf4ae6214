package awsmodel

import "testing"

func TestXformName(t *testing.T) {
	tests := []struct{ in, want string }{
		{"ListObjectsV2", "list_objects_v2"},
		{"GetObject", "get_object"},
		{"DescribeDBInstances", "describe_db_instances"},
		{"ListWebACLs", "list_web_acls"},                     // pluralised acronym
		{"SwapEnvironmentCNAMEs", "swap_environment_cnames"}, // pluralised acronym
		{"AssignIpv6Addresses", "assign_ipv6_addresses"},
		{"GetFindingV2", "get_finding_v2"},
		{"CreateDBClusterSnapshot", "create_db_cluster_snapshot"},
		{"PutBucketACL", "put_bucket_acl"},
		{"ListHITsForQualificationType", "list_hits_for_qualification_type"}, // cache
		{"CreateCachediSCSIVolume", "create_cached_iscsi_volume"},            // cache
		{"DescribeStorediSCSIVolumes", "describe_stored_iscsi_volumes"},      // cache
		{"SendWhatsAppMessage", "send_whatsapp_message"},                     // cache
		{"DeleteWhatsAppMessageMedia", "delete_whatsapp_message_media"},      // cache
		{"CreateOAuth2TokenWithIAM", "create_oauth2_token_with_iam"},         // cache
		{"GetOTelEnrichment", "get_otel_enrichment"},                         // cache
		{"BucketExists", "bucket_exists"},                                    // waiter
		{"DBInstanceAvailable", "db_instance_available"},                     // waiter
		{"WaitUntilExists", "wait_until_exists"},                             // resource waiter
		{"already_snake", "already_snake"},                                   // separator present
		{"S3", "s3"},
		{"EC2", "ec2"},
		{"ListAWSServiceAccessForOrganization", "list_aws_service_access_for_organization"},
		{"GetSAMLProviders", "get_saml_providers"},
		{"TTL", "ttl"},
		{"Name", "name"},
		{"", ""},
	}
	for _, tt := range tests {
		if got := XformName(tt.in); got != tt.want {
			t.Errorf("XformName(%q) = %q, want %q", tt.in, got, tt.want)
		}
	}
}

// TestXformNameReference runs every operation name of the reference through
// XformName, which also covers names that are not in the embedded models.
func TestXformNameReference(t *testing.T) {
	ref := loadReference(t)
	n := 0
	for svc, s := range ref.Services {
		for op, py := range s.Operations {
			n++
			if got := XformName(op); got != py {
				t.Errorf("%s: XformName(%q) = %q, want %q", svc, op, got, py)
			}
		}
	}
	if n < 18000 {
		t.Errorf("only %d operations in the reference", n)
	}
}

func BenchmarkXformName(b *testing.B) {
	for b.Loop() {
		XformName("DescribeDBClusterParameterGroups")
	}
}
