package suggest

import "testing"

func TestClosest(t *testing.T) {
	ops := []string{"list_objects", "list_objects_v2", "list_object_versions", "get_object", "put_object", "list_buckets"}
	cases := []struct {
		name, want string
		unique     bool
	}{
		{"list_object_v2", "list_objects_v2", true},
		{"ListObjectsV2", "list_objects_v2", true},
		{"listObjectsV2", "list_objects_v2", true},
		{"get_objcet", "get_object", true},
		{"put_objects", "put_object", true},
		{"delete_everything", "", false},
	}
	for _, c := range cases {
		got, unique := Closest(c.name, ops)
		if got != c.want || unique != c.unique {
			t.Errorf("Closest(%q) = %q, %v; want %q, %v", c.name, got, unique, c.want, c.unique)
		}
	}
	// Two equally close names: a best guess, but not unique.
	if _, unique := Closest("bat", []string{"bar", "baz"}); unique {
		t.Error("ambiguous match reported as unique")
	}
	// One edit away beats two: s4 means s3, not sqs.
	if got, unique := Closest("s4", []string{"s3", "sqs", "sns", "ses"}); got != "s3" || !unique {
		t.Errorf("Closest(s4) = %q, %v", got, unique)
	}
}

func TestDistance(t *testing.T) {
	for _, c := range []struct {
		a, b string
		d    int
	}{{"", "", 0}, {"abc", "abc", 0}, {"abc", "acb", 1}, {"kitten", "sitting", 3}, {"abc", "", 3}} {
		if got := Distance(c.a, c.b, 10); got != c.d {
			t.Errorf("Distance(%q, %q) = %d, want %d", c.a, c.b, got, c.d)
		}
	}
	if got := Distance("abcdef", "uvwxyz", 2); got != 3 {
		t.Errorf("limit not applied: %d", got)
	}
}
