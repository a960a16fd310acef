package deadline

import (
	"fmt"
	"testing"
)

func TestZZTry(t *testing.T) {
	for _, s := range []string{"Quy 1/ 2026", "Thuong xuyén", "Thang 10/2026", "Theo tién do Quy hoach tinh", "Theo yéu cau cua Bo KH&CN", "Theo Dé an 06", "Quy 111/2026", "Quý IIl/2026", "hang quy", "Hang Quy", "hang nam", "Theo yêu cầu cua Bộ KH&CN", "Quy Vien", "6 thang, hang nam", "giai doan 2026-2030", "tu nam 2026", "truoc ngay 01/07/2025", "hoan thanh truoc 15/6/2025", "Quý I/2026; Quý II/2026"} {
		d, err := Parse(s)
		if err != nil {
			pe := err.(*ParseError)
			fmt.Printf("%-32q col %d %s → %q\n", s, pe.Col, pe.Msg, pe.Suggestion)
			continue
		}
		fmt.Printf("%-32q OK %s ref=%q\n", s, d, d.Ref)
	}
}
