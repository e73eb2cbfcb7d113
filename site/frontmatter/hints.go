package frontmatter

import (
	"strings"

	"github.com/malli-fi/malli/site/diag"
)

// syntaxHints explain the parsers' most common complaints in plain words, for
// people who have never read a YAML grammar. The parser's own text stays in
// the message; the hint says what to do. The first matching entry wins.
var syntaxHints = []struct {
	contains string
	hint     diag.Words
}{
	{"mapping values are not allowed", diag.Words{
		FI: "rivillä on toinen kaksoispiste (:) tai sisennys on väärin; jos arvossa on kaksoispiste, kirjoita arvo lainausmerkkeihin: title: \"Malli: osa 1\"",
		SV: "raden har ett andra kolon (:) eller fel indrag; om värdet innehåller ett kolon, skriv det inom citattecken: title: \"Modell: del 1\"",
		EN: "the line has a second colon (:) or wrong indentation; if the value contains a colon, put it in quotes: title: \"Model: part 1\""}},
	{"did not find expected key", diag.Words{
		FI: "sisennys on todennäköisesti väärin: saman tason kenttien pitää alkaa samasta sarakkeesta",
		SV: "indraget är troligen fel: fält på samma nivå ska börja i samma kolumn",
		EN: "the indentation is probably wrong: fields on the same level must start in the same column"}},
	{"did not find expected '-' indicator", diag.Words{
		FI: "luettelon kohdat alkavat viivalla (-) ja samalla sisennyksellä",
		SV: "listans poster börjar med ett streck (-) och samma indrag",
		EN: "list items start with a dash (-) at the same indentation"}},
	{"did not find expected ',' or ']'", diag.Words{
		FI: "hakasulkeissa [ ] olevasta luettelosta puuttuu pilkku tai loppusulje ]",
		SV: "listan inom hakparenteser [ ] saknar ett kommatecken eller slutparentesen ]",
		EN: "the list in brackets [ ] lacks a comma or the closing ]"}},
	{"did not find expected ',' or '}'", diag.Words{
		FI: "aaltosulkeissa { } olevasta ryhmästä puuttuu pilkku tai loppusulje }",
		SV: "gruppen inom klammerparenteser { } saknar ett kommatecken eller slutparentesen }",
		EN: "the group in braces { } lacks a comma or the closing }"}},
	{"could not find expected ':'", diag.Words{
		FI: "avaimen perästä puuttuu kaksoispiste ja välilyönti, esimerkiksi title: Otsikko",
		SV: "nyckeln saknar kolon och mellanslag, till exempel title: Rubrik",
		EN: "the key lacks a colon and a space, e.g. title: A title"}},
	{"found character that cannot start any token", diag.Words{
		FI: "arvo alkaa merkillä, jolla YAML-arvo ei voi alkaa (esimerkiksi @ tai `); kirjoita arvo lainausmerkkeihin",
		SV: "värdet börjar med ett tecken som ett YAML-värde inte kan börja med (till exempel @ eller `); skriv det inom citattecken",
		EN: "the value starts with a character a YAML value cannot start with (such as @ or `); put it in quotes"}},
	{"found unexpected end of stream", diag.Words{
		FI: "teksti loppui kesken: tarkista, että jokaisella lainausmerkillä ja sulkeella on pari",
		SV: "texten tog slut för tidigt: kontrollera att varje citattecken och parentes har ett par",
		EN: "the text ended too early: check that every quote and bracket is closed"}},
	{"found unknown escape character", diag.Words{
		FI: "kenoviiva (\\) lainausmerkkien sisällä aloittaa erikoismerkin; kirjoita \\\\ tai käytä heittomerkkejä '…'",
		SV: "ett omvänt snedstreck (\\) inom citattecken inleder ett specialtecken; skriv \\\\ eller använd apostrofer '…'",
		EN: "a backslash (\\) in double quotes starts an escape; write \\\\ or use single quotes '…'"}},
	{"after object key:value pair", diag.Words{
		FI: "JSON-kenttien väliin tarvitaan pilkku",
		SV: "JSON-fält behöver ett kommatecken emellan",
		EN: "JSON fields need a comma between them"}},
	{"looking for beginning of object key string", diag.Words{
		FI: "JSON-avaimet kirjoitetaan lainausmerkkeihin, eikä viimeisen kentän perään tule pilkkua",
		SV: "JSON-nycklar skrivs inom citattecken, och efter det sista fältet kommer inget kommatecken",
		EN: "JSON keys are written in double quotes, and the last field has no comma after it"}},
	{"looking for beginning of value", diag.Words{
		FI: "JSON-tekstiarvot kirjoitetaan lainausmerkkeihin: \"status\": \"draft\"",
		SV: "JSON-textvärden skrivs inom citattecken: \"status\": \"draft\"",
		EN: "JSON text values are written in double quotes: \"status\": \"draft\""}},
	{"in string literal", diag.Words{
		FI: "tekstiarvon lainausmerkit eivät sulkeudu samalla rivillä",
		SV: "textvärdets citattecken stängs inte på samma rad",
		EN: "the text value's quotes do not close on the same line"}},
	{"at start of value", diag.Words{
		FI: "TOML-tekstiarvot kirjoitetaan lainausmerkkeihin: title = \"Otsikko\"",
		SV: "TOML-textvärden skrivs inom citattecken: title = \"Rubrik\"",
		EN: "TOML text values are written in double quotes: title = \"A title\""}},
	{"expected character =", diag.Words{
		FI: "TOML-kentässä avaimen ja arvon väliin tulee yhtäsuuruusmerkki: title = \"Otsikko\"",
		SV: "i TOML kommer ett likhetstecken mellan nyckel och värde: title = \"Rubrik\"",
		EN: "in TOML an equals sign goes between key and value: title = \"A title\""}},
}

// syntaxHint returns the hint for a parser's message, or nil.
func syntaxHint(msg string) diag.Localized {
	for _, h := range syntaxHints {
		if strings.Contains(msg, h.contains) {
			return h.hint
		}
	}
	return nil
}
