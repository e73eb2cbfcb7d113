package scaffold

import (
	"fmt"
	"regexp"
	"strings"
	"unicode"

	"golang.org/x/text/unicode/norm"

	"github.com/malli-fi/malli/site/diag"
)

// IDPattern is the pattern the schemas give a document's id
// (schemas/defs.schema.json, /$defs/common/properties/id); a test checks
// they agree.
const IDPattern = `^[a-z0-9]+(-[a-z0-9]+)*$`

var idRE = regexp.MustCompile(IDPattern)

// MaxID is the length, in bytes, ID cuts an id to, at a hyphen where it
// can: a file name (with ".sv.md" and the output's "/index.html") stays far
// below source.MaxName, and a URL stays readable.
const MaxID = 80

// letters are the letters whose decomposition (NFD) is not a base letter
// and accents, spelled in a–z. The rest of the Latin letters that Finland's
// languages use lose their accents by decomposition: Sámi á â č ǧ ǩ š ž,
// Finnish and Swedish ä ö å, Estonian õ ü, French é.
var letters = map[rune]string{
	'đ': "d", 'ŋ': "n", 'ŧ': "t", 'ʒ': "z", 'ǯ': "z", 'ǥ': "g", // Sámi (North, Inari, Skolt)
	'æ': "ae", 'ø': "o", 'ß': "ss", 'œ': "oe", 'þ': "th", 'ð': "d",
	'ł': "l", 'ı': "i", 'ħ': "h", 'ŀ': "l", 'ĳ': "ij",
}

// silent are marks written inside a word that leave no gap: apostrophes
// and Skolt Sámi's softening mark (ʹ, U+02B9), so "Jackʼs" is "jacks" and
// "vuõʹlǧǧ" is "vuolggg".
var silent = map[rune]bool{'\'': true, '’': true, 'ʼ': true, 'ʹ': true, 'ˈ': true, '\u00ad': true}

// Slug spells s in the letters a document id may have: lower case a–z,
// digits and single hyphens. Accented and other Latin letters become their
// base letters (č → c, ä → a, ß → ss), apostrophes vanish, and everything
// else (spaces, punctuation, dashes, quotes, emoji, other scripts) separates
// words. The result may be empty or longer than MaxID; ID checks it.
func Slug(s string) string {
	var b strings.Builder
	gap := false
	for _, r := range norm.NFD.String(strings.ToLower(norm.NFC.String(s))) {
		if unicode.Is(unicode.Mn, r) || silent[r] {
			continue
		}
		out := ""
		switch {
		case r >= 'a' && r <= 'z' || r >= '0' && r <= '9':
			out = string(r)
		default:
			out = letters[r]
		}
		if out == "" {
			gap = true
			continue
		}
		if gap && b.Len() > 0 {
			b.WriteByte('-')
		}
		gap = false
		b.WriteString(out)
	}
	return b.String()
}

// reserved are stems a document's file cannot have: Windows's device names
// (source.bad-name refuses them in every folder), and "index", which names
// a folder's own document (x/index.md).
func reserved(id string) bool {
	switch id {
	case "con", "prn", "aux", "nul", "index":
		return true
	}
	if len(id) == 4 && (strings.HasPrefix(id, "com") || strings.HasPrefix(id, "lpt")) && id[3] >= '0' && id[3] <= '9' {
		return true
	}
	return false
}

// IDError says why a title gives no usable id.
type IDError struct {
	Title string
	Why   diag.Words
}

func (e *IDError) Error() string { return e.In(diag.FI) }

// In says it in lang.
func (e *IDError) In(lang diag.Lang) string {
	return fmt.Sprintf(e.Why.In(lang), e.Title)
}

// ID returns the id for a document titled title: its Slug, cut at a
// hyphen to at most MaxID bytes. It returns an *IDError, never an id the id
// pattern refuses or a reserved one, when nothing of the title is left in
// a–z and digits or the id is a reserved name.
func ID(title string) (string, error) {
	id := Slug(title)
	if len(id) > MaxID {
		id = id[:MaxID]
		if i := strings.LastIndexByte(id, '-'); i > MaxID/2 {
			id = id[:i]
		}
		id = strings.TrimRight(id, "-")
	}
	switch {
	case id == "":
		return "", &IDError{title, diag.Words{
			FI: "otsikosta %q ei saa tunnistetta: siinä ei ole latinalaisia kirjaimia eikä numeroita; kirjoita otsikko latinalaisin kirjaimin (tunnisteessa saa olla a–z, 0–9 ja väliviivoja)",
			SV: "rubriken %q ger ingen identifierare: den har inga latinska bokstäver eller siffror; skriv rubriken med latinska bokstäver (en identifierare får ha a–z, 0–9 och bindestreck)",
			EN: "the title %q gives no identifier: it has no Latin letters or digits; write the title in Latin letters (an identifier may have a–z, 0–9 and hyphens)",
		}}
	case reserved(id):
		return "", &IDError{title, diag.Words{
			FI: "otsikosta %q tulisi tunniste " + id + ", joka on varattu nimi; lisää otsikkoon sana",
			SV: "rubriken %q skulle ge identifieraren " + id + ", som är ett reserverat namn; lägg till ett ord i rubriken",
			EN: "the title %q would give the identifier " + id + ", a reserved name; add a word to the title",
		}}
	case !idRE.MatchString(id):
		// Slug cannot make one; kept so that no change to it writes one.
		return "", &IDError{title, diag.Words{
			FI: "otsikosta %q tulisi virheellinen tunniste " + id,
			SV: "rubriken %q skulle ge den ogiltiga identifieraren " + id,
			EN: "the title %q would give the invalid identifier " + id,
		}}
	}
	return id, nil
}
