package source

import (
	"strings"
	"unicode"
	"unicode/utf8"

	"golang.org/x/text/unicode/norm"

	"github.com/malli-fi/malli/site/diag"
)

// MaxName is the longest file or folder name Read accepts, in bytes. File
// systems allow 255; the output adds to a name (".sv", "/index.html"), and
// a temporary folder name adds to the path.
const MaxName = 200

// checkName says why a file or folder name cannot be published, or nil. A
// name must be UTF-8 in composed form (NFC, as Git and every editor write
// it; a decomposed "ä" is another URL that looks the same), and work as a
// URL path segment and as a file name on every system that checks the site
// out or serves it.
func checkName(name string) diag.Localized {
	switch {
	case !utf8.ValidString(name):
		return nameWhy{"nimi ei ole UTF-8-merkistöä", "namnet är inte i UTF-8", "the name is not UTF-8"}
	case len(name) > MaxName:
		return nameWhy{"nimi on yli 200 tavua pitkä", "namnet är över 200 byte långt", "the name is over 200 bytes long"}
	case !norm.NFC.IsNormalString(name):
		return nameWhy{"nimen kirjaimet on kirjoitettu hajotetussa muodossa (NFD)", "namnets bokstäver är skrivna i dekomponerad form (NFD)", "the name's letters are in decomposed form (NFD)"}
	case strings.HasSuffix(name, ".") || strings.HasSuffix(name, " ") || strings.HasPrefix(name, " "):
		return nameWhy{"nimi alkaa tai päättyy välilyöntiin tai päättyy pisteeseen", "namnet börjar eller slutar med mellanslag eller slutar med punkt", "the name starts or ends with a space or ends with a dot"}
	case reservedName(name):
		return nameWhy{"nimi on Windowsin varattu laitenimi (CON, PRN, AUX, NUL, COM1–9, LPT1–9)", "namnet är ett reserverat enhetsnamn i Windows (CON, PRN, AUX, NUL, COM1–9, LPT1–9)", "the name is a device name Windows reserves (CON, PRN, AUX, NUL, COM1–9, LPT1–9)"}
	}
	for _, r := range name {
		if unicode.IsControl(r) || r == 0x2028 || r == 0x2029 || unicode.Is(unicode.Bidi_Control, r) {
			return nameWhy{"nimessä on ohjausmerkki", "namnet innehåller ett styrtecken", "the name contains a control character"}
		}
		if strings.ContainsRune(`#?%\:*"<>|`, r) {
			return nameWhy{"nimessä on merkki " + string(r), "namnet innehåller tecknet " + string(r), "the name contains the character " + string(r)}
		}
	}
	return nil
}

// reservedName reports whether name is, before its first dot, one of the
// device names Windows reserves in every folder.
func reservedName(name string) bool {
	stem, _, _ := strings.Cut(name, ".")
	stem = strings.ToUpper(strings.TrimRight(stem, " "))
	switch stem {
	case "CON", "PRN", "AUX", "NUL", "CONIN$", "CONOUT$":
		return true
	}
	if len(stem) == 4 && (strings.HasPrefix(stem, "COM") || strings.HasPrefix(stem, "LPT")) {
		return strings.ContainsRune("0123456789", rune(stem[3]))
	}
	if strings.HasPrefix(stem, "COM") || strings.HasPrefix(stem, "LPT") {
		switch stem[3:] {
		case "¹", "²", "³":
			return true
		}
	}
	return false
}

type nameWhy diag.Words

func (w nameWhy) In(l diag.Lang) string { return diag.Words(w).In(l) }

var nameHint = diag.Words{
	FI: "nimeä tiedosto uudelleen: käytä pieniä kirjaimia, numeroita ja väliviivoja, esimerkiksi hankesuunnitelma-2021.pdf",
	SV: "byt namn på filen: använd små bokstäver, siffror och bindestreck, till exempel projektplan-2021.pdf",
	EN: "rename the file: use lower-case letters, digits and hyphens, e.g. project-plan-2021.pdf",
}
