// Package benchdata generates a synthetic plans repository for benchmarks:
// a few provinces with agency registries and many plans shaped like the real
// ones (citations, an outline of Vietnamese paragraphs, an indicators
// appendix and a tasks appendix with deadlines, dependencies and cross-plan
// links), plus a few deliberate defects so kh check has something to find.
// The output depends only on the options: the random source is a seeded PCG
// and nothing reads the clock.
package benchdata

import (
	"fmt"
	"math/rand/v2"
	"os"
	"path/filepath"
	"strconv"
	"strings"
)

// DefaultSeed makes runs without an explicit seed reproducible.
const DefaultSeed = 2026

// Options size the repository.
type Options struct {
	// Plans is the number of plans; they are dealt round-robin to the
	// provinces.
	Plans int
	// Seed selects the random stream; 0 means DefaultSeed.
	Seed uint64
}

// Stats describes what Generate wrote.
type Stats struct {
	Files int
	Bytes int64
}

// DefectEvery is the spacing of defective plans: plan i carries a defect
// when i%DefectEvery is one of the defect offsets below.
const DefectEvery = 50

// Offsets inside each run of DefectEvery plans that carry one defect each.
const (
	defectAgency   = 7  // a task led by an agency id no registry has (KH010)
	defectPeriod   = 23 // a deadline outside the plan's period (KH101)
	defectSlipping = 41 // a task due before the task it follows (KH103)
)

// Generate writes the repository into dir, which must not exist yet or be
// empty, so that stale plans from a larger run cannot linger.
func Generate(dir string, opt Options) (Stats, error) {
	if opt.Plans < 0 {
		return Stats{}, fmt.Errorf("benchdata: %d plans", opt.Plans)
	}
	if entries, err := os.ReadDir(dir); err == nil && len(entries) > 0 {
		return Stats{}, fmt.Errorf("benchdata: %s is not empty", dir)
	}
	seed := opt.Seed
	if seed == 0 {
		seed = DefaultSeed
	}
	w := &writer{dir: dir}
	w.file("kho.yaml", "ten: Kho kế hoạch tổng hợp (dữ liệu đo hiệu năng)\nbao_cao_truoc_ngay_lam_viec: 5\n")
	w.file("trung-uong/co-quan.yaml", centralRegistry())
	for _, pr := range provinces {
		w.file(pr.slug+"/co-quan.yaml", provinceRegistry(pr))
	}
	perProvince := (opt.Plans + len(provinces) - 1) / len(provinces)
	for i := 0; i < opt.Plans; i++ {
		g := newPlanGen(i, perProvince, rand.New(rand.NewPCG(seed, uint64(i))))
		dir := g.pr.slug + "/" + g.id
		w.file(dir+"/ke-hoach.yaml", g.body())
		w.file(dir+"/pl01-chi-tieu.yaml", g.indicators())
		w.file(dir+"/pl02-nhiem-vu.yaml", g.tasks())
	}
	return w.stats, w.err
}

// writer writes files under dir and remembers the first error, so the
// generator reads as a list of files.
type writer struct {
	dir   string
	stats Stats
	err   error
}

func (w *writer) file(name, content string) {
	if w.err != nil {
		return
	}
	abs := filepath.Join(w.dir, filepath.FromSlash(name))
	if w.err = os.MkdirAll(filepath.Dir(abs), 0o755); w.err != nil {
		return
	}
	w.err = os.WriteFile(abs, []byte(content), 0o644)
	w.stats.Files++
	w.stats.Bytes += int64(len(content))
}

// yamlBuf builds YAML text line by line with indentation.
type yamlBuf struct{ strings.Builder }

func (b *yamlBuf) line(indent int, format string, args ...any) {
	b.WriteString(strings.Repeat("  ", indent))
	fmt.Fprintf(b, format, args...)
	b.WriteByte('\n')
}

// scalar writes s plain when YAML reads it back unchanged as a string, as
// officers write it, and double-quoted otherwise.
func scalar(s string) string {
	if plainSafe(s) {
		return s
	}
	return strconv.Quote(s)
}

func plainSafe(s string) bool {
	if s == "" || strings.ContainsAny(s, ":#\"'[]{},&*!|>%@`\\") {
		return false
	}
	if strings.ContainsRune("-?0123456789 ", rune(s[0])) || strings.HasSuffix(s, " ") {
		return false
	}
	switch strings.ToLower(s) {
	case "true", "false", "yes", "no", "on", "off", "null", "y", "n":
		return false
	}
	return true
}

// list renders ids as a flow sequence: [a, b].
func list(ids []string) string { return "[" + strings.Join(ids, ", ") + "]" }
