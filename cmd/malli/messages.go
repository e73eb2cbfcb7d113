package main

// The messages of the command line, in Finnish, Swedish and English, and
// the numbers in them: plural forms and decimal commas.

import (
	"fmt"
	"strconv"
	"strings"
	"time"

	"github.com/malli-fi/malli/site/diag"
)

// Usage errors and other messages. Each is a format for fmt.Sprintf.
var (
	msgUnknownCommand = words{FI: "tuntematon komento %q", SV: "okänt kommando %q", EN: "unknown command %q"}
	msgDidYouMean     = words{FI: "tarkoititko %s?", SV: "menade du %s?", EN: "did you mean %s?"}
	msgCommandList    = words{FI: "komennot: %s", SV: "kommandon: %s", EN: "commands: %s"}
	msgSeeHelp        = words{FI: "ohje: %s", SV: "hjälp: %s", EN: "help: %s"}
	msgUnknownFlag    = words{FI: "tuntematon valitsin %s", SV: "okänd flagga %s", EN: "unknown flag %s"}
	msgBuildOnly      = words{FI: "valitsin %s kuuluu vain komentoon build: check ei kirjoita sivustoa (kokoa se komennolla malli build %[1]s …)", SV: "flaggan %s hör bara till build: check skriver inte webbplatsen (bygg den med malli build %[1]s …)", EN: "%s is a flag of build only: check does not write the site (build it with malli build %[1]s …)"}
	msgOtherCommand   = words{FI: "valitsin %s ei kuulu komentoon %s (komennot, joilla se on: %s)", SV: "flaggan %s hör inte till %s (kommandon som har den: %s)", EN: "%s is not a flag of %s (commands that have it: %s)"}
	msgNeedsValue     = words{FI: "valitsin %s tarvitsee arvon: %s %s", SV: "flaggan %s behöver ett värde: %s %s", EN: "flag %s needs a value: %s %s"}
	msgBadBool        = words{FI: "valitsimen %s arvo %q ei ole true eikä false", SV: "värdet %[2]q för flaggan %[1]s är varken true eller false", EN: "the value %[2]q of %[1]s is neither true nor false"}
	msgUnexpectedArg  = words{FI: "ylimääräinen argumentti %q", SV: "oväntat argument %q", EN: "unexpected argument %q"}
	msgUnknownLang    = words{FI: "tuntematon kieli %q (sallitut: fi, sv, en)", SV: "okänt språk %q (tillåtna: fi, sv, en)", EN: "unknown language %q (want fi, sv or en)"}
	msgUnknownFormat  = words{FI: "tuntematon muoto %q (sallitut: %s)", SV: "okänt format %q (tillåtna: %s)", EN: "unknown format %q (want %s)"}
	msgBadReport      = words{FI: "--report tarvitsee arvon muodossa MUOTO=TIEDOSTO, esim. gitlab=gl-code-quality.json, ei %q", SV: "--report behöver ett värde som FORMAT=FIL, t.ex. gitlab=gl-code-quality.json, inte %q", EN: "--report needs a value FORMAT=FILE, e.g. gitlab=gl-code-quality.json, not %q"}
	msgReportTwice    = words{FI: "tiedosto %s on annettu kahdelle raportille", SV: "filen %s har angetts för två rapporter", EN: "the file %s is named by two reports"}
	msgReportFailed   = words{FI: "raporttia %s ei voi kirjoittaa: %v", SV: "rapporten %s kan inte skrivas: %v", EN: "cannot write the report %s: %v"}
	msgQuietVerbose   = words{FI: "--quiet ja --verbose eivät käy yhdessä", SV: "--quiet och --verbose går inte ihop", EN: "--quiet and --verbose do not go together"}
	msgBadPort        = words{FI: "portti %q ei ole luku 0–65535", SV: "porten %q är inte ett tal 0–65535", EN: "the port %q is not a number 0–65535"}
	msgNotAvailable   = words{FI: "komento %s ei ole vielä tässä malli-versiossa", SV: "kommandot %s finns inte ännu i den här malli-versionen", EN: "the command %s is not in this version of malli yet"}
	msgShellNeeded    = words{FI: "kerro komentotulkki: malli completion bash|zsh|fish", SV: "ange skalet: malli completion bash|zsh|fish", EN: "name the shell: malli completion bash|zsh|fish"}
	msgUnknownShell   = words{FI: "tuntematon komentotulkki %q (sallitut: bash, zsh, fish)", SV: "okänt skal %q (tillåtna: bash, zsh, fish)", EN: "unknown shell %q (want bash, zsh or fish)"}
	msgInternal       = words{FI: "sisäinen virhe", SV: "internt fel", EN: "internal error"}

	msgNoContent  = words{FI: "kansiossa %s ei ole content-kansiota; aja malli sivuston kansiossa tai kerro kansio valitsimella -C KANSIO", SV: "mappen %s har ingen content-mapp; kör malli i webbplatsens mapp eller ange mappen med -C MAPP", EN: "the folder %s has no content folder; run malli in the site's folder or name it with -C DIR"}
	msgNotOutput  = words{FI: "kansio %s on jo olemassa, eikä malli ole tehnyt sitä (siinä ei ole %s-tiedostoa); poista se tai valitse toinen kansio valitsimella -o", SV: "mappen %s finns redan och malli har inte gjort den (den har ingen fil %s); ta bort den eller välj en annan mapp med -o", EN: "the folder %s exists and malli did not make it (it has no %s file); remove it or choose another folder with -o"}
	msgOutPath    = words{FI: "tulostekansion %s polkua ei voi selvittää: %v", SV: "sökvägen till utdatamappen %s kan inte utredas: %v", EN: "cannot resolve the path of the output folder %s: %v"}
	msgOutHasSite = words{FI: "tulostekansio %s sisältää sivuston kansion %s; valitse toinen kansio valitsimella -o", SV: "utdatamappen %s innehåller webbplatsens mapp %s; välj en annan mapp med -o", EN: "the output folder %s holds the site's folder %s; choose another folder with -o"}
	msgOutInSrc   = words{FI: "tulostekansio %s on lähdekansiossa %s; valitse toinen kansio valitsimella -o", SV: "utdatamappen %s ligger i källmappen %s; välj en annan mapp med -o", EN: "the output folder %s is in the source folder %s; choose another folder with -o"}

	msgNewUsage   = words{FI: "käyttö: malli new TYYPPI \"OTSIKKO\"\ntyypit: %s", SV: "användning: malli new TYP \"RUBRIK\"\ntyper: %s", EN: "usage: malli new TYPE \"TITLE\"\ntypes: %s"}
	msgNewType    = words{FI: "tuntematon tyyppi %q; tyypit: %s", SV: "okänd typ %q; typer: %s", EN: "unknown type %q; types: %s"}
	msgNewExists  = words{FI: "%s on jo olemassa; en korvaa sitä", SV: "%s finns redan; den ersätts inte", EN: "%s already exists; not replacing it"}
	msgDocuments  = words{FI: "asiakirjat: %s", SV: "dokument: %s", EN: "documents: %s"}
	msgStage      = words{FI: "vaihe %s %s", SV: "steg %s %s", EN: "stage %s %s"}
	msgWrote      = words{FI: "kirjoitettu %s kansioon %s", SV: "skrev %s i mappen %s", EN: "wrote %s into %s"}
	msgChecked    = words{FI: "tarkistettu, ei kirjoitettu mitään", SV: "kontrollerat, ingenting skrivet", EN: "checked, nothing written"}
	msgReportFile = words{FI: "raportti %s: %s", SV: "rapport %s: %s", EN: "report %s: %s"}
)

