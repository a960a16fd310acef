package cli

import (
	"bytes"
	"encoding/json"
	"io"
	"os"
	"path/filepath"
	"strings"

	"github.com/spf13/cobra"

	"github.com/kh-tools/kh/internal/atomicfile"
	"github.com/kh-tools/kh/internal/msg"
	"github.com/kh-tools/kh/internal/outpath"
	"github.com/kh-tools/kh/internal/schema"
)

type schemaOptions struct {
	kind string
	out  string
}

func newSchemaCmd(s *IO, g *globals) *cobra.Command {
	o := &schemaOptions{}
	cmd := &cobra.Command{
		Use:   g.t(msg.UseSchema, kindNames(schema.Kinds(), "|")),
		Short: g.t(msg.CmdSchema),
		Long:  g.t(msg.CmdSchemaLong),
		Args:  noArgs(),
		RunE:  func(*cobra.Command, []string) error { return runSchema(s, o) },
	}
	cmd.Flags().StringVar(&o.kind, "kind", "", g.t(msg.FlagSchemaKind, kindNames(schema.Kinds(), ", ")))
	cmd.Flags().StringVar(&o.out, "out", "", g.t(msg.FlagSchemaOut))
	return cmd
}

func runSchema(s *IO, o *schemaOptions) error {
	kinds := schema.Kinds()
	if o.kind != "" {
		k, ok := schema.Lookup(o.kind)
		if !ok {
			return usage(msg.SchemaKindUnknown.Error(o.kind, kindNames(schema.Kinds(), ", ")))
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
	shown := dir
	if !filepath.IsAbs(dir) {
		wd, err := s.Getwd()
		if err != nil {
			return failure(err)
		}
		dir = filepath.Join(wd, dir)
	}
	// Outside a repository there is no source to protect.
	if root, err := repoRoot(s); err == nil {
		if err := guardRoots(mustWd(s), root).dir(shown, dir); err != nil {
			return err
		}
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
