package cli

import (
	"fmt"
	"io"
	"os"
	"path/filepath"

	"github.com/spf13/cobra"

	"github.com/kh-tools/kh/internal/atomicfile"
	"github.com/kh-tools/kh/internal/forms"
	"github.com/kh-tools/kh/internal/outpath"
	"github.com/kh-tools/kh/internal/progress"
)

func newFormsCmd(s *IO) *cobra.Command {
	var period, out string
	cmd := &cobra.Command{
		Use:   "forms PLAN --period 2026-Q1 [--out DIR]",
		Short: "Tạo biểu mẫu báo cáo (.xlsx) cho từng cơ quan chủ trì, liệt kê đúng các nhiệm vụ cơ quan đó chủ trì",
		Args:  cobra.ExactArgs(1),
		RunE: func(cmd *cobra.Command, args []string) error {
			return runForms(s, args[0], period, out)
		},
	}
	cmd.Flags().StringVar(&period, "period", "", "kỳ báo cáo: 2026 (năm), 2026-H1 (6 tháng), 2026-Q1 (quý), 2026-03 (tháng)")
	cmd.Flags().StringVar(&out, "out", "", "thư mục ghi biểu mẫu (mặc định out/forms/<mã kế hoạch>/<kỳ>/)")
	return cmd
}

func runForms(s *IO, arg, period, out string) error {
	if period == "" {
		return usage(fmt.Errorf("thiếu --period, ví dụ --period 2026-Q1"))
	}
	per, err := progress.ParsePeriod(period)
	if err != nil {
		return usage(err)
	}
	t, p, err := openPlan(s, arg)
	if err != nil {
		return err
	}
	fs := forms.Build(p, per)
	if len(fs) == 0 {
		return usage(fmt.Errorf("kế hoạch %s không có nhiệm vụ nào ghi cơ quan chủ trì", p.ID))
	}
	dir, err := formsDir(s, out, p.ID, per.ID)
	if err != nil {
		return err
	}
	// Every name is checked before the first form is written.
	paths := make([]string, len(fs))
	for i, f := range fs {
		if paths[i], err = outpath.Join(dir, f.FileName()); err != nil {
			return &exitError{Code: ExitFindings, Err: err}
		}
	}
	for i, f := range fs {
		err := atomicfile.Write(paths[i], 0o644, func(w io.Writer) error { return f.Write(w, t.Repo) })
		if err != nil {
			return failure(err)
		}
		fmt.Fprintf(s.Out, "%s (%d nhiệm vụ)\n", paths[i], len(f.Tasks))
	}
	return nil
}

// formsDir is the folder the forms go to: --out as given, else
// out/forms/<plan id>/<period> with the two names checked, since they come
// from data. It is created.
func formsDir(s *IO, flag, planID, period string) (string, error) {
	wd, err := s.Getwd()
	if err != nil {
		return "", failure(err)
	}
	dir := absIn(wd, flag)
	if flag == "" {
		if dir, err = outpath.Join(filepath.Join(wd, "out", "forms"), planID, period); err != nil {
			return "", &exitError{Code: ExitFindings, Err: err}
		}
	}
	if err := os.MkdirAll(dir, 0o755); err != nil {
		return "", failure(err)
	}
	return dir, nil
}
