package scaffold

import (
	"path/filepath"
	"strings"
	"time"

	"github.com/kh-tools/kh/internal/msg"
	"github.com/kh-tools/kh/internal/plan"
	"github.com/kh-tools/kh/internal/view"
)

// Choice is what the user gave on the command line; empty fields are found
// in the province's registry.
type Choice struct {
	Issuer string
	Lead   string
}

// Prefixes of full names that identify each role in a registry. Registries
// spell names in full ("Ủy ban nhân dân tỉnh Nghệ An"), so a prefix finds
// the body in any province.
var (
	stateIssuer = []string{"ủy ban nhân dân tỉnh", "ubnd tỉnh"}
	partyIssuer = []string{"tỉnh ủy", "ban chấp hành đảng bộ tỉnh"}
	leadNames   = []string{"sở khoa học và công nghệ"}
	deptNames   = []string{"các sở, ban, ngành"}
	communeName = []string{"ubnd các xã", "ủy ban nhân dân các xã", "ubnd cấp xã", "ủy ban nhân dân cấp xã"}
	politburo   = []string{"bộ chính trị"}
)

// Resolve fills the agency roles of p from the registry of the province
// that holds dir (an absolute path), skipping agencies that no longer exist
// in the plan's year. It reports the first role it cannot fill.
func Resolve(repo *plan.Repo, dir string, k Kind, c Choice, p *Params) error {
	reg := provinceRegistry(repo, dir)
	if reg == nil {
		return msg.NewOutsideProvince.Error(dir)
	}
	p.Place = reg.Province
	year := time.Date(p.Year, time.January, 1, 0, 0, 0, 0, time.UTC)
	find := func(names []string, group bool) string {
		return byPrefix(reg.Agencies, names, group, year)
	}
	issuerNames := stateIssuer
	if k.Party {
		issuerNames = partyIssuer
	}
	var err error
	if p.Issuer, err = pick(repo, c.Issuer, find(issuerNames, false), msg.RoleIssuer, "--co-quan", reg); err != nil {
		return err
	}
	if p.Lead, err = pick(repo, c.Lead, find(leadNames, false), msg.RoleLead, "--chu-tri", reg); err != nil {
		return err
	}
	p.LeadName = view.AgencyIn(repo, p.Lead).Name
	p.Departments = orElse(find(deptNames, true), p.Lead)
	p.Communes = orElse(find(communeName, true), p.Departments)
	for _, r := range repo.Registries {
		if id := byPrefix(r.Agencies, politburo, false, year); id != "" {
			p.Politburo = id
			break
		}
	}
	return nil
}

// pick takes the user's id if given (it must exist), else the one found.
func pick(repo *plan.Repo, given, found string, role *msg.Message, flag string, reg *plan.Registry) (string, error) {
	if given == "" {
		if found == "" {
			return "", msg.NewRoleMissing.Error(role.Text(), reg.Province, flag)
		}
		return found, nil
	}
	if repo.Agency(given) == nil {
		return "", msg.NewUnknownAgency.Error(flag, given)
	}
	return given, nil
}

func orElse(id, fallback string) string {
	if id != "" {
		return id
	}
	return fallback
}

// provinceRegistry is the registry in the nearest folder above dir.
func provinceRegistry(repo *plan.Repo, dir string) *plan.Registry {
	var best *plan.Registry
	for _, r := range repo.Registries {
		if r.Src == nil {
			continue
		}
		regDir := filepath.Dir(r.Src.Abs)
		if strings.HasPrefix(dir+string(filepath.Separator), regDir+string(filepath.Separator)) &&
			(best == nil || len(regDir) > len(filepath.Dir(best.Src.Abs))) {
			best = r
		}
	}
	return best
}

func byPrefix(agencies []*plan.Agency, prefixes []string, group bool, at time.Time) string {
	for _, pre := range prefixes {
		for _, a := range agencies {
			if (a.Kind == plan.AgencyGroup) != group || !a.ExistedOn(at) {
				continue
			}
			if strings.HasPrefix(plan.NameKey(a.Name), pre) {
				return a.ID
			}
		}
	}
	return ""
}