// stageNames name the stages of site.Options.Progress.
var stageNames = map[string]words{
	"read":    {FI: "luku", SV: "läsning", EN: "read"},
	"scan":    {FI: "tarkistus", SV: "kontroll", EN: "check"},
	"resolve": {FI: "viittaukset ja suunnitelma", SV: "hänvisningar och plan", EN: "references and plan"},
	"emit":    {FI: "kirjoitus", SV: "skrivning", EN: "write"},
}

// progressWords say what a stage is doing, on the progress line.
var progressWords = map[string]words{
	"read":    {FI: "luetaan tiedostoja", SV: "läser filer", EN: "reading files"},
	"scan":    {FI: "tarkistetaan asiakirjoja", SV: "kontrollerar dokument", EN: "checking documents"},
	"resolve": {FI: "yhdistetään viittauksia", SV: "kopplar ihop hänvisningar", EN: "resolving references"},
	"emit":    {FI: "kirjoitetaan tiedostoja", SV: "skriver filer", EN: "writing files"},
}

// plural is a counted noun: its form after 1 and after any other number.
type plural struct{ fi, sv, en [2]string }

func (p plural) form(n int, lang diag.Lang) string {
	f := p.fi
	switch lang {
	case diag.SV:
		f = p.sv
	case diag.EN:
		f = p.en
	}
	if n == 1 {
		return f[0]
	}
	return f[1]
}

