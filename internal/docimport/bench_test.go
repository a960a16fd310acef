package docimport

import (
	"fmt"
	"strings"
	"testing"
)

// planWithTasks is a plan text of n tasks in an appendix table, the size of
// a provincial annual plan (1174/KH-UBND has 57).
func planWithTasks(n int) []byte {
	var b strings.Builder
	b.WriteString("ỦY BAN NHÂN DÂN\nTỈNH NGHỆ AN\nSố: 5/KH-UBND\n\nNghệ An, ngày 5 tháng 1 năm 2027\n\nKẾ HOẠCH\n\nChuyển đổi số tỉnh Nghệ An năm 2027\n\n")
	b.WriteString("I. MỤC TIÊU\n\n1. Mục tiêu chung\n\n- Hoàn thiện hạ tầng số.\n\nII. NHIỆM VỤ\n\n(Phụ lục 01 kèm theo)\n\n")
	b.WriteString("Nơi nhận:\n- Bộ Khoa học và Công nghệ;\n- Lưu: VT.\n\nTM. ỦY BAN NHÂN DÂN\nKT. CHỦ TỊCH\nPHÓ CHỦ TỊCH\n\nNguyễn Văn A\n\n")
	b.WriteString("Phụ lục 01: DANH MỤC NHIỆM VỤ\n\n(Kèm theo Kế hoạch số 5/KH-UBND ngày 05/01/2027 của UBND tỉnh)\n\n")
	b.WriteString("TT\tNhiệm vụ\tĐơn vị chủ trì\tĐơn vị phối hợp\tThời gian hoàn thành\n")
	agencies := []string{"Sở Khoa học và Công nghệ", "Sở Nội vụ; Sở Tài chính", "Các sở, ban, ngành", "Sở GD&ĐT", "Công an tỉnh"}
	deadlines := []string{"Quý I/2027", "Năm 2027", "Tháng 6/2027", "Trước ngày 30/9/2027", "Quý II-III/2027"}
	for g := 0; g*10 < n; g++ {
		fmt.Fprintf(&b, "%s\tNhóm nhiệm vụ %d\t\t\t\n", []string{"I", "II", "III", "IV", "V", "VI", "VII", "VIII", "IX", "X"}[g%10], g+1)
		for k := g * 10; k < min(n, g*10+10); k++ {
			fmt.Fprintf(&b, "%d\tTriển khai nhiệm vụ chuyển đổi số số %d của tỉnh\t%s\t%s\t%s\n", k+1, k+1, agencies[k%5], agencies[(k+1)%5], deadlines[k%5])
		}
	}
	return []byte(b.String())
}

func TestPlanWithTasks(t *testing.T) {
	r := importText(t, loadPlans(t), "60.txt", planWithTasks(60))
	if r.Counts.Tasks != 60 || r.Counts.DeadlinesUnparsed != 0 || r.Counts.AgenciesUnmatched != 0 {
		t.Errorf("counts %+v, findings %v", r.Counts, r.Findings)
	}
}

// BenchmarkImport60 reads, recognises and builds a 60-task plan and writes
// its files (in memory), as kh import-doc does.
func BenchmarkImport60(b *testing.B) {
	repo := loadPlans(b)
	data := planWithTasks(60)
	b.ResetTimer()
	for b.Loop() {
		r, err := Build(Detect(FromText("60.txt", data)), repo, Options{Dir: plansDir + "/nghe-an/kh-nhap"})
		if err != nil {
			b.Fatal(err)
		}
		if _, err := r.Files("../../../schema"); err != nil {
			b.Fatal(err)
		}
	}
}
