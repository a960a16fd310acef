package docxread

import (
	"encoding/binary"
	"testing"
	"unicode/utf16"
)

// cfb builds the smallest Compound File (MS-CFB, version 3) holding empty
// streams with the names given: enough for the reader to tell an
// encrypted package or a Word 97-2003 file from its stream names.
func cfb(t testing.TB, names ...string) []byte {
	t.Helper()
	if len(names) > 3 {
		t.Fatal("cfb: at most 3 streams fit the one directory sector")
	}
	const (
		sector  = 512
		free    = 0xFFFFFFFF
		end     = 0xFFFFFFFE
		fatSect = 0xFFFFFFFD
	)
	le := binary.LittleEndian
	out := make([]byte, 3*sector)
	h := out[:sector]
	copy(h, cfbMagic)
	le.PutUint16(h[24:], 0x003E)
	le.PutUint16(h[26:], 3)
	le.PutUint16(h[28:], 0xFFFE)
	le.PutUint16(h[30:], 9)
	le.PutUint16(h[32:], 6)
	le.PutUint32(h[44:], 1) // one FAT sector
	le.PutUint32(h[48:], 1) // directory at sector 1
	le.PutUint32(h[56:], 0x1000)
	le.PutUint32(h[60:], end)
	le.PutUint32(h[68:], end)
	le.PutUint32(h[76:], 0) // the FAT is sector 0
	for i := 1; i < 109; i++ {
		le.PutUint32(h[76+4*i:], free)
	}
	fat := out[sector : 2*sector]
	for i := 0; i < sector/4; i++ {
		le.PutUint32(fat[4*i:], free)
	}
	le.PutUint32(fat[0:], fatSect)
	le.PutUint32(fat[4:], end)
	dir := out[2*sector:]
	entry := func(i int, name string, kind byte, right, child uint32) {
		e := dir[128*i : 128*(i+1)]
		u := utf16.Encode([]rune(name))
		for j, c := range u {
			le.PutUint16(e[2*j:], c)
		}
		le.PutUint16(e[64:], uint16(2*len(u)+2))
		e[66], e[67] = kind, 1
		le.PutUint32(e[68:], free)
		le.PutUint32(e[72:], right)
		le.PutUint32(e[76:], child)
		le.PutUint32(e[116:], end)
	}
	child := uint32(free)
	if len(names) > 0 {
		child = 1
	}
	entry(0, "Root Entry", 5, free, child)
	for i, n := range names {
		right := uint32(free)
		if i+1 < len(names) {
			right = uint32(i + 2)
		}
		entry(i+1, n, 2, right, free)
	}
	for i := len(names) + 1; i < 4; i++ {
		e := dir[128*i : 128*(i+1)]
		le.PutUint32(e[68:], free)
		le.PutUint32(e[72:], free)
		le.PutUint32(e[76:], free)
	}
	return out
}
