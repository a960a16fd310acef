// Command bareparse is the baseline of make bench: it reads every .yaml
// file under a folder and parses it with yaml.v3 into nodes on two
// goroutines, as kh does, doing nothing else. kh check's figures are given
// as ratios to it.
//
//	go run ./internal/benchdata/bareparse out/bench-data
package main

import (
	"fmt"
	"io/fs"
	"os"
	"path/filepath"
	"strings"
	"sync"

	"go.yaml.in/yaml/v3"
)

func main() {
	if len(os.Args) != 2 {
		fmt.Fprintln(os.Stderr, "usage: bareparse FOLDER")
		os.Exit(2)
	}
	var files []string
	err := filepath.WalkDir(os.Args[1], func(p string, d fs.DirEntry, err error) error {
		if err == nil && d.Type().IsRegular() && strings.HasSuffix(p, ".yaml") {
			files = append(files, p)
		}
		return err
	})
	if err != nil {
		fmt.Fprintln(os.Stderr, err)
		os.Exit(1)
	}
	work := make(chan string)
	var wg sync.WaitGroup
	var mu sync.Mutex
	total := 0
	for range 2 {
		wg.Add(1)
		go func() {
			defer wg.Done()
			for f := range work {
				data, err := os.ReadFile(f)
				if err != nil {
					continue
				}
				var doc yaml.Node
				_ = yaml.Unmarshal(data, &doc)
				mu.Lock()
				total += len(data)
				mu.Unlock()
			}
		}()
	}
	for _, f := range files {
		work <- f
	}
	close(work)
	wg.Wait()
	fmt.Printf("%d files, %d bytes\n", len(files), total)
}
