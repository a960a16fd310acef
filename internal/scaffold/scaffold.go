// Package scaffold starts a new plan from a skeleton of one of the real
// kinds of document kh was built from: an annual plan (like 1174/KH-UBND),
// a review plan with report forms (like 171/KH-UBND) and a Party resolution
// (like 16-NQ/TU). Skeletons are text templates in templates/<kind>/; a
// repository may adjust them, and the built-in ones (package templates) keep kh new working
// without one.
package scaffold

import (
	"bytes"
	"encoding/json"
	"errors"
	"fmt"
	"io/fs"
	"os"
	"path/filepath"
	"sort"
	"strings"
	"text/template"
	"time"

	"github.com/kh-tools/kh/internal/calendar"
	"github.com/kh-tools/kh/internal/deadline"
	"github.com/kh-tools/kh/internal/format"
	"github.com/kh-tools/kh/internal/msg"
	"github.com/kh-tools/kh/internal/outpath"
	"github.com/kh-tools/kh/internal/vntext"
	"github.com/kh-tools/kh/templates"
)

// Kind is one skeleton.
type Kind struct {
	Name string
	// Title describes the kind in help and errors.
	Title msg.Text
	// Party kinds are issued by a Party committee (Tỉnh ủy), the others by
	// the provincial People's Committee.
	Party bool
}

var kinds = []Kind{
	{Name: "ke-hoach-nam", Title: msg.KindAnnual.Text()},
	{Name: "so-ket", Title: msg.KindReview.Text()},
	{Name: "nghi-quyet", Title: msg.KindResolution.Text(), Party: true},
}

// Kinds lists the skeletons in a stable order.
func Kinds() []Kind { return kinds }

// Lookup finds a kind by name.
func Lookup(name string) (Kind, bool) {
	for _, k := range kinds {
		if k.Name == name {
			return k, true
		}
	}
	return Kind{}, false
}

// Params are the values a skeleton is filled with. Agency fields hold
// registry ids.
type Params struct {
	ID       string
	Issuer   string
	Lead     string
	LeadName string
	// Departments and Communes are the group agencies "các sở, ban, ngành"
	// and "UBND cấp xã"; they fall back to Lead when the registry has none.
	Departments string
	Communes    string
	// Politburo is the id of Bộ Chính trị, for the skeleton's citation; ""
	// leaves the citation out.
	Politburo string
	Place     string
	Year      int
	Title     string
	// Schema is the relative path from the new folder to schema/.
	Schema string
	// Calendar places the skeleton's report dates on working days.
	Calendar *calendar.Calendar
}

// File is one rendered file of a new plan.
type File struct {
	Name string
	Data []byte
	// Exec marks a script (the pre-commit hook).
	Exec bool
}

// Render fills the skeleton of kind k from dir (a repository's templates
// folder; "" or a missing folder means the built-in skeleton).
func Render(dir string, k Kind, p Params) ([]File, error) {
	fsys, err := source(dir, k)
	if err != nil {
		return nil, err
	}
	names, err := fs.Glob(fsys, "*.tmpl")
	if err != nil || len(names) == 0 {
		return nil, msg.TemplateEmpty.Error(k.Name)
	}
	sort.Strings(names)
	var out []File
	for _, name := range names {
		f, err := renderFile(fsys, name, p)
		if err != nil {
			return nil, err
		}
		out = append(out, f)
	}
	return out, nil
}

func source(dir string, k Kind) (fs.FS, error) {
	if dir != "" {
		d := filepath.Join(dir, k.Name)
		if _, err := os.Stat(d); err == nil {
			return os.DirFS(d), nil
		}
	}
	return fs.Sub(templates.FS, k.Name)
}

