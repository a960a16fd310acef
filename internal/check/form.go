package check

import (
	"regexp"
	"strings"

	"github.com/kh-tools/kh/internal/msg"
	"github.com/kh-tools/kh/internal/plan"
)

// State symbols join the type and the issuer with a hyphen ("KH-UBND");
// Party symbols put a slash before the issuer ("NQ/TU"). NĐ 30/2020 PL I
// II.3 and HD 36-HD/VPTW.
var (
	stateSymbol = regexp.MustCompile(`^[\p{Lu}]+(?:-[\p{Lu}&]+)+$`)
	partySymbol = regexp.MustCompile(`^[\p{Lu}]+/[\p{Lu}]+$`)
)

// checkForm covers the document's formal parts: symbol, recipients,
// signature.
func checkForm(c *ctx) {
	for _, p := range c.repo.Plans {
		c.checkSymbol(p)
		c.checkRecipients(p)
		c.checkSignature(p)
	}
}

func (c *ctx) checkSymbol(p *plan.Plan) {
	if p.Symbol == "" {
		return
	}
	loc := p.Field("ky_hieu")
	party := c.repo.IsParty(p)
	switch {
	case party && !partySymbol.MatchString(p.Symbol):
		c.add("KH032", loc, p.Symbol, msg.CheckSymbolParty.Text())
	case !party && !stateSymbol.MatchString(p.Symbol):
		c.add("KH032", loc, p.Symbol, msg.CheckSymbolState.Text())
	case !strings.HasPrefix(p.Symbol, p.Kind):
		c.add("KH032", loc, p.Symbol, msg.CheckSymbolKind.Text(p.Kind))
	}
}

func (c *ctx) checkRecipients(p *plan.Plan) {
	if len(p.Recipients) == 0 {
		if !c.repo.IsParty(p) {
			c.add("KH004", p.Loc, "noi_nhan", "noi_nhan")
		}
		return
	}
	last := strings.TrimSpace(strings.TrimPrefix(p.Recipients[len(p.Recipients)-1], "-"))
	if !strings.HasPrefix(last, "Lưu:") && !strings.HasPrefix(last, "Lưu ") {
		c.add("KH030", p.Index("noi_nhan", len(p.Recipients)-1))
	}
}

func (c *ctx) checkSignature(p *plan.Plan) {
	s := p.Signature
	loc := p.Field("ky")
	if s.Deputy != "" && s.OnBehalf == "" && !c.repo.IsParty(p) {
		// "KT. CHỦ TỊCH" signs for a head; in a UBND document the collective
		// "TM. ỦY BAN NHÂN DÂN" stands above it.
		c.add("KH031", loc, msg.CheckSignatureTM.Text())
	}
	if s.Name == "" && !p.IsDraft() {
		c.add("KH031", loc, msg.CheckSignatureName.Text())
	}
}
