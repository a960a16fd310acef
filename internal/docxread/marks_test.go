package docxread

import (
	"bytes"
	"strings"
	"testing"

	"github.com/kh-tools/kh/internal/docx"
)

// TestMarks: words struck out and underlined by direct formatting, as the
// comparison table of kh diff marks them, read back as such.
func TestMarks(t *testing.T) {
	d := &docx.Document{Sections: []*docx.Section{{Blocks: []docx.Block{&docx.Paragraph{Runs: []docx.Inline{
		&docx.Run{Text: "Bố trí "},
		&docx.Run{Text: "tối thiểu một", Props: docx.RunProps{Strike: docx.On, Color: "C00000"}},
		&docx.Run{Text: "ít nhất hai", Props: docx.RunProps{Underline: docx.On, Color: "1F4E79"}},
		&docx.Run{Text: " cán bộ", Props: docx.RunProps{Strike: docx.Off, Underline: docx.Off}},
	}}}}}}
	var b bytes.Buffer
	if err := d.Write(&b); err != nil {
		t.Fatal(err)
	}
	f, err := Read(b.Bytes())
	if err != nil {
		t.Fatal(err)
	}
	runs := f.Blocks[0].(*Para).Runs
	var got []string
	for _, r := range runs {
		mark := ""
		switch {
		case r.Strike:
			mark = "-"
		case r.Underline:
			mark = "+"
		}
		got = append(got, mark+r.Text)
	}
	if want := "Bố trí |-tối thiểu một|+ít nhất hai| cán bộ"; strings.Join(got, "|") != want {
		t.Errorf("runs %q, want %q", strings.Join(got, "|"), want)
	}
}
