package hygiene_test

import (
	"strings"
	"testing"

	"github.com/botolint/botolint/analysis"
	"github.com/botolint/botolint/analysis/analysistest"
	"github.com/botolint/botolint/analysis/rules/hygiene"
	"github.com/botolint/botolint/fixes"
)

// The testdata harness cannot show comments that hold only emoji (the want
// comment would share their line), so these cases are checked here. The
// emoji are written as escapes: only BTO701's testdata holds literal ones.
func TestEmojiFixes(t *testing.T) {
	const rocket, check, tada = "\U0001F680", "\u2705", "\U0001F389"
	rules := []*analysis.Rule{hygiene.Emoji}
	for _, tc := range []struct{ name, in, want string }{
		{"comment alone on its line", "import boto3\n# " + rocket + "\nx = 1\n", "import boto3\nx = 1\n"},
		{"indented comment of two emoji", "import boto3\nif x:\n    # " + tada + " " + tada + "\n    y = 1\n", "import boto3\nif x:\n    y = 1\n"},
		{"trailing comment of only emoji", "import boto3  # " + check + "\n", "import boto3\n"},
		{"comment keeps its text", "import boto3  # done " + check + "\n", "import boto3  # done\n"},
		{"emoji then text", "import boto3\nprint(\"" + rocket + " Done\")\n", "import boto3\nprint(\"Done\")\n"},
		{"text then emoji", "import boto3\nprint(\"Done! " + rocket + "\")\n", "import boto3\nprint(\"Done!\")\n"},
		{"last line without newline", "import boto3\n# " + rocket, "import boto3\n"},
	} {
		t.Run(tc.name, func(t *testing.T) {
			lint := analysistest.Lint("x.py", rules, rules)
			out, err := fixes.FixAll([]byte(tc.in), false, lint)
			if err != nil {
				t.Fatal(err)
			}
			if got := string(out.Source); got != tc.want {
				t.Errorf("got %q, want %q", got, tc.want)
			}
		})
	}
}

func TestEmojiNearMisses(t *testing.T) {
	rules := []*analysis.Rule{hygiene.Emoji}
	lint := analysistest.Lint("x.py", rules, rules)
	for _, src := range []string{
		"import boto3\n# \u00a9 2024 Example Corp\u00ae, Cloud\u2122\n",
		"import boto3\n# a \u2192 b \u2194 c \u2500\u2500 \u2713 \u2605 \u2610 \u2211\n",
		"import boto3\nx = \"\u2764\ufe0e\"\n",
		"import boto3\nx = r\"\\U0001F680\" + b\"\\u2705\".decode()\n",
		"import boto3\nimport re\nx = re.compile(\"[\\U0001F600-\\U0001F64F]\")\n",
		"import boto3\nx = \"1 2 3 # *\"\n",
	} {
		diags, err := lint([]byte(src))
		if err != nil {
			t.Fatal(err)
		}
		for _, d := range diags {
			t.Errorf("%q: unexpected %s at %d", strings.TrimPrefix(src, "import boto3\n"), d.Message, d.Start)
		}
	}
}
