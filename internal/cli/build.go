package cli

import (
	"fmt"
	"path/filepath"

	"github.com/spf13/cobra"

	"github.com/kh-tools/kh/internal/build"
	"github.com/kh-tools/kh/internal/diag"
)

type buildOptions struct {
	out       string
	pdfOnly   bool
	xlsxOnly  bool
	templates string
}

func newBuildCmd(s *IO, g *globals) *cobra.Command {
	o := &buildOptions{}
	cmd := &cobra.Command{
		Use:   "build [PLAN...] [--out DIR]",
		Short: "Dựng bản PDF (thể thức NĐ 30/2020) và bảng Excel phụ lục cho các kế hoạch (mặc định: plans/)",
		RunE: func(cmd *cobra.Command, args []string) error {
			return runBuild(s, g, o, args)
		},
	}
	f := cmd.Flags()
	f.StringVar(&o.out, "out", "out", "thư mục ghi kết quả")
	f.BoolVar(&o.pdfOnly, "pdf", false, "chỉ dựng PDF")
	f.BoolVar(&o.xlsxOnly, "xlsx", false, "chỉ dựng Excel")
	f.StringVar(&o.templates, "templates", "", "thư mục mẫu thể thức (mặc định: templates/ cạnh thư mục plans; thiếu tệp thì dùng mẫu có sẵn)")
	return cmd
}

func runBuild(s *IO, g *globals, o *buildOptions, args []string) error {
	lang, err := g.language()
	if err != nil {
		return err
	}
	noTables := "kh build: %s không có phụ lục dạng bảng nên không có tệp .xlsx\n"
	if lang == diag.EN {
		noTables = "kh build: %s has no table appendix, so no .xlsx\n"
	}
	if len(args) == 0 {
		args = []string{"plans"}
	}
	plans, targets, err := openPlans(s, args)
	if err != nil {
		return err
	}
	wd, err := s.Getwd()
	if err != nil {
		return failure(err)
	}
	opt := build.Options{
		OutDir: absIn(wd, o.out),
		PDF:    !o.xlsxOnly,
		XLSX:   !o.pdfOnly,
	}
	if s.ProgressErr() {
		opt.Progress = func(done, total int) {
			fmt.Fprintf(s.Err, "\r\033[Kdựng %d/%d kế hoạch", done, total)
			if done == total {
				fmt.Fprint(s.Err, "\r\033[K")
			}
		}
	}
	// Plans of one repository share its registry; build them together.
	var failed int
	for i := 0; i < len(plans); {
		j := i
		for j < len(plans) && targets[j] == targets[i] {
			j++
		}
		opt.Templates = templatesDir(targets[i])
		if o.templates != "" {
			opt.Templates = absIn(wd, o.templates)
		}
		for _, r := range build.Plans(targets[i].Repo, plans[i:j], opt) {
			if r.Err != nil {
				failed++
				fmt.Fprintln(s.Err, "kh build:", r.Err)
				continue
			}
			for _, f := range r.Files {
				rel, _ := filepath.Rel(wd, f)
				fmt.Fprintln(s.Out, filepath.ToSlash(rel))
			}
			if r.NoTables {
				fmt.Fprintf(s.Err, noTables, r.PlanID)
			}
		}
		i = j
	}
	if failed > 0 {
		return failure(fmt.Errorf("%d kế hoạch không dựng được", failed))
	}
	return nil
}

func absIn(wd, p string) string {
	if filepath.IsAbs(p) {
		return p
	}
	return filepath.Join(wd, p)
}
