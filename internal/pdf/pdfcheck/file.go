package pdfcheck

import (
	"bytes"
	"compress/zlib"
	"fmt"
	"io"
	"regexp"
	"strconv"
)

// file is a PDF's body read through its cross-reference table.
type file struct {
	data    []byte
	version string
	offsets map[int]int // object number → byte offset, objects in use
	size    int         // the table's entry count
	trailer dict
	objs    map[int]any
	reading map[int]bool
}

var header = regexp.MustCompile(`^%PDF-(1\.[0-7])\r?\n`)

func open(data []byte) (*file, error) {
	m := header.FindSubmatch(data)
	if m == nil {
		return nil, fmt.Errorf("no %%PDF-1.x header line")
	}
	f := &file{data: data, version: string(m[1]), offsets: map[int]int{}, objs: map[int]any{}, reading: map[int]bool{}}
	start, err := f.startxref()
	if err != nil {
		return nil, err
	}
	if err := f.readXref(start); err != nil {
		return nil, fmt.Errorf("cross-reference table at %d: %w", start, err)
	}
	return f, nil
}

var tail = regexp.MustCompile(`startxref\r?\n(\d+)\r?\n%%EOF\r?\n?$`)

// startxref is the table's offset from the file's last lines (§7.5.5).
func (f *file) startxref() (int, error) {
	from := max(0, len(f.data)-64)
	m := tail.FindSubmatch(f.data[from:])
	if m == nil {
		return 0, fmt.Errorf("the file does not end with startxref, an offset and %%%%EOF")
	}
	n, err := strconv.Atoi(string(m[1]))
	if err != nil || n >= len(f.data) {
		return 0, fmt.Errorf("startxref %s is outside the file", m[1])
	}
	return n, nil
}

// readXref reads a classic table (§7.5.4): subsections of 20-byte entries,
// then the trailer. fpdf writes one table and no cross-reference streams.
func (f *file) readXref(start int) error {
	l := &lexer{data: f.data, pos: start}
	if err := l.expect("xref"); err != nil {
		return err
	}
	for {
		l.skipSpace()
		if bytes.HasPrefix(f.data[l.pos:], []byte("trailer")) {
			break
		}
		first, err := l.int()
		if err != nil {
			return err
		}
		count, err := l.int()
		if err != nil {
			return err
		}
		if err := f.entries(l, first, count); err != nil {
			return err
		}
	}
	if err := l.expect("trailer"); err != nil {
		return err
	}
	l.refs = true
	t, err := l.next(0)
	if err != nil {
		return fmt.Errorf("trailer: %w", err)
	}
	var ok bool
	if f.trailer, ok = t.(dict); !ok {
		return fmt.Errorf("the trailer is not a dictionary")
	}
	return f.checkTrailer()
}

var entry = regexp.MustCompile(`^(\d{10}) (\d{5}) ([nf])( \r| \n|\r\n)`)

func (f *file) entries(l *lexer, first, count int) error {
	// The line ending after "first count" is part of the subsection line.
	for l.pos < len(f.data) && (f.data[l.pos] == '\r' || f.data[l.pos] == '\n') {
		l.pos++
	}
	for i := 0; i < count; i++ {
		num := first + i
		m := entry.FindSubmatch(f.data[l.pos:min(len(f.data), l.pos+20)])
		if m == nil {
			return fmt.Errorf("entry of object %d is not a 20-byte entry", num)
		}
		l.pos += 20
		off, _ := strconv.Atoi(string(m[1]))
		gen, _ := strconv.Atoi(string(m[2]))
		if num == 0 {
			if string(m[3]) != "f" || gen != 65535 {
				return fmt.Errorf("entry 0 must be free with generation 65535")
			}
		} else if string(m[3]) == "n" {
			if _, dup := f.offsets[num]; dup {
				return fmt.Errorf("object %d listed twice", num)
			}
			f.offsets[num] = off
		}
		f.size = max(f.size, num+1)
	}
	return nil
}

func (f *file) checkTrailer() error {
	if _, ok := f.trailer["Prev"]; ok {
		return fmt.Errorf("incremental updates (/Prev) are not read")
	}
	if size, ok := f.trailer["Size"].(int64); !ok || int(size) != f.size {
		return fmt.Errorf("trailer /Size %v, the table has %d entries", f.trailer["Size"], f.size)
	}
	if _, ok := f.trailer["Root"].(ref); !ok {
		return fmt.Errorf("trailer has no /Root reference")
	}
	return nil
}

