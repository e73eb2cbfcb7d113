// Package golden holds what the txtar golden tests of several packages
// share: reading and rewriting a named section, and the markers that stand
// for bytes editors and Git would mangle.
//
// Markers: <CR> carriage return, <TAB> tab, <BOM> the UTF-8 byte order mark,
// <FF> the byte FF (never valid UTF-8), <PNG> the 8-byte signature a PNG
// file starts with, <NOEOL> the end of the file (drops it
// and all after it, including the final newline).
package golden

import (
	"bytes"

	"github.com/rogpeppe/go-internal/txtar"
)

// Section returns the data of the file called name in ar, and whether there
// is one.
func Section(ar *txtar.Archive, name string) ([]byte, bool) {
	for _, f := range ar.Files {
		if f.Name == name {
			return f.Data, true
		}
	}
	return nil, false
}

// SetSection replaces (or adds) the file called name in ar.
func SetSection(ar *txtar.Archive, name, data string) {
	for i := range ar.Files {
		if ar.Files[i].Name == name {
			ar.Files[i].Data = []byte(data)
			return
		}
	}
	ar.Files = append(ar.Files, txtar.File{Name: name, Data: []byte(data)})
}

// DecodeMarkers turns the markers in b into the bytes they stand for.
func DecodeMarkers(b []byte) []byte {
	b = bytes.ReplaceAll(b, []byte("<CR>"), []byte("\r"))
	b = bytes.ReplaceAll(b, []byte("<TAB>"), []byte("\t"))
	b = bytes.ReplaceAll(b, []byte("<BOM>"), []byte("\uFEFF"))
	b = bytes.ReplaceAll(b, []byte("<FF>"), []byte{0xFF})
	b = bytes.ReplaceAll(b, []byte("<PNG>"), []byte("\x89PNG\r\n\x1a\n"))
	if i := bytes.LastIndex(b, []byte("<NOEOL>")); i >= 0 {
		b = b[:i]
	}
	return b
}
