// Package ci embeds the CI files of a plans repository (documented in
// README.md here), so that kh init writes the same files this folder ships.
package ci

import "embed"

// FS holds github-workflow.yml, gitlab-ci.yml, forgejo-workflow.yml,
// pre-commit and kh-problem-matcher.json.
//
//go:embed github-workflow.yml gitlab-ci.yml forgejo-workflow.yml pre-commit kh-problem-matcher.json
var FS embed.FS
