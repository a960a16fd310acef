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
// "05/8/2022"); zero gives "".
func ShortDate(t time.Time) string {
	if t.IsZero() {
		return ""
	}
	return fmt.Sprintf("%02d/%d/%d", t.Day(), int(t.Month()), t.Year())
}

// LongDate is the date of the place-and-date line, NĐ 30/2020 PL I II.4:
// "ngày 05 tháng 01 năm 2026", with a leading zero for days below 10 and
// for months 1 and 2.
func LongDate(t time.Time) string {
	m := fmt.Sprint(int(t.Month()))
	if t.Month() <= 2 {
		m = "0" + m
	}
	return fmt.Sprintf("ngày %02d tháng %s năm %d", t.Day(), m, t.Year())
}
