package cli

import (
	"fmt"
	"os"
	"path/filepath"
	"strings"

	"github.com/spf13/cobra"

	"github.com/kh-tools/kh/internal/load"
	"github.com/kh-tools/kh/internal/plan"
	"github.com/kh-tools/kh/internal/scaffold"
)

type newOptions struct {
	id, issuer, lead, title string
	year                    int
}

func newNewCmd(s *IO) *cobra.Command {
	o := &newOptions{}
	var kinds []string
	for _, k := range scaffold.Kinds() {
		kinds = append(kinds, fmt.Sprintf("  %-13s %s", k.Name, k.Title))
	}
	cmd := &cobra.Command{
		Use:   "new KIND DIR",
		Short: "Tạo kế hoạch mới từ khung của một loại văn bản thật, sẵn sàng cho kh check",
		Long: `Tạo thư mục DIR chứa một kế hoạch dự thảo (du_thao: 1, chưa có số và ngày) dựng
theo khung của một văn bản thật trong plans/. DIR phải nằm trong thư mục của một
tỉnh (có co-quan.yaml); cơ quan ban hành và cơ quan chủ trì được tìm trong danh mục
cơ quan của tỉnh đó, hoặc chỉ định bằng --co-quan, --chu-tri. Khung lấy từ
templates/KIND/ cạnh thư mục plans nếu có, nếu không thì dùng khung có sẵn.

Loại (KIND):
` + strings.Join(kinds, "\n") + `

Ví dụ:
  kh new ke-hoach-nam plans/nghe-an/kh-2027-cds --nam 2027`,
		Args: cobra.ExactArgs(2),
		RunE: func(_ *cobra.Command, args []string) error { return runNew(s, o, args[0], args[1]) },
	}
	f := cmd.Flags()
	f.StringVar(&o.id, "id", "", "id của kế hoạch (mặc định: tên thư mục DIR)")
	f.StringVar(&o.issuer, "co-quan", "", "id cơ quan ban hành (mặc định: UBND tỉnh, hoặc Tỉnh ủy với nghi-quyet)")
	f.StringVar(&o.lead, "chu-tri", "", "id cơ quan chủ trì tham mưu (mặc định: Sở Khoa học và Công nghệ)")
	f.IntVar(&o.year, "nam", 0, "năm của kế hoạch (mặc định: năm sau với ke-hoach-nam soạn từ tháng 7, còn lại năm nay)")
	f.StringVar(&o.title, "trich-yeu", "", "trích yếu (mặc định theo loại, ví dụ \"Chuyển đổi số tỉnh Nghệ An năm 2027\")")
	return cmd
}

func runNew(s *IO, o *newOptions, kindName, dir string) error {
	k, ok := scaffold.Lookup(kindName)
	if !ok {
		var names []string
		for _, k := range scaffold.Kinds() {
			names = append(names, k.Name)
		}
		return usage(fmt.Errorf("loại %q không có; dùng %s", kindName, strings.Join(names, ", ")))
	}
	wd, err := s.Getwd()
	if err != nil {
		return failure(err)
	}
	abs := absIn(wd, dir)
	p := scaffold.Params{ID: o.id, Year: o.year, Title: o.title}
	if p.ID == "" {
		p.ID = filepath.Base(abs)
	}
	if !plan.ValidID(p.ID) {
		return usage(fmt.Errorf("id %q không hợp lệ: chỉ dùng chữ thường không dấu, số và dấu -, tối đa 64 ký tự, ví dụ kh-2027-cds; chỉ định bằng --id", p.ID))
	}
	if p.Year == 0 {
		p.Year = scaffold.DefaultYear(k, s.Now())
	}
	root, res, err := newRepo(filepath.Dir(abs), wd)
	if err != nil {
		return err
	}
	if res.Repo.Plan(p.ID) != nil {
		return usage(fmt.Errorf("id %q đã là id của kế hoạch %s; chọn id khác bằng --id", p.ID, res.Repo.Plan(p.ID).Dir))
	}
	if err := scaffold.Resolve(res.Repo, abs, k, scaffold.Choice{Issuer: o.issuer, Lead: o.lead}, &p); err != nil {
		return usage(err)
	}
	if p.Title == "" {
		p.Title = scaffold.DefaultTitle(k, p)
	}
	p.Calendar = res.Calendar
	if p.Schema, err = filepath.Rel(abs, filepath.Join(filepath.Dir(root), "schema")); err != nil {
		return failure(err)
	}
	p.Schema = filepath.ToSlash(p.Schema)
	files, err := scaffold.Render(filepath.Join(filepath.Dir(root), "templates"), k, p)
	if err != nil {
		return failure(err)
	}
	if err := scaffold.Write(abs, files); err != nil {
		return failure(err)
	}
	fmt.Fprintf(s.Out, "Đã tạo %s (%s, %d tệp). Sửa nội dung rồi chạy: kh check %s\n", dir, k.Name, len(files), dir)
	return nil
}

// newRepo loads the repository that will hold a new plan in parent, which
// may not exist yet: the nearest existing ancestor decides.
func newRepo(parent, wd string) (string, *load.Result, error) {
	d := parent
	for {
		if _, err := os.Stat(d); err == nil || filepath.Dir(d) == d {
			break
		}
		d = filepath.Dir(d)
	}
	root, err := load.FindRoot(d)
	if err == nil {
		_, err = os.Stat(filepath.Join(root, load.RootFile))
	}
	if err != nil {
		return "", nil, usage(fmt.Errorf("%s: không nằm trong kho kế hoạch (thư mục có kho.yaml)", parent))
	}
	res, err := load.Repo(root, load.Options{Base: wd})
	if err != nil {
		return "", nil, failure(err)
	}
	return root, res, nil
}
