package cli

import (
	"fmt"
	"strings"

	"github.com/kh-tools/kh/internal/diag"
)

// checkRev refuses a revision that git could read as an option
// ("--output=../x"): kh passes revisions after --end-of-options anyway, but
// such a value is a mistake or an attack, and the user should hear so.
func checkRev(what, rev string, lang diag.Lang) error {
	if !strings.HasPrefix(rev, "-") {
		return nil
	}
	return usage(fmt.Errorf("%s", diag.Text{
		VI: fmt.Sprintf("%s %q: phiên bản git không được bắt đầu bằng dấu \"-\"; ghi tên nhánh, thẻ hoặc mã commit, ví dụ main hoặc HEAD~1", what, rev),
		EN: fmt.Sprintf("%s %q: a git revision cannot start with \"-\"; give a branch, tag or commit, e.g. main or HEAD~1", what, rev),
	}.In(lang)))
}
