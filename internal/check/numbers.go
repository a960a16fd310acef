package check

import (
	"regexp"
	"strconv"
	"time"

	"github.com/kh-tools/kh/internal/plan"
)

// numbered is a document whose issuer, number, symbol and date are known.
type numbered struct {
	issuer, symbol string
	number         int
	date           time.Time
	loc            plan.Loc
	ref            string
}

// refParts splits "171/KH-UBND" → 171, "KH-UBND"; "57-NQ/TW" → 57,
// "NQ/TW"; "193/2025/QH15" → 193, "QH15".
var refParts = regexp.MustCompile(`^(\d+)(?:/\d{4})?[-/](.+)$`)

func parseNumbered(issuer, ref string, date time.Time, loc plan.Loc) numbered {
	n, symbol, ok := SplitRef(ref)
	if !ok {
		return numbered{}
	}
	return numbered{issuer, symbol, n, date, loc, ref}
}

// SplitRef splits a number and symbol into the number and the part that
// names the issuer's sequence: "171/KH-UBND" → 171, "KH-UBND"; the
// number-sequence rule groups documents by that part, and the check cache
// must group them the same way.
func SplitRef(ref string) (number int, symbol string, ok bool) {
	m := refParts.FindStringSubmatch(ref)
	if m == nil {
		return 0, "", false
	}
	n, _ := strconv.Atoi(m[1])
	return n, m[2], true
}
