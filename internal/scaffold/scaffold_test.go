package scaffold

import (
	"os"
	"path/filepath"
	"testing"
	"time"

	"github.com/kh-tools/kh/internal/calendar"
	"github.com/kh-tools/kh/internal/golden"
)

// TestRender pins each skeleton, filled for a Nghệ An plan of 2027, to
// goldens a reviewer reads when a template changes.
func TestRender(t *testing.T) {
	cal := calendar.New()
	for _, k := range Kinds() {
		t.Run(k.Name, func(t *testing.T) {
			p := Params{
				ID: "kh-moi", Issuer: "ubnd-tinh", Lead: "so-khcn", LeadName: "Sở Khoa học và Công nghệ",
				Departments: "cac-so-nganh", Communes: "ubnd-cap-xa", Politburo: "bo-chinh-tri",
				Place: "Nghệ An", Year: 2027, Schema: "../../../schema", Calendar: cal,
			}
			if k.Party {
				p.Issuer = "tinh-uy"
			}
			p.Title = DefaultTitle(k, p)
			files, err := Render("", k, p)
			if err != nil {
				t.Fatal(err)
			}
			for _, f := range files {
				golden.Check(t, filepath.Join("../../testdata/new", k.Name, f.Name), string(f.Data))
			}
		})
	}
}

func TestBeforeLandsOnWorkingDay(t *testing.T) {
	cal := calendar.New()
	tests := []struct {
		year, month, day int
		want             string
	}{
		{2026, 6, 1, "Trước ngày 02/6/2026"}, // 31/5/2026 is a Sunday
		{2026, 6, 20, "Trước ngày 20/6/2026"},
		{2027, 5, 15, "Trước ngày 15/5/2027"},
		{2026, 9, 2, "Trước ngày 04/9/2026"}, // 1/9 falls inside the National Day holiday
	}
	for _, tt := range tests {
		f := funcs(Params{Year: tt.year, Calendar: cal})["before"].(func(int, int) string)
		if got := f(tt.month, tt.day); got != tt.want {
			t.Errorf("before(%d, %d) in %d = %q, want %q", tt.month, tt.day, tt.year, got, tt.want)
		}
	}
}

func TestDefaultYear(t *testing.T) {
	annual, _ := Lookup("ke-hoach-nam")
	review, _ := Lookup("so-ket")
	tests := []struct {
		k    Kind
		now  time.Time
		want int
	}{
		{annual, time.Date(2026, 11, 24, 0, 0, 0, 0, time.UTC), 2027},
		{annual, time.Date(2026, 3, 1, 0, 0, 0, 0, time.UTC), 2026},
		{review, time.Date(2026, 11, 24, 0, 0, 0, 0, time.UTC), 2026},
	}
	for _, tt := range tests {
		if got := DefaultYear(tt.k, tt.now); got != tt.want {
			t.Errorf("DefaultYear(%s, %s) = %d, want %d", tt.k.Name, tt.now.Format("2006-01-02"), got, tt.want)
		}
	}
}

func TestWriteRefusesNonEmptyDir(t *testing.T) {
	dir := t.TempDir()
	keep := filepath.Join(dir, "giu.yaml")
	if err := os.WriteFile(keep, []byte("x: 1\n"), 0o644); err != nil {
		t.Fatal(err)
	}
	if err := Write(dir, []File{{Name: "ke-hoach.yaml", Data: []byte("id: a\n")}}); err == nil {
		t.Fatal("Write into a folder with files succeeded")
	}
	entries, _ := os.ReadDir(dir)
	if len(entries) != 1 {
		t.Errorf("folder now holds %d entries, want only the original file", len(entries))
	}
	leftovers, _ := filepath.Glob(filepath.Join(filepath.Dir(dir), ".kh-new-*"))
	if len(leftovers) > 0 {
		t.Errorf("temporary folders left behind: %v", leftovers)
	}
}
