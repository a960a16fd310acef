package word

import (
	"sync"

	"github.com/go-fonts/liberation/liberationserifbold"
	"github.com/go-fonts/liberation/liberationserifregular"
	"golang.org/x/image/font"
	"golang.org/x/image/font/sfnt"
	"golang.org/x/image/math/fixed"
)

// Text widths decide the lengths of the short rules and the width of the
// header's national column. Liberation Serif has the metrics of Times New
// Roman, the font Word uses and LibreOffice substitutes.
var (
	fontsOnce     sync.Once
	regular, bold *sfnt.Font
)

func loadFonts() {
	// The fonts are compiled in; a parse failure is a broken build.
	var err error
	if regular, err = sfnt.Parse(liberationserifregular.TTF); err != nil {
		panic(err)
	}
	if bold, err = sfnt.Parse(liberationserifbold.TTF); err != nil {
		panic(err)
	}
}

// width is the advance width of s in points at size pt.
func width(s string, isBold bool, size float64) float64 {
	fontsOnce.Do(loadFonts)
	f := regular
	if isBold {
		f = bold
	}
	var buf sfnt.Buffer
	upem := fixed.Int26_6(f.UnitsPerEm())
	total := fixed.Int26_6(0)
	for _, r := range s {
		g, err := f.GlyphIndex(&buf, r)
		if err != nil || g == 0 {
			continue
		}
		adv, err := f.GlyphAdvance(&buf, g, upem, font.HintingNone)
		if err == nil {
			total += adv
		}
	}
	return float64(total) / float64(upem) * size
}
