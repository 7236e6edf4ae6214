package awsmodel

import (
	"regexp"
	"strings"
)

// The three regular expressions of botocore's xform_name (botocore/__init__.py).
// Go's RE2 and Python's re agree on these patterns: both scan left to right
// for non-overlapping leftmost matches, and `.` excludes only a newline.
var (
	xformFirstCap   = regexp.MustCompile(`(.)([A-Z][a-z]+)`)
	xformEndCap     = regexp.MustCompile(`([a-z0-9])([A-Z])`)
	xformSpecialEnd = regexp.MustCompile(`[A-Z]{2,}s$`)
)

// xformSpecial is botocore's prepopulated _xform_cache for the "_" separator:
// names whose Python form the regular expressions get wrong, fixed by hand
// upstream. The regex output for these is never consulted, so a name listed
// here wins even when a later botocore would transform it differently; keep
// the table in step with the botocore the embedded catalog is generated from
// (the fidelity test against reference/clients.json fails otherwise).
var xformSpecial = map[string]string{
	"CreateCachediSCSIVolume":                     "create_cached_iscsi_volume",
	"DescribeCachediSCSIVolumes":                  "describe_cached_iscsi_volumes",
	"DescribeStorediSCSIVolumes":                  "describe_stored_iscsi_volumes",
	"CreateStorediSCSIVolume":                     "create_stored_iscsi_volume",
	"ListHITsForQualificationType":                "list_hits_for_qualification_type",
	"ExecutePartiQLStatement":                     "execute_partiql_statement",
	"ExecutePartiQLTransaction":                   "execute_partiql_transaction",
	"ExecutePartiQLBatch":                         "execute_partiql_batch",
	"AssociateWhatsAppBusinessAccount":            "associate_whatsapp_business_account",
	"CreateWhatsAppDataset":                       "create_whatsapp_dataset",
	"CreateWhatsAppFlow":                          "create_whatsapp_flow",
	"CreateWhatsAppMessageTemplate":               "create_whatsapp_message_template",
	"CreateWhatsAppMessageTemplateFromLibrary":    "create_whatsapp_message_template_from_library",
	"CreateWhatsAppMessageTemplateMedia":          "create_whatsapp_message_template_media",
	"DeleteWhatsAppFlow":                          "delete_whatsapp_flow",
	"DeleteWhatsAppMessageMedia":                  "delete_whatsapp_message_media",
	"DeleteWhatsAppMessageTemplate":               "delete_whatsapp_message_template",
	"DeprecateWhatsAppFlow":                       "deprecate_whatsapp_flow",
	"DisassociateWhatsAppBusinessAccount":         "disassociate_whatsapp_business_account",
	"GetLinkedWhatsAppBusinessAccount":            "get_linked_whatsapp_business_account",
	"GetLinkedWhatsAppBusinessAccountPhoneNumber": "get_linked_whatsapp_business_account_phone_number",
	"GetWhatsAppFlow":                             "get_whatsapp_flow",
	"GetWhatsAppFlowPreview":                      "get_whatsapp_flow_preview",
	"GetWhatsAppMessageMedia":                     "get_whatsapp_message_media",
	"GetWhatsAppMessageTemplate":                  "get_whatsapp_message_template",
	"ListLinkedWhatsAppBusinessAccounts":          "list_linked_whatsapp_business_accounts",
	"ListWhatsAppFlowAssets":                      "list_whatsapp_flow_assets",
	"ListWhatsAppFlows":                           "list_whatsapp_flows",
	"ListWhatsAppMessageTemplates":                "list_whatsapp_message_templates",
	"ListWhatsAppTemplateLibrary":                 "list_whatsapp_template_library",
	"PostWhatsAppMessageMedia":                    "post_whatsapp_message_media",
	"PublishWhatsAppFlow":                         "publish_whatsapp_flow",
	"PutWhatsAppBusinessAccountEventDestinations": "put_whatsapp_business_account_event_destinations",
	"SendWhatsAppConversionEvent":                 "send_whatsapp_conversion_event",
	"SendWhatsAppMessage":                         "send_whatsapp_message",
	"UpdateWhatsAppFlow":                          "update_whatsapp_flow",
	"UpdateWhatsAppFlowAssets":                    "update_whatsapp_flow_assets",
	"UpdateWhatsAppMessageTemplate":               "update_whatsapp_message_template",
	"CreateOAuth2Token":                           "create_oauth2_token",
	"CreateOAuth2TokenWithIAM":                    "create_oauth2_token_with_iam",
	"IntrospectOAuth2TokenWithIAM":                "introspect_oauth2_token_with_iam",
	"RevokeOAuth2TokenWithIAM":                    "revoke_oauth2_token_with_iam",
	"GetOTelEnrichment":                           "get_otel_enrichment",
	"StartOTelEnrichment":                         "start_otel_enrichment",
	"StopOTelEnrichment":                          "stop_otel_enrichment",
}

// XformName converts a CamelCase model name into the Python name botocore
// gives it (botocore.xform_name with the default "_" separator): operation
// names become client method names, waiter names become get_waiter keys,
// resource action and attribute names become resource attributes. Every
// model-derived Python name in the catalog goes through this one function, so
// that "list_objects_v2" here is exactly the attribute boto3 creates.
func XformName(name string) string {
	// A name that already holds the separator is taken as transformed.
	if strings.Contains(name, "_") {
		return name
	}
	if py, ok := xformSpecial[name]; ok {
		return py
	}
	// Pluralised acronyms ("ListWebACLs", "SwapEnvironmentCNAMEs") become
	// "_acls" / "_cnames" before the general rules run.
	if loc := xformSpecialEnd.FindStringIndex(name); loc != nil {
		name = name[:loc[0]] + "_" + strings.ToLower(name[loc[0]:])
	}
	s1 := xformFirstCap.ReplaceAllString(name, "${1}_${2}")
	return strings.ToLower(xformEndCap.ReplaceAllString(s1, "${1}_${2}"))
}
