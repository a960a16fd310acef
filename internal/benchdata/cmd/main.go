// Command cmd writes the synthetic benchmark repository:
//
//	go run ./internal/benchdata/cmd -out out/bench-data -plans 1000
//
// The output folder is replaced, so a rerun with another size leaves no
// stale plans behind.
package main

import (
	"flag"
	"fmt"
	"os"

	"github.com/kh-tools/kh/internal/benchdata"
)

func main() {
	out := flag.String("out", "out/bench-data", "output folder (replaced)")
	plans := flag.Int("plans", 1000, "number of plans")
	seed := flag.Uint64("seed", benchdata.DefaultSeed, "random seed")
	flag.Parse()
	if err := run(*out, *plans, *seed); err != nil {
		fmt.Fprintln(os.Stderr, "benchdata:", err)
		os.Exit(1)
	}
}

func run(out string, plans int, seed uint64) error {
	if err := os.RemoveAll(out); err != nil {
		return err
	}
	st, err := benchdata.Generate(out, benchdata.Options{Plans: plans, Seed: seed})
	if err != nil {
		return err
	}
	fmt.Printf("%s: %d plans, %d files, %.1f MB\n", out, plans, st.Files, float64(st.Bytes)/1e6)
	return nil
}
