package xlsx

import (
	"fmt"
	"testing"
)

func TestDevLines(t *testing.T) {
	s := "Tích hợp, cung cấp dịch vụ công trực tuyến trên Cổng dịch vụ công quốc gia đảm bảo tính kế thừa, liên tục, thông suốt, hiệu quả"
	m := fontMetrics(false)
	fmt.Println(m.width(s), m.width(s)*12*pxPerPoint, textPx(83), countLines(s, 83, 12, false))
	s2 := "Văn phòng UBND tỉnh"
	fmt.Println(m.width(s2)*16, textPx(24), countLines(s2, 24, 12, false))
}
