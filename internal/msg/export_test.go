package msg

import (
	"fmt"
	"slices"
	"strings"
)

// All lists the catalogue in declaration order.
func All() []*Message { return append([]*Message(nil), catalogue...) }

// CheckPair reports whether the two templates of a message take the same
// arguments in the same classes: the test every catalogue entry passes.
func CheckPair(vi, en string) error {
	if strings.TrimSpace(vi) == "" || strings.TrimSpace(en) == "" {
		return fmt.Errorf("a language is missing (vi %q, en %q)", vi, en)
	}
	sv, err := Parse(vi)
	if err != nil {
		return fmt.Errorf("vi: %v", err)
	}
	se, err := Parse(en)
	if err != nil {
		return fmt.Errorf("en: %v", err)
	}
	if !slices.Equal(sv, se) {
		return fmt.Errorf("vi takes %v, en takes %v", sv, se)
	}
	return nil
}
