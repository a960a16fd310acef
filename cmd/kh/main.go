// Command kh checks, builds and compares Vietnamese provincial plans kept as YAML.
package main

import (
	"os"

	"github.com/kh-tools/kh/internal/cli"
)

func main() { os.Exit(cli.Main(cli.System(), os.Args[1:])) }
