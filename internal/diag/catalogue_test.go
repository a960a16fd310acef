package diag

import (
	"testing"

	"github.com/kh-tools/kh/internal/msg"
)

// TestRuleMessages checks the rule templates as catalogue entries: both
// languages present and taking the same arguments, summaries included.
func TestRuleMessages(t *testing.T) {
	for _, r := range Rules() {
		if err := msg.CheckPair(r.VI, r.EN); err != nil {
			t.Errorf("%s: %v", r.Code, err)
		}
		if err := msg.CheckPair(r.Summary.VI, r.Summary.EN); err != nil {
			t.Errorf("%s summary: %v", r.Code, err)
		}
	}
}
