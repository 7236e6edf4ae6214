package main

import (
	"strings"
	"testing"
)

func TestParseAndGenerate(t *testing.T) {
	data := `# emoji-data.txt
# Used with Emoji Version 15.0 and subsequent minor revisions (if any)
00A9          ; Emoji                # E0.6   [1] copyright
00A9          ; Extended_Pictographic# E0.6   [1] copyright
2194..2199    ; Extended_Pictographic# E0.6   [6] left-right arrow..down-left arrow
219A          ; Extended_Pictographic# E0.0   [1] test neighbour
231A..231B    ; Emoji_Presentation   # E0.6   [2] watch..hourglass done
`
	props, ver, err := Parse(strings.NewReader(data))
	if err != nil {
		t.Fatal(err)
	}
	if ver != "15.0" {
		t.Errorf("version %q", ver)
	}
	ep := props["Extended_Pictographic"]
	if len(ep) != 2 || ep[1] != (span{0x2194, 0x219A}) {
		t.Errorf("Extended_Pictographic ranges not merged: %v", ep)
	}
	src, err := Generate(props, ver)
	if err != nil {
		t.Fatal(err)
	}
	for _, want := range []string{"(Unicode 15.0)", "var extendedPictographic = []runeRange{", "{0x2194, 0x219A},", "var emojiPresentation"} {
		if !strings.Contains(string(src), want) {
			t.Errorf("output lacks %q:\n%s", want, src)
		}
	}
}
