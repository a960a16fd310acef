package docimport

import (
	"fmt"
	"os"
	"strings"
	"testing"

	"github.com/kh-tools/kh/internal/load"
)

func dumpItems(items []*Item, depth int) {
	for _, it := range items {
		h := it.Heading
		if h == "" && len(it.Paras) > 0 {
			h = "«" + it.Paras[0].Text
		}
		if len([]rune(h)) > 70 {
			h = string([]rune(h)[:70])
		}
		fmt.Printf("%s%s %s (paras %d, tables %d)\n", strings.Repeat("  ", depth), it.Label, h, len(it.Paras), len(it.Tables))
		dumpItems(it.Items, depth+1)
	}
}

func TestDebugDetect(t *testing.T) {
	f := os.Getenv("DETECT")
	if f == "" {
		t.Skip()
	}
	data, _ := os.ReadFile(f)
	d := Detect(FromText(f, data))
	fmt.Printf("issuer %q number %q %d %q date %q %q %v\ntype %q kind %s sub %q\ntitle %q\n", d.IssuerLines, d.NumberLine, d.Number, d.Symbol, d.DateLine, d.Place, d.Date, d.TypeName, d.Kind, d.Subheading, d.Title)
	for _, b := range d.Lead {
		if p, ok := b.(*Para); ok {
			fmt.Printf("LEAD %.80s\n", p.Full())
		}
	}
	dumpItems(d.Outline, 0)
	for _, p := range d.Closing {
		fmt.Printf("CLOSING %.80s\n", p.Full())
	}
	fmt.Printf("recipients note %q %q\nsignature %q\n", d.RecipientsNote, d.Recipients, d.Signature)
	for _, a := range d.Appendices {
		fmt.Printf("APPENDIX %q %q title %.60q sub %q att %.50q tables %d lead %d\n", a.Label, a.Number, a.Title, a.Subtitle, a.AttachedTo, len(a.Tables), len(a.Lead))
		for _, tb := range a.Tables {
			fmt.Printf("  table %d rows, first %q\n", len(tb.Rows), tb.Rows[0])
		}
		dumpItems(a.Outline, 1)
	}
	fmt.Println("unplaced", len(d.Unplaced))
}

func TestDebugBuild(t *testing.T) {
	f := os.Getenv("BUILD")
	if f == "" {
		t.Skip()
	}
	data, _ := os.ReadFile(f)
	res, err := load.Repo("../../plans", load.Options{})
	if err != nil {
		t.Fatal(err)
	}
	d := Detect(FromText(f, data))
	r, err := Build(d, res.Repo, Options{Dir: "../../plans/nghe-an/nhap-thu"})
	if err != nil {
		t.Fatal(err)
	}
	files, err := r.Files("../../../schema")
	if err != nil {
		t.Fatal(err)
	}
	for _, fl := range files {
		fmt.Printf("===== %s\n%s", fl.Name, fl.Data)
	}
	fmt.Printf("%+v\n", r.Counts)
	for _, fd := range r.Findings {
		fmt.Println(fd.Pos, fd.Rule, fd.Message.VI)
	}
}