func renderFile(fsys fs.FS, name string, p Params) (File, error) {
	text, err := fs.ReadFile(fsys, name)
	if err != nil {
		return File{}, err
	}
	t, err := template.New(name).Option("missingkey=error").Funcs(funcs(p)).Parse(string(text))
	if err != nil {
		return File{}, msg.TemplateBroken.Error(name, err.Error())
	}
	var b bytes.Buffer
	if err := t.Execute(&b, p); err != nil {
		return File{}, msg.TemplateBroken.Error(name, err.Error())
	}
	// Formatting makes the new files kh-fmt clean whatever the template's
	// spacing, and fails on a template that does not fill to valid YAML.
	data := []byte(vntext.NFC(b.String()))
	out, err := format.Format(data, format.Options{Type: format.GuessType(data)})
	if err != nil {
		return File{}, msg.TemplateNotYAML.Error(name, err)
	}
	return File{Name: strings.TrimSuffix(name, ".tmpl"), Data: out}, nil
}

// funcs are the helpers skeletons use for years and report dates.
func funcs(p Params) template.FuncMap {
	return template.FuncMap{
		"add": func(a, b int) int { return a + b },
		// q quotes free text (titles, names) so a ":" in it cannot break
		// the YAML; the formatter drops quotes that are not needed.
		"q": quote,
		// e escapes free text inside a double-quoted YAML string.
		"e": func(s string) string { q := quote(s); return q[1 : len(q)-1] },
		// before gives "Trước ngày D" for about month/day of the plan year,
		// moved later until the day before it (the last day allowed) is a
		// working day, so the skeleton's report deadlines pass KH114.
		"before": func(month, day int) string {
			last := time.Date(p.Year, time.Month(month), day-1, 0, 0, 0, 0, time.UTC)
			if p.Calendar != nil {
				last = p.Calendar.NextWorkingDay(last)
			}
			return deadline.Deadline{Kind: deadline.Date, Before: true, To: last}.String()
		},
	}
}

func quote(s string) string {
	b, _ := json.Marshal(s)
	return string(b)
}

// Write creates dir holding files, all or nothing: the files are written
// into a hidden folder beside dir, which is then renamed into place. dir
// must not exist or be empty.
func Write(dir string, files []File) (err error) {
	if entries, err := os.ReadDir(dir); err == nil && len(entries) > 0 {
		return msg.NewDirNotEmpty.Error(dir)
	} else if err != nil && !errors.Is(err, fs.ErrNotExist) {
		return err
	}
	parent := filepath.Dir(dir)
	if err := os.MkdirAll(parent, 0o755); err != nil {
		return err
	}
	tmp, err := os.MkdirTemp(parent, ".kh-new-*")
	if err != nil {
		return err
	}
	defer func() {
		if err != nil {
			os.RemoveAll(tmp)
		}
	}()
	for _, f := range files {
		path, err := outpath.Join(tmp, f.Name)
		if err != nil {
			return err
		}
		if err := os.WriteFile(path, f.Data, 0o644); err != nil {
			return err
		}
	}
	if err := os.Chmod(tmp, 0o755); err != nil {
		return err
	}
	os.Remove(dir) // an empty folder is replaced
	return os.Rename(tmp, dir)
}

// DefaultYear is the year a new plan of kind k covers when drafted on now:
// annual plans are drafted in the second half of the year before (1174/
// KH-UBND for 2026 was signed on 31/12/2025), the others for the current year.
func DefaultYear(k Kind, now time.Time) int {
	if k.Name == "ke-hoach-nam" && now.Month() >= time.July {
		return now.Year() + 1
	}
	return now.Year()
}

// DefaultTitle is the trích yếu a new plan starts with, in the words of the
// real documents of its kind.
func DefaultTitle(k Kind, p Params) string {
	switch k.Name {
	case "so-ket":
		return fmt.Sprintf("Sơ kết thực hiện các nhiệm vụ chuyển đổi số tỉnh %s năm %d", p.Place, p.Year)
	case "nghi-quyet":
		return fmt.Sprintf("về chuyển đổi số tỉnh %s giai đoạn %d - %d, định hướng đến năm %d", p.Place, p.Year, p.Year+4, p.Year+9)
	}
	return fmt.Sprintf("Chuyển đổi số tỉnh %s năm %d", p.Place, p.Year)
}
