package pdf

import (
	"bytes"
	"encoding/xml"
	"io"
	"strings"
	"time"

	"github.com/kh-tools/kh/internal/view"
)

// lang is the documents' language, for screen readers and text tools.
const lang = "vi-VN"

// pdfVersion is what the file declares: NĐ 30/2020 (Điều 2, khoản 5 and
// Phụ lục I) asks for electronic documents in PDF 1.4 or later.
const pdfVersion = "%PDF-1.4"

// metadata fills the document information dictionary and the XMP packet
// from the plan's properties, dated by the plan so rebuilds stay
// identical. creator names the program, with its version.
func (d *doc) metadata(props view.Properties, creator string, date time.Time) {
	f := d.f
	f.SetTitle(d.text(props.Title), true)
	f.SetAuthor(d.text(props.Author), true)
	f.SetSubject(d.text(props.Subject), true)
	f.SetKeywords(d.text(strings.Join(props.Keywords, "; ")), true)
	f.SetCreator(creator, true)
	f.SetProducer(creator, true)
	f.SetLang(lang)
	f.SetXmpMetadata(xmp(props, creator, date))
}

// xmp is the XMP packet (ISO 16684-1) with the same title, author,
// subject, keywords, tools and dates as the information dictionary, which
// PDF 2.0 and PDF/A readers take as the document's metadata.
func xmp(props view.Properties, creator string, date time.Time) []byte {
	esc := func(s string) string {
		var b bytes.Buffer
		_ = xml.EscapeText(&b, []byte(s))
		return b.String()
	}
	stamp := date.UTC().Format("2006-01-02T15:04:05Z")
	alt := func(s string) string {
		return `<rdf:Alt><rdf:li xml:lang="x-default">` + esc(s) + `</rdf:li></rdf:Alt>`
	}
	var b strings.Builder
	b.WriteString("<?xpacket begin=\"\uFEFF\" id=\"W5M0MpCehiHzreSzNTczkc9d\"?>\n")
	b.WriteString(`<x:xmpmeta xmlns:x="adobe:ns:meta/"><rdf:RDF xmlns:rdf="http://www.w3.org/1999/02/22-rdf-syntax-ns#">` + "\n")
	b.WriteString(`<rdf:Description rdf:about="" xmlns:dc="http://purl.org/dc/elements/1.1/" xmlns:pdf="http://ns.adobe.com/pdf/1.3/" xmlns:xmp="http://ns.adobe.com/xap/1.0/">` + "\n")
	b.WriteString(`<dc:format>application/pdf</dc:format>` + "\n")
	b.WriteString(`<dc:title>` + alt(props.Title) + `</dc:title>` + "\n")
	b.WriteString(`<dc:creator><rdf:Seq><rdf:li>` + esc(props.Author) + `</rdf:li></rdf:Seq></dc:creator>` + "\n")
	b.WriteString(`<dc:description>` + alt(props.Subject) + `</dc:description>` + "\n")
	b.WriteString(`<dc:language><rdf:Bag><rdf:li>` + lang + `</rdf:li></rdf:Bag></dc:language>` + "\n")
	b.WriteString(`<dc:subject><rdf:Bag>`)
	for _, k := range props.Keywords {
		b.WriteString(`<rdf:li>` + esc(k) + `</rdf:li>`)
	}
	b.WriteString(`</rdf:Bag></dc:subject>` + "\n")
	b.WriteString(`<pdf:Keywords>` + esc(strings.Join(props.Keywords, "; ")) + `</pdf:Keywords>` + "\n")
	b.WriteString(`<pdf:Producer>` + esc(creator) + `</pdf:Producer>` + "\n")
	b.WriteString(`<xmp:CreatorTool>` + esc(creator) + `</xmp:CreatorTool>` + "\n")
	b.WriteString(`<xmp:CreateDate>` + stamp + `</xmp:CreateDate>` + "\n")
	b.WriteString(`<xmp:ModifyDate>` + stamp + `</xmp:ModifyDate>` + "\n")
	b.WriteString(`<xmp:MetadataDate>` + stamp + `</xmp:MetadataDate>` + "\n")
	b.WriteString("</rdf:Description>\n</rdf:RDF></x:xmpmeta>\n<?xpacket end=\"r\"?>")
	return []byte(b.String())
}

// output writes the finished file declaring PDF 1.4. fpdf declares the
// lowest version its features need (1.3 here) and has no setting for it;
// the header line is the file's first bytes and keeps its length, so
// every offset in the cross-reference table still holds.
func (d *doc) output(w io.Writer) error {
	var b bytes.Buffer
	if err := d.f.Output(&b); err != nil {
		return err
	}
	data := b.Bytes()
	if bytes.HasPrefix(data, []byte("%PDF-1.3")) {
		copy(data, pdfVersion)
	}
	_, err := w.Write(data)
	return err
}
