package msg

import (
	"fmt"
	"reflect"
	"strconv"
	"strings"
	"sync"
)

// class groups fmt verbs by the kind of argument they format correctly.
type class byte

const (
	classAny   class = 'v' // %v %s %q: any value (strings, Texts, errors, Stringers)
	classInt   class = 'd' // %d %x %X %o %b %c %U
	classFloat class = 'f' // %e %f %g
)

func verbClass(v rune) (class, bool) {
	switch v {
	case 'v', 's', 'q':
		return classAny, true
	case 'd', 'x', 'X', 'o', 'b', 'c', 'U':
		return classInt, true
	case 'e', 'E', 'f', 'F', 'g', 'G':
		return classFloat, true
	}
	return 0, false
}

// Signature is what a template asks of its arguments: the class of each
// argument, in argument order.
type Signature []class

func (s Signature) String() string {
	var b strings.Builder
	for i, c := range s {
		if i > 0 {
			b.WriteByte(' ')
		}
		fmt.Fprintf(&b, "%d:%%%c", i+1, c)
	}
	return b.String()
}

// Parse reads the fmt verbs of tmpl, following explicit argument indexes as
// fmt does, and returns its signature. It refuses what the catalogue does
// not use: '*' widths, unknown verbs, an argument used with two classes, or
// an argument number left out.
func Parse(tmpl string) (Signature, error) {
	used := map[int]class{}
	next := 1
	for i := 0; i < len(tmpl); i++ {
		if tmpl[i] != '%' {
			continue
		}
		i++
		if i < len(tmpl) && tmpl[i] == '%' {
			continue
		}
		for i < len(tmpl) && strings.IndexByte("+-# 0", tmpl[i]) >= 0 {
			i++
		}
		if i < len(tmpl) && tmpl[i] == '[' {
			end := strings.IndexByte(tmpl[i:], ']')
			if end < 0 {
				return nil, fmt.Errorf("unclosed argument index at byte %d", i)
			}
			n, err := strconv.Atoi(tmpl[i+1 : i+end])
			if err != nil || n < 1 {
				return nil, fmt.Errorf("bad argument index at byte %d", i)
			}
			next = n
			i += end + 1
		}
		for i < len(tmpl) && (tmpl[i] >= '0' && tmpl[i] <= '9' || tmpl[i] == '.') {
			i++
		}
		if i >= len(tmpl) {
			return nil, fmt.Errorf("template ends inside a verb")
		}
		if tmpl[i] == '*' {
			return nil, fmt.Errorf("'*' widths are not supported")
		}
		c, ok := verbClass(rune(tmpl[i]))
		if !ok {
			return nil, fmt.Errorf("unknown verb %%%c", tmpl[i])
		}
		if prev, seen := used[next]; seen && prev != c {
			return nil, fmt.Errorf("argument %d used as %%%c and %%%c", next, prev, c)
		}
		used[next] = c
		next++
	}
	sig := make(Signature, len(used))
	for n, c := range used {
		if n > len(used) {
			return nil, fmt.Errorf("argument %d used but only %d distinct arguments", n, len(used))
		}
		sig[n-1] = c
	}
	return sig, nil
}

// CheckArgs reports whether args fit the signature of tmpl: their number, and
// integers where an integer verb waits.
func CheckArgs(tmpl string, args []any) error {
	sig, err := parseCached(tmpl)
	if err != nil {
		return err
	}
	if len(args) != len(sig) {
		return fmt.Errorf("%d arguments for %d in %q", len(args), len(sig), tmpl)
	}
	for i, c := range sig {
		if !fits(c, args[i]) {
			return fmt.Errorf("argument %d is %T, template wants %%%c", i+1, args[i], c)
		}
	}
	return nil
}

func fits(c class, a any) bool {
	if c == classAny {
		return true
	}
	if a == nil {
		return false
	}
	switch reflect.TypeOf(a).Kind() {
	case reflect.Int, reflect.Int8, reflect.Int16, reflect.Int32, reflect.Int64,
		reflect.Uint, reflect.Uint8, reflect.Uint16, reflect.Uint32, reflect.Uint64, reflect.Uintptr:
		return c == classInt
	case reflect.Float32, reflect.Float64:
		return c == classFloat
	}
	return false
}

var signatures sync.Map // template → Signature or error

func parseCached(tmpl string) (Signature, error) {
	if v, ok := signatures.Load(tmpl); ok {
		if err, bad := v.(error); bad {
			return nil, err
		}
		return v.(Signature), nil
	}
	sig, err := Parse(tmpl)
	if err != nil {
		signatures.Store(tmpl, err)
		return nil, err
	}
	signatures.Store(tmpl, sig)
	return sig, nil
}
