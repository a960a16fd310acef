# kh — make targets mirror what CI runs.
GO      ?= go
VERSION ?= $(shell git describe --tags --always --dirty 2>/dev/null || echo dev)
LDFLAGS := -X github.com/kh-tools/kh/internal/cli.Version=$(VERSION)

.PHONY: build test lint bench bench-data plans check golden fuzz deadcode dist dist-check

## build: compile bin/kh
build:
	$(GO) build -ldflags "$(LDFLAGS)" -o bin/kh ./cmd/kh

## dist: release archives for windows/amd64, linux/amd64, linux/arm64, darwin/arm64 and SHA256SUMS in dist/ (reproducible)
COMMIT_TIME = $(shell git log -1 --format=%ct 2>/dev/null || echo 0)
dist:
	rm -rf dist out/dist-bin
	$(GO) run ./internal/release/cmd -version $(VERSION) -time $(COMMIT_TIME) -bin out/dist-bin -out dist

## dist-check: build the committed HEAD twice in two fresh clones with empty build caches and compare dist/ (slow)
dist-check:
	scripts/dist-check.sh

## plans: check and build every real plan in plans/ into out/ (PDF + xlsx)
plans: build
	./bin/kh check plans
	./bin/kh build plans --out out

## test: lint, then every test (the command CI runs)
test: lint
	$(GO) test -count=1 ./...

STATICCHECK := honnef.co/go/tools/cmd/staticcheck@v0.8.2
ACTIONLINT  := github.com/rhysd/actionlint/cmd/actionlint@v1.7.12

## lint: gofmt, go vet and staticcheck must be clean
lint:
	@unformatted=$$(gofmt -l cmd internal); if [ -n "$$unformatted" ]; then echo "gofmt needed:"; echo "$$unformatted"; exit 1; fi
	$(GO) vet ./...
	$(GO) run $(STATICCHECK) ./...
	$(GO) run $(ACTIONLINT) -shellcheck= ci/github-workflow.yml
	$(GO) run $(ACTIONLINT) -shellcheck= -config-file ci/actionlint-forgejo.yaml ci/forgejo-workflow.yml

## golden: regenerate every golden file after an intended change (then read the diff)
golden:
	KH_UPDATE_GOLDEN=1 $(GO) test -count=1 ./...
	git status --short -- '*testdata*' README.md schema

## bench: Go benchmarks of the parser, check, PDF and xlsx builds
bench:
	scripts/bench.sh

## bench-data: generate the synthetic 1,000-plan repository under out/bench-data
bench-data:
	$(GO) run ./internal/benchdata/cmd -out out/bench-data -plans 1000

## deadcode: production functions no command reaches (test-only packages golden, pdftext and pdfcheck are expected)
deadcode:
	$(GO) run golang.org/x/tools/cmd/deadcode@v0.52.0 ./... | grep -v -e internal/golden/ -e internal/pdf/pdftext/ -e internal/pdf/pdfcheck/ || true
