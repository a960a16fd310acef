package cli

import (
	"strings"

	"github.com/kh-tools/kh/internal/msg"
)

// checkRev refuses a revision that git could read as an option
// ("--output=../x"): kh passes revisions after --end-of-options anyway, but
// such a value is a mistake or an attack, and the user should hear so.
func checkRev(what, rev string) error {
	if !strings.HasPrefix(rev, "-") {
		return nil
	}
	return usage(msg.GitRevOption.Error(what, rev))
}
