package plan

import (
	"fmt"
	"strings"
	"time"
	"unicode"

	"golang.org/x/text/unicode/norm"
)

// ASCIIFold removes Vietnamese diacritics ("Sở Khoa học" → "So Khoa hoc"),
// for ids and for matching text typed without them.
func ASCIIFold(s string) string {
	var b strings.Builder
	for _, r := range norm.NFD.String(s) {
		switch {
		case unicode.Is(unicode.Mn, r):
			continue
		case r == 'đ':
			b.WriteRune('d')
		case r == 'Đ':
			b.WriteRune('D')
		default:
			b.WriteRune(r)
		}
	}
	return b.String()
}

// ShortDate is the dd/m/yyyy form used inside sentences ("22/12/2024",
// "05/8/2022", "05/01/2026": months 1 and 2 keep their zero as in the
// place-and-date line); zero gives "".
func ShortDate(t time.Time) string {
	if t.IsZero() {
		return ""
	}
	return fmt.Sprintf("%02d/%s/%d", t.Day(), month(t), t.Year())
}

func month(t time.Time) string {
	if t.Month() <= 2 {
		return fmt.Sprintf("%02d", int(t.Month()))
	}
	return fmt.Sprint(int(t.Month()))
}

// LongDate is the date of the place-and-date line, NĐ 30/2020 PL I II.4:
// "ngày 05 tháng 01 năm 2026", with a leading zero for days below 10 and
// for months 1 and 2.
func LongDate(t time.Time) string {
	return fmt.Sprintf("ngày %02d tháng %s năm %d", t.Day(), month(t), t.Year())
}