// count is n and the noun in the form that n takes: "1 virhe", "2 virhettä".
func count(n int, p plural, lang diag.Lang) string {
	return number(n, lang) + " " + p.form(n, lang)
}

var (
	nDocuments = plural{[2]string{"asiakirja", "asiakirjaa"}, [2]string{"dokument", "dokument"}, [2]string{"document", "documents"}}
	nPages     = plural{[2]string{"sivu", "sivua"}, [2]string{"sida", "sidor"}, [2]string{"page", "pages"}}
	nExports   = plural{[2]string{"vientitiedosto", "vientitiedostoa"}, [2]string{"exportfil", "exportfiler"}, [2]string{"export", "exports"}}
	nWarnings  = plural{[2]string{"varoitus", "varoitusta"}, [2]string{"varning", "varningar"}, [2]string{"warning", "warnings"}}
	nErrors    = plural{[2]string{"virhe", "virhettä"}, [2]string{"fel", "fel"}, [2]string{"error", "errors"}}
	nFiles     = plural{[2]string{"tiedosto", "tiedostoa"}, [2]string{"fil", "filer"}, [2]string{"file", "files"}}
)

// statusWords are the usual statuses of documents, as counted.
var statusWords = map[string]plural{
	"published": {[2]string{"julkaistu", "julkaistua"}, [2]string{"publicerad", "publicerade"}, [2]string{"published", "published"}},
	"draft":     {[2]string{"luonnos", "luonnosta"}, [2]string{"utkast", "utkast"}, [2]string{"draft", "drafts"}},
	"archived":  {[2]string{"arkistoitu", "arkistoitua"}, [2]string{"arkiverad", "arkiverade"}, [2]string{"archived", "archived"}},
	"":          {[2]string{"ilman tilaa", "ilman tilaa"}, [2]string{"utan status", "utan status"}, [2]string{"without status", "without status"}},
}

// number writes n with the thousands separated as lang does when it has
// five digits or more: 10 000 (a no-break space) in Finnish and Swedish,
// 10,000 in English.
func number(n int, lang diag.Lang) string {
	s := strconv.Itoa(n)
	neg := strings.HasPrefix(s, "-")
	s = strings.TrimPrefix(s, "-")
	if len(s) >= 5 {
		sep := "\u00a0"
		if lang == diag.EN {
			sep = ","
		}
		var b strings.Builder
		for i, r := range s {
			if i > 0 && (len(s)-i)%3 == 0 {
				b.WriteString(sep)
			}
			b.WriteRune(r)
		}
		s = b.String()
	}
	if neg {
		s = "-" + s
	}
	return s
}

// seconds writes d in seconds with two decimals: 0,10 s in Finnish and
// Swedish, 0.10 s in English.
func seconds(d time.Duration, lang diag.Lang) string {
	s := fmt.Sprintf("%.2f s", d.Seconds())
	if lang != diag.EN {
		s = strings.Replace(s, ".", ",", 1)
	}
	return s
}

// list joins items as lang writes a list: "a, b ja c", "a, b och c", "a, b and c".
func list(items []string, lang diag.Lang) string {
	if len(items) < 2 {
		return strings.Join(items, "")
	}
	and := words{FI: " ja ", SV: " och ", EN: " and "}.In(lang)
	return strings.Join(items[:len(items)-1], ", ") + and + items[len(items)-1]
}