// object is the indirect object num, read at its offset the first time.
func (f *file) object(num int) (any, error) {
	if v, ok := f.objs[num]; ok {
		return v, nil
	}
	off, ok := f.offsets[num]
	if !ok {
		return nil, fmt.Errorf("object %d is not in the cross-reference table", num)
	}
	if f.reading[num] {
		return nil, fmt.Errorf("object %d: its stream length refers back to it", num)
	}
	f.reading[num] = true
	defer delete(f.reading, num)
	v, err := f.parse(num, off)
	if err != nil {
		return nil, fmt.Errorf("object %d at %d: %w", num, off, err)
	}
	f.objs[num] = v
	return v, nil
}

// parse reads "num 0 obj … endobj" at off: the table must point at the
// object's first byte.
func (f *file) parse(num, off int) (any, error) {
	if off >= len(f.data) {
		return nil, fmt.Errorf("offset outside the file")
	}
	l := &lexer{data: f.data, pos: off, refs: true}
	if n, err := l.int(); err != nil || n != num || l.pos-len(strconv.Itoa(n)) != off {
		return nil, fmt.Errorf("the table's offset does not point at \"%d 0 obj\"", num)
	}
	if _, err := l.int(); err != nil {
		return nil, err
	}
	if err := l.expect("obj"); err != nil {
		return nil, err
	}
	v, err := l.next(0)
	if err != nil {
		return nil, err
	}
	if _, ok := v.(keyword); ok {
		return nil, fmt.Errorf("object has no value")
	}
	l.skipSpace()
	if d, ok := v.(dict); ok && bytes.HasPrefix(f.data[l.pos:], []byte("stream")) {
		if v, err = f.stream(l, d); err != nil {
			return nil, err
		}
	}
	return v, l.expect("endobj")
}

// stream reads the data after "stream": exactly /Length bytes, then
// "endstream" (§7.3.8.1).
func (f *file) stream(l *lexer, d dict) (*stream, error) {
	l.pos += len("stream")
	switch {
	case bytes.HasPrefix(f.data[l.pos:], []byte("\r\n")):
		l.pos += 2
	case l.pos < len(f.data) && f.data[l.pos] == '\n':
		l.pos++
	default:
		return nil, fmt.Errorf("\"stream\" must end its line with LF or CR LF")
	}
	n, err := f.length(d)
	if err != nil {
		return nil, err
	}
	if n > len(f.data)-l.pos {
		return nil, fmt.Errorf("stream /Length %d runs past the end of the file", n)
	}
	s := &stream{dict: d, raw: f.data[l.pos : l.pos+n]}
	l.pos += n
	if err := l.expect("endstream"); err != nil {
		return nil, fmt.Errorf("stream /Length %d: %w", n, err)
	}
	return s, nil
}

func (f *file) length(d dict) (int, error) {
	v := d["Length"]
	if r, ok := v.(ref); ok {
		var err error
		if v, err = f.object(r.num); err != nil {
			return 0, fmt.Errorf("stream /Length: %w", err)
		}
	}
	n, ok := v.(int64)
	if !ok || n < 0 {
		return 0, fmt.Errorf("stream /Length %v is not a length", d["Length"])
	}
	return int(n), nil
}

// decode applies a stream's filters; FlateDecode data must inflate to its
// end with a good checksum. Image filters (DCTDecode…) are left encoded.
func decode(s *stream) ([]byte, error) {
	var filters []any
	switch v := s.dict["Filter"].(type) {
	case nil:
	case name:
		filters = []any{v}
	case []any:
		filters = v
	default:
		return nil, fmt.Errorf("/Filter %v is neither a name nor an array", v)
	}
	data := s.raw
	for _, flt := range filters {
		switch flt {
		case name("FlateDecode"):
			if _, ok := s.dict["DecodeParms"]; ok {
				return nil, fmt.Errorf("FlateDecode with /DecodeParms is not read")
			}
			r, err := zlib.NewReader(bytes.NewReader(data))
			if err != nil {
				return nil, fmt.Errorf("FlateDecode: %w", err)
			}
			if data, err = io.ReadAll(r); err != nil {
				return nil, fmt.Errorf("FlateDecode: %w", err)
			}
		case name("DCTDecode"), name("JPXDecode"):
			return data, nil
		default:
			return nil, fmt.Errorf("filter %v is not read", flt)
		}
	}
	return data, nil
}
