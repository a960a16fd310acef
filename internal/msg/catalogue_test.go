package msg_test

import (
	"testing"

	"github.com/kh-tools/kh/internal/diag"
	"github.com/kh-tools/kh/internal/msg"
)

// TestCatalogue is the guarantee of the catalogue: every message, the rule
// templates and summaries of diag included, exists in both languages and
// both templates take the same arguments.
func TestCatalogue(t *testing.T) {
	if len(diag.Rules()) == 0 {
		t.Fatal("no rules")
	}
	ids := map[string]bool{}
	for _, m := range msg.All() {
		if m.ID == "" || ids[m.ID] {
			t.Errorf("message id %q empty or repeated", m.ID)
		}
		ids[m.ID] = true
		if err := msg.CheckPair(m.VI, m.EN); err != nil {
			t.Errorf("%s: %v", m.ID, err)
		}
	}
	for _, r := range diag.Rules() {
		if !ids[r.Code] || !ids[r.Code+".summary"] {
			t.Errorf("rule %s is not in the catalogue", r.Code)
		}
	}
}
