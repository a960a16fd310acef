package cli

import (
	"bytes"
	"encoding/json"
	"fmt"
	"io"
	"os"
	"path/filepath"
	"strings"

	"github.com/spf13/cobra"

	"github.com/kh-tools/kh/internal/atomicfile"
	"github.com/kh-tools/kh/internal/outpath"
	"github.com/kh-tools/kh/internal/schema"
)

type schemaOptions struct {
	kind string
	out  string
}

func newSchemaCmd(s *IO) *cobra.Command {
	o := &schemaOptions{}
	cmd := &cobra.Command{
		Use:   "schema [--kind " + kindNames(schema.Kinds(), "|") + "] [--out DIR]",
		Short: "In lược đồ JSON Schema của các tệp YAML, để trình soạn thảo kiểm tra và gợi ý khi gõ",
		Long: `In lược đồ JSON Schema (draft 2020-12) của các loại tệp trong kho kế hoạch.

  kh schema                    in cả bốn lược đồ trong một đối tượng JSON, khóa là tên tệp
  kh schema --kind ke-hoach    in một lược đồ
  kh schema --out schema       ghi ke-hoach.json, phu-luc.json, co-quan.json, kho.json vào thư mục schema/

Mỗi tệp YAML trỏ tới lược đồ của nó ở dòng đầu, ví dụ
  # yaml-language-server: $schema=../../../schema/ke-hoach.json`,
		Args: cobra.NoArgs,
		RunE: func(*cobra.Command, []string) error { return runSchema(s, o) },
	}
	cmd.Flags().StringVar(&o.kind, "kind", "", "loại tệp: "+kindNames(schema.Kinds(), ", "))
	cmd.Flags().StringVar(&o.out, "out", "", "ghi các lược đồ thành tệp trong thư mục này thay vì in ra")
	return cmd
}

func runSchema(s *IO, o *schemaOptions) error {
	kinds := schema.Kinds()
	if o.kind != "" {
		k, ok := schema.Lookup(o.kind)
		if !ok {
			return usage(fmt.Errorf("--kind %q: dùng một trong %s", o.kind, kindNames(schema.Kinds(), ", ")))
		}
		kinds = []schema.Kind{k}
	}
	switch {
	case o.out != "":
		return writeSchemas(s, o.out, kinds)
	case len(kinds) == 1:
		_, err := s.Out.Write(kinds[0].JSON())
		return err
	}
	return printBundle(s.Out, kinds)
}

func kindNames(kinds []schema.Kind, sep string) string {
	var names []string
	for _, k := range kinds {
		names = append(names, k.Name)
	}
	return strings.Join(names, sep)
}

func writeSchemas(s *IO, dir string, kinds []schema.Kind) error {
	if !filepath.IsAbs(dir) {
		wd, err := s.Getwd()
		if err != nil {
			return failure(err)
		}
		dir = filepath.Join(wd, dir)
	}
	if err := os.MkdirAll(dir, 0o755); err != nil {
		return failure(err)
	}
	for _, k := range kinds {
		data := k.JSON()
		path, err := outpath.Join(dir, k.File())
		if err != nil {
			return failure(err)
		}
		err = atomicfile.Write(path, 0o644, func(w io.Writer) error {
			_, err := w.Write(data)
			return err
		})
		if err != nil {
			return failure(err)
		}
	}
	return nil
}

// printBundle prints {"ke-hoach.json": {…}, …} in the order of Kinds, so a
// script can take one schema out with jq without knowing the flags.
func printBundle(w io.Writer, kinds []schema.Kind) error {
	var b bytes.Buffer
	b.WriteString("{\n")
	for i, k := range kinds {
		name, _ := json.Marshal(k.File())
		b.WriteString("  " + string(name) + ": ")
		if err := json.Indent(&b, bytes.TrimSpace(k.JSON()), "  ", "  "); err != nil {
			return failure(err)
		}
		if i < len(kinds)-1 {
			b.WriteByte(',')
		}
		b.WriteByte('\n')
	}
	b.WriteString("}\n")
	_, err := w.Write(b.Bytes())
	return err
}
