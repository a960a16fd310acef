// Package templates embeds kh's built-in templates once: the layout
// parameters of printed documents (nha-nuoc.yaml for state documents,
// dang.yaml for Party documents) and the skeletons kh new fills
// (<kind>/*.yaml.tmpl). A plans repository may keep its own templates/
// beside plans/; kh reads those first and falls back to these, so kh works
// outside a repository too. The files here are also this repository's own
// templates, so there is no second copy to keep equal.
package templates

import "embed"

// FS holds the files, named as in this folder ("nha-nuoc.yaml",
// "so-ket/ke-hoach.yaml.tmpl").
//
//go:embed *.yaml */*.tmpl
var FS embed.FS
