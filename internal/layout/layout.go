// Package layout holds the layout parameters (thể thức) of printed plans:
// margins, font sizes, spacing and rules, as data a province can adjust in
// templates/*.yaml, and checks them against the ranges of NĐ 30/2020 (state
// documents) and HD 36-HD/VPTW (Party documents).
package layout

import (
	"bytes"
	"errors"
	"fmt"
	"io/fs"
	"os"
	"path/filepath"
	"sort"
	"strconv"

	"go.yaml.in/yaml/v3"

	"github.com/kh-tools/kh/internal/diag"
	"github.com/kh-tools/kh/internal/plan"
	"github.com/kh-tools/kh/templates"
)

// Forms: the value of the_thuc, which decides the header and the ranges.
const (
	FormState = "nha_nuoc"
	FormParty = "dang"
)

// Template names of the two built-in templates.
const (
	StateName = "nha-nuoc"
	PartyName = "dang"
)

// Template is one set of layout parameters. Lengths are millimetres, font
// sizes and paragraph spacing points.
type Template struct {
	Form    string  `yaml:"the_thuc"`
	Font    string  `yaml:"phong_chu"`
	Margins Margins `yaml:"le"`
	// LineSpacing multiplies single spacing (1 … 1.5).
	LineSpacing float64 `yaml:"gian_dong"`
	// ParaAfter is the space after a paragraph in points.
	ParaAfter float64 `yaml:"sau_doan"`
	// Indent is the first-line indent of paragraphs and headings in mm.
	Indent float64 `yaml:"thut_dau_dong"`
	// LeftColumn is the share of the text width taken by the agency column
	// of the header; the national (or Party) column gets the rest.
	LeftColumn float64 `yaml:"cot_trai"`
	Sizes      Sizes   `yaml:"co_chu"`
	Rules      Rules   `yaml:"duong_ke"`
	// HeadingStyles maps a numbering style (plan.NumRoman …) to a font style
	// ("B", "I", "BI" or "").
	HeadingStyles map[string]string `yaml:"kieu_tieu_de"`

	// Source names the file the template came from, for findings.
	Source string `yaml:"-"`
	pos    map[string]diag.Pos
}

// Margins of the page in mm.
type Margins struct {
	Top    float64 `yaml:"tren"`
	Bottom float64 `yaml:"duoi"`
	Left   float64 `yaml:"trai"`
	Right  float64 `yaml:"phai"`
}

// Sizes are font sizes in points, one per element of the decree's table.
type Sizes struct {
	ParentAgency  float64 `yaml:"co_quan_chu_quan"`
	Agency        float64 `yaml:"co_quan_ban_hanh"`
	Number        float64 `yaml:"so_ky_hieu"`
	National      float64 `yaml:"quoc_hieu"`
	Motto         float64 `yaml:"tieu_ngu"`
	PlaceDate     float64 `yaml:"dia_danh_ngay"`
	DraftMark     float64 `yaml:"du_thao"`
	DocType       float64 `yaml:"ten_loai"`
	Title         float64 `yaml:"trich_yeu"`
	Body          float64 `yaml:"noi_dung"`
	Heading       float64 `yaml:"tieu_de_muc"`
	Signature     float64 `yaml:"ky"`
	RecipientHead float64 `yaml:"noi_nhan"`
	Recipients    float64 `yaml:"danh_sach_noi_nhan"`
	PageNumber    float64 `yaml:"so_trang"`
	AppendixNum   float64 `yaml:"phu_luc_so"`
	AppendixTitle float64 `yaml:"phu_luc_ten"`
	AppendixRef   float64 `yaml:"phu_luc_kem_theo"`
	Table         float64 `yaml:"bang"`
}

// Rules are the lengths of the short rules as a share of the text above.
type Rules struct {
	Agency float64 `yaml:"co_quan"`
	Title  float64 `yaml:"trich_yeu"`
}

// Party reports whether the template lays out Party documents.
func (t *Template) Party() bool { return t.Form == FormParty }

// Default returns the built-in template name ("nha-nuoc" or "dang").
func Default(name string) (*Template, error) {
	data, err := fs.ReadFile(templates.FS, name+".yaml")
	if err != nil {
		return nil, fmt.Errorf("layout: no built-in template %q", name)
	}
	return Parse(data, "templates/"+name+".yaml")
}

// Load reads dir/name.yaml, or the built-in template of that name when the
// file does not exist, so a repository without templates/ still builds.
func Load(dir, name string) (*Template, error) {
	path := filepath.Join(dir, name+".yaml")
	data, err := os.ReadFile(path)
	if errors.Is(err, fs.ErrNotExist) {
		return Default(name)
	}
	if err != nil {
		return nil, fmt.Errorf("layout: %w", err)
	}
	return Parse(data, filepath.ToSlash(path))
}

// Parse decodes a template; unknown keys are errors so a misspelt key is not
// silently ignored. source is the name used in findings.
func Parse(data []byte, source string) (*Template, error) {
	var t Template
	dec := yaml.NewDecoder(bytes.NewReader(data))
	dec.KnownFields(true)
	if err := dec.Decode(&t); err != nil {
		return nil, fmt.Errorf("layout: %s: %w", source, err)
	}
	var root yaml.Node
	if err := yaml.Unmarshal(data, &root); err != nil {
		return nil, fmt.Errorf("layout: %s: %w", source, err)
	}
	t.Source = source
	t.pos = map[string]diag.Pos{}
	collectPos(&root, "", source, t.pos)
	if t.Form != FormState && t.Form != FormParty {
		return nil, fmt.Errorf("layout: %s: the_thuc must be %s or %s, not %q", source, FormState, FormParty, t.Form)
	}
	return &t, nil
}

// collectPos records the position of every scalar value by dotted key path.
func collectPos(n *yaml.Node, path, file string, out map[string]diag.Pos) {
	switch n.Kind {
	case yaml.DocumentNode:
		for _, c := range n.Content {
			collectPos(c, path, file, out)
		}
	case yaml.MappingNode:
		for i := 0; i+1 < len(n.Content); i += 2 {
			key := n.Content[i].Value
			if path != "" {
				key = path + "." + key
			}
			collectPos(n.Content[i+1], key, file, out)
		}
	default:
		out[path] = diag.Pos{File: file, Line: n.Line, Column: n.Column}
	}
}

// Pos returns the position of the value at a dotted key path ("le.tren"),
// or the file alone when the key is absent.
func (t *Template) Pos(path string) diag.Pos {
	if p, ok := t.pos[path]; ok {
		return p
	}
	return diag.Pos{File: t.Source}
}

func fmtNum(v float64) string { return strconv.FormatFloat(v, 'f', -1, 64) }

// HeadingStyle is the font style of a heading numbered in style.
func (t *Template) HeadingStyle(style string) string { return t.HeadingStyles[style] }

func sortedKeys(m map[string]string) []string {
	keys := make([]string, 0, len(m))
	for k := range m {
		keys = append(keys, k)
	}
	sort.Strings(keys)
	return keys
}

// NameFor is the template a plan asks for: its own choice (mau), else the
// Party or the state template by its issuer's bloc.
func NameFor(r *plan.Repo, p *plan.Plan) string {
	if p.Template != "" {
		return p.Template
	}
	if r.IsParty(p) {
		return PartyName
	}
	return StateName
}
