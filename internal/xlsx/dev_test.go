package xlsx

import (
	"os"
	"path/filepath"
	"testing"

	"github.com/kh-tools/kh/internal/atomicfile"
	"github.com/kh-tools/kh/internal/load"
	"io"
)

func TestDevWrite(t *testing.T) {
	out := os.Getenv("DEV_OUT")
	if out == "" {
		t.Skip()
	}
	res, err := load.Repo("../../plans", load.Options{})
	if err != nil {
		t.Fatal(err)
	}
	for _, p := range res.Repo.Plans {
		if !HasTables(p) {
			continue
		}
		err := atomicfile.Write(filepath.Join(out, p.ID+".xlsx"), 0o644, func(w io.Writer) error { return Write(w, res.Repo, p) })
		if err != nil {
			t.Fatal(err)
		}
	}
}
