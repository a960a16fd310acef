// Package plans embeds the national data every plans repository starts
// from, as kept and checked here: the working-day calendar with the
// sources of each year's day swaps, and the registry of the central bodies
// plans cite. kh init copies them into a new repository; this folder stays
// the one copy.
package plans

import "embed"

// FS holds lich-lam-viec.yaml and trung-uong/co-quan.yaml.
//
//go:embed lich-lam-viec.yaml trung-uong/co-quan.yaml
var FS embed.FS
