package pdf

import (
	"os"
	"testing"

	"github.com/kh-tools/kh/internal/layout"
	"github.com/kh-tools/kh/internal/load"
)

func TestScratchRender(t *testing.T) {
	res, err := load.Repo("../../plans", load.Options{})
	if err != nil {
		t.Fatal(err)
	}
	for _, p := range res.Repo.Plans {
		tpl, err := layout.Load("../../templates", TemplateName(res.Repo, p))
		if err != nil {
			t.Fatal(err)
		}
		f, _ := os.Create("/tmp/khpdf/" + p.ID + ".pdf")
		if err := Write(f, res.Repo, p, tpl); err != nil {
			t.Fatal(err)
		}
		f.Close()
	}
}
