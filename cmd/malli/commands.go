package main

// The commands and flags of malli, with their help in Finnish, Swedish
// and English. What each command does is in runners (run.go); this file is
// only what the help says, so that a new command is one entry here and one
// in runners.

import "github.com/malli-fi/malli/site/diag"

type words = diag.Words

// command is one subcommand: its synopsis, help and flags.
type command struct {
	name     string
	args     words    // what follows the flags in the synopsis, e.g. TYPE "TITLE"; empty: none
	summary  words    // one line, for the command list
	about    words    // what it does, a paragraph or two
	flags    []string // names of its flags (see flagSpecs), in the order help shows them
	examples []example
}

type example struct {
	line string // the command line
	what words  // what it does
}

// commands lists malli's commands in the order the top-level help shows them.
var commands = []*command{
	{
		name:    "init",
		args:    words{FI: "[KANSIO]", SV: "[MAPP]", EN: "[DIR]"},
		summary: words{FI: "luo uuden sivuston: content/, .gitignore, .vscode/, CI-tiedostot", SV: "skapar en ny webbplats: content/, .gitignore, .vscode/, CI-filer", EN: "creates a new site: content/, .gitignore, .vscode/, CI files"},
		about: words{
			FI: "Luo kansioon (oletus: nykyinen kansio) uuden sivuston: content/-kansion, jossa on esimerkkiasiakirja\njokaisesta tyypistä, .gitignore-tiedoston, .vscode/-asetukset ja valmiit CI-tiedostot GitHubille\nja GitLabille. Olemassa olevia tiedostoja ei korvata.",
			SV: "Skapar en ny webbplats i mappen (standard: den aktuella mappen): mappen content/ med ett\nexempeldokument av varje typ, filen .gitignore, inställningar i .vscode/ och färdiga CI-filer\nför GitHub och GitLab. Befintliga filer ersätts inte.",
			EN: "Creates a new site in the folder (default: the current folder): content/ with an example\ndocument of each type, .gitignore, .vscode/ settings and ready CI files for GitHub and\nGitLab. Existing files are not replaced.",
		},
		flags: []string{"malli-version", "lang", "help"},
		examples: []example{
			{"malli init", words{FI: "luo sivuston nykyiseen kansioon", SV: "skapar webbplatsen i den aktuella mappen", EN: "creates the site in the current folder"}},
			{"malli init hanke", words{FI: "luo sivuston kansioon hanke/", SV: "skapar webbplatsen i mappen hanke/", EN: "creates the site in the folder hanke/"}},
			{"malli init --malli-version v1.2.0 hanke", words{FI: "CI-tiedostot asentavat mallin version v1.2.0", SV: "CI-filerna installerar malli version v1.2.0", EN: "the CI files install malli v1.2.0"}},
		},
	},
	{
		name:    "new",
		args:    words{FI: "TYYPPI \"OTSIKKO\"", SV: "TYP \"RUBRIK\"", EN: "TYPE \"TITLE\""},
		summary: words{FI: "luo uuden asiakirjan valmiilla rungolla", SV: "skapar ett nytt dokument med en färdig stomme", EN: "creates a new document from its type's outline"},
		about: words{
			FI: "Kirjoittaa tiedoston content/<kansio>/<otsikko>.md, jossa on tyypin pakolliset kentät ja\nosiot täytettäviksi, luonnoksena (status: draft). Tulostaa luodun tiedoston polun. Tyypin voi\nantaa nimenä (operating_model) tai kansiona (toimintamallit).",
			SV: "Skriver filen content/<mapp>/<rubrik>.md med typens obligatoriska fält och avsnitt att\nfylla i, som utkast (status: draft). Skriver ut sökvägen till den skapade filen. Typen kan\nanges med namn (operating_model) eller mapp (toimintamallit).",
			EN: "Writes content/<folder>/<title>.md with the type's required fields and sections to fill\nin, as a draft (status: draft), and prints the file's path. The type can be given by name\n(operating_model) or by folder (toimintamallit).",
		},
		flags: []string{"C", "lang", "help"},
		examples: []example{
			{`malli new operating_model "Perhekeskuksen palveluohjaus"`, words{FI: "uusi toimintamalli", SV: "en ny verksamhetsmodell", EN: "a new operating model"}},
			{`malli new project "Hyvinvointia yhdessä" -C sivusto`, words{FI: "uusi hanke kansion sivusto/ sivustoon", SV: "ett nytt projekt på webbplatsen i mappen sivusto/", EN: "a new project in the site in sivusto/"}},
		},
	},
	{
		name:    "check",
		summary: words{FI: "tarkistaa sivuston kirjoittamatta mitään", SV: "kontrollerar webbplatsen utan att skriva något", EN: "checks the site without writing anything"},
		about: words{
			FI: "Lukee content/-kansion ja tarkistaa jokaisen asiakirjan kaavaa, viittauksia ja linkkejä\nvasten. Ongelmat tulostuvat vakiotulosteeseen (muoto: --format), yhteenveto virhetulosteeseen.\nPaluuarvo on 1, jos virheitä on (varoituksetkin valitsimella --strict).",
			SV: "Läser mappen content/ och kontrollerar varje dokument mot dess schema, hänvisningar och\nlänkar. Problemen skrivs till standard ut (format: --format), sammanfattningen till standard\nfel. Returvärdet är 1 om det finns fel (även varningar med --strict).",
			EN: "Reads content/ and checks every document against its schema, references and links.\nProblems go to standard output (format: --format), the summary to standard error. The exit\ncode is 1 when there are errors (warnings too with --strict).",
		},
		flags: []string{"format", "report", "path-prefix", "strict", "drafts", "watch", "quiet", "verbose", "C", "lang", "cpuprofile", "memprofile", "help"},
		examples: []example{
			{"malli check", words{FI: "tarkistaa nykyisen kansion sivuston", SV: "kontrollerar webbplatsen i den aktuella mappen", EN: "checks the site in the current folder"}},
			{"malli check --format github --report gitlab=gl-code-quality.json", words{FI: "CI: huomautukset GitHubille ja raportti GitLabille samalla ajolla", SV: "CI: anteckningar för GitHub och en rapport för GitLab i samma körning", EN: "CI: GitHub annotations and a GitLab report in one run"}},
			{"malli check -C docs --path-prefix docs --strict", words{FI: "sivusto säilön docs/-kansiossa; varoituksetkin ovat virheitä", SV: "webbplatsen i mappen docs/ i förrådet; även varningar är fel", EN: "the site in docs/ of the repository; warnings are errors too"}},
		},
	},
	{
		name:    "build",
		summary: words{FI: "tarkistaa ja kokoaa sivuston ja vientitiedostot kansioon public/", SV: "kontrollerar och bygger webbplatsen och exportfilerna i public/", EN: "checks and builds the site and its exports into public/"},
		about: words{
			FI: "Tarkistaa sivuston kuten check ja kirjoittaa sitten HTML-sivut ja vientitiedostot (JSON, CSV,\nInnokylä) tulostekansioon. Jos virheitä on, mitään ei kirjoiteta ja edellinen tuloste säilyy.\nMalli korvaa vain kansion, jonka se on itse tehnyt.",
			SV: "Kontrollerar webbplatsen som check och skriver sedan HTML-sidorna och exportfilerna (JSON,\nCSV, Innokylä) i utdatamappen. Om det finns fel skrivs ingenting och den tidigare utdatan\nblir kvar. Malli ersätter bara en mapp som den själv har gjort.",
			EN: "Checks the site as check does, then writes the HTML pages and the exports (JSON, CSV,\nInnokylä) into the output folder. When there are errors nothing is written and the previous\noutput stays. malli only replaces a folder it made itself.",
		},
		flags: []string{"output", "base-url", "drafts", "strict", "format", "report", "path-prefix", "quiet", "verbose", "C", "lang", "cpuprofile", "memprofile", "help"},
		examples: []example{
			{"malli build", words{FI: "kokoaa sivuston kansioon public/", SV: "bygger webbplatsen i mappen public/", EN: "builds the site into public/"}},
			{"malli build --base-url https://hanke.github.io/sivusto/", words{FI: "sivusto julkaistaan GitHub Pagesissa polun /sivusto/ alla", SV: "webbplatsen publiceras på GitHub Pages under sökvägen /sivusto/", EN: "the site is published on GitHub Pages under /sivusto/"}},
			{"malli build -o dist --drafts", words{FI: "luonnoksetkin mukaan, kansioon dist/", SV: "även utkast, i mappen dist/", EN: "drafts too, into dist/"}},
		},
	},
	{
		name:    "serve",
		summary: words{FI: "esikatselu selaimessa; päivittyy jokaisen tallennuksen jälkeen", SV: "förhandsvisning i webbläsaren; uppdateras efter varje sparande", EN: "preview in the browser, updated on every save"},
		about: words{
			FI: "Kokoaa sivuston muistiin ja näyttää sen osoitteessa http://127.0.0.1:1313/. Jokainen\ntallennus content/-, schemas/- tai themes/-kansioon kokoaa sivuston uudelleen ja päivittää\nselaimen; ongelmat näkyvät sivulla ja virhetulosteessa. Lopeta painamalla Ctrl-C.",
			SV: "Bygger webbplatsen i minnet och visar den på http://127.0.0.1:1313/. Varje sparande i\nmapparna content/, schemas/ eller themes/ bygger om webbplatsen och uppdaterar webbläsaren;\nproblemen visas på sidan och i standard fel. Avsluta med Ctrl-C.",
			EN: "Builds the site in memory and serves it at http://127.0.0.1:1313/. Every save in content/,\nschemas/ or themes/ rebuilds it and reloads the browser; problems show on the page and on\nstandard error. Stop with Ctrl-C.",
		},
		flags: []string{"port", "bind", "drafts", "open", "C", "lang", "help"},
		examples: []example{
			{"malli serve --open", words{FI: "esikatselu; avaa selaimen", SV: "förhandsvisning; öppnar webbläsaren", EN: "preview; opens the browser"}},
			{"malli serve --drafts --port 8080", words{FI: "luonnoksetkin, portissa 8080", SV: "även utkast, på port 8080", EN: "drafts too, on port 8080"}},
		},
	},
	{
		name:    "version",
		summary: words{FI: "näyttää malli-version, sen commitin ja Go-version", SV: "visar malli-versionen, dess commit och Go-versionen", EN: "shows malli's version, its commit and the Go version"},
		about: words{
			FI: "Tulostaa malli-moduulin version, versionhallinnan commitin ja sen päiväyksen, kun ne\ntunnetaan, sekä Go-version, jolla malli on käännetty. Liitä tämä vikailmoitukseen.",
			SV: "Skriver ut malli-modulens version, versionshanteringens commit och dess datum när de är\nkända, och Go-versionen som malli byggts med. Bifoga detta till en felrapport.",
			EN: "Prints the malli module's version, the version control commit and its date when known,\nand the Go version malli was built with. Include it in a bug report.",
		},
		flags:    []string{"lang", "help"},
		examples: []example{{"malli version", words{FI: "esim. malli v1.2.0 (commit 5b520a5, 2026-12-01) go1.26.8", SV: "t.ex. malli v1.2.0 (commit 5b520a5, 2026-12-01) go1.26.8", EN: "e.g. malli v1.2.0 (commit 5b520a5, 2026-12-01) go1.26.8"}}},
	},
	{
		name:    "completion",
		args:    words{FI: "bash|zsh|fish", SV: "bash|zsh|fish", EN: "bash|zsh|fish"},
		summary: words{FI: "tulostaa komentotulkin täydennysskriptin", SV: "skriver ut ett kompletteringsskript för skalet", EN: "prints a shell completion script"},
		about: words{
			FI: "Tulostaa skriptin, jolla bash, zsh tai fish täydentää malli-komennot, valitsimet ja\nsisältötyyppien nimet Tab-näppäimellä. Tyyppien nimet luetaan sivustosta (-C) tai mallin omista\nkaavoista.",
			SV: "Skriver ut ett skript med vilket bash, zsh eller fish kompletterar mallis kommandon, flaggor\noch innehållstypernas namn med Tab-tangenten. Typnamnen läses från webbplatsen (-C) eller\nmallis egna scheman.",
			EN: "Prints a script with which bash, zsh or fish completes malli's commands, flags and content\ntype names on Tab. The type names come from the site (-C) or malli's own schemas.",
		},
		flags: []string{"C", "lang", "help"},
		examples: []example{
			{`source <(malli completion bash)`, words{FI: "bash: tämän istunnon ajaksi (pysyvästi: lisää ~/.bashrc-tiedostoon)", SV: "bash: för den här sessionen (permanent: lägg till i ~/.bashrc)", EN: "bash: for this session (for good: add it to ~/.bashrc)"}},
			{`malli completion zsh > "${fpath[1]}/_malli"`, words{FI: "zsh", SV: "zsh", EN: "zsh"}},
			{`malli completion fish > ~/.config/fish/completions/malli.fish`, words{FI: "fish", SV: "fish", EN: "fish"}},
		},
	},
	{
		name:    "help",
		args:    words{FI: "[KOMENTO]", SV: "[KOMMANDO]", EN: "[COMMAND]"},
		summary: words{FI: "näyttää komennot tai yhden komennon ohjeen ja esimerkit", SV: "visar kommandona eller ett kommandos hjälp och exempel", EN: "shows the commands, or one command's help and examples"},
		about: words{
			FI: "Ilman komentoa näyttää kaikki komennot; komennon kanssa sen valitsimet ja esimerkit. Sama\nohje tulee valitsimella --help tai -h minkä tahansa komennon perässä.",
			SV: "Utan kommando visas alla kommandon; med ett kommando dess flaggor och exempel. Samma hjälp\nfås med --help eller -h efter vilket kommando som helst.",
			EN: "Without a command, lists every command; with one, shows its flags and examples. The same\nhelp comes with --help or -h after any command.",
		},
		flags: []string{"lang", "help"},
		examples: []example{
			{"malli help build", words{FI: "komennon build ohje", SV: "hjälpen för build", EN: "the help of build"}},
			{"malli check --help --lang sv", words{FI: "komennon check ohje ruotsiksi", SV: "hjälpen för check på svenska", EN: "the help of check in Swedish"}},
		},
	},
}

// flagSpec is one flag: its names, value and help.
type flagSpec struct {
	name   string // the long name, used as --name
	short  string // a one-letter name, used as -x; "" if none
	value  words  // the value's placeholder, e.g. URL; empty for a switch (bool)
	repeat bool   // may be given many times
	help   words
}

// isBool reports whether f is a switch that takes no value.
func (f *flagSpec) isBool() bool { return f.value.FI == "" }

var (
	valueDir  = words{FI: "KANSIO", SV: "MAPP", EN: "DIR"}
	valueFile = words{FI: "TIEDOSTO", SV: "FIL", EN: "FILE"}
)

var flagSpecs = map[string]*flagSpec{
	"output": {name: "output", short: "o", value: valueDir,
		help: words{FI: "tulostekansio (oletus: public)", SV: "utdatamappen (standard: public)", EN: "the output folder (default: public)"}},
	"base-url": {name: "base-url", value: words{FI: "URL", SV: "URL", EN: "URL"},
		help: words{FI: "osoite tai polku, jonka alle sivusto julkaistaan, esim. /sivusto/ tai\nhttps://hanke.github.io/sivusto/ (oletus: /)", SV: "adressen eller sökvägen som webbplatsen publiceras under, t.ex. /sivusto/\neller https://hanke.github.io/sivusto/ (standard: /)", EN: "the URL or path the site is served under, e.g. /sivusto/ or\nhttps://hanke.github.io/sivusto/ (default: /)"}},
	"drafts": {name: "drafts",
		help: words{FI: "ota mukaan myös luonnokset (status: draft)", SV: "ta med även utkast (status: draft)", EN: "include drafts (status: draft)"}},
	"strict": {name: "strict",
		help: words{FI: "käsittele varoitukset virheinä", SV: "behandla varningar som fel", EN: "treat warnings as errors"}},
	"format": {name: "format", value: words{FI: "MUOTO", SV: "FORMAT", EN: "FORMAT"},
		help: words{FI: "ongelmien muoto vakiotulosteessa: text, github, markdown, gitlab, json tai sarif\n(oletus: text)", SV: "problemens format på standard ut: text, github, markdown, gitlab, json eller\nsarif (standard: text)", EN: "the format of the problems on standard output: text, github, markdown, gitlab,\njson or sarif (default: text)"}},
	"report": {name: "report", repeat: true, value: words{FI: "MUOTO=TIEDOSTO", SV: "FORMAT=FIL", EN: "FORMAT=FILE"},
		help: words{FI: "kirjoita ongelmat lisäksi tiedostoon tässä muodossa (text, github, markdown,\ngitlab, json, sarif); voi antaa monta kertaa", SV: "skriv dessutom problemen i filen i detta format (text, github, markdown, gitlab,\njson, sarif); kan anges flera gånger", EN: "also write the problems to FILE in FORMAT (text, github, markdown, gitlab, json,\nsarif); may be given many times"}},
	"path-prefix": {name: "path-prefix", value: valueDir,
		help: words{FI: "lisää KANSIO/ ongelmien tiedostopolkujen eteen, kun sivusto on säilön\nalikansiossa (esim. docs)", SV: "sätt MAPP/ före problemens filsökvägar när webbplatsen ligger i en\nundermapp i förrådet (t.ex. docs)", EN: "put DIR/ before the problems' file paths, when the site is in a subfolder\nof the repository (e.g. docs)"}},
	"watch": {name: "watch",
		help: words{FI: "tarkista uudelleen jokaisen tallennuksen jälkeen, alku- ja loppurivin välissä\n(editoreille)", SV: "kontrollera igen efter varje sparande, mellan en start- och en slutrad\n(för redigerare)", EN: "check again on every save, between a begin and an end line (for editors)"}},
	"quiet": {name: "quiet", short: "q",
		help: words{FI: "näytä vain virheet, ja yhteenveto vain, jos virheitä on", SV: "visa bara fel, och sammanfattningen bara om det finns fel", EN: "show only errors, and the summary only when there are errors"}},
	"verbose": {name: "verbose", short: "v",
		help: words{FI: "näytä myös vaiheiden kestot ja kirjoitetut tiedostot", SV: "visa också stegens tider och de skrivna filerna", EN: "also show the time of each stage and the files written"}},
	"C": {name: "directory", short: "C", value: valueDir,
		help: words{FI: "sivuston kansio (oletus: nykyinen kansio)", SV: "webbplatsens mapp (standard: den aktuella mappen)", EN: "the site's folder (default: the current folder)"}},
	"malli-version": {name: "malli-version", value: words{FI: "vX.Y.Z", SV: "vX.Y.Z", EN: "vX.Y.Z"},
		help: words{FI: "malli-julkaisu, jonka CI-tiedostot asentavat (oletus: tämä versio)", SV: "malli-versionen som CI-filerna installerar (standard: den här versionen)", EN: "the malli release the CI files install (default: this version)"}},
	"lang": {name: "lang", value: words{FI: "KIELI", SV: "SPRÅK", EN: "LANG"},
		help: words{FI: "viestien kieli: fi, sv tai en (oletus: LC_ALL, LC_MESSAGES tai LANG;\nmuuten fi)", SV: "meddelandenas språk: fi, sv eller en (standard: LC_ALL, LC_MESSAGES eller\nLANG; annars fi)", EN: "the language of messages: fi, sv or en (default: LC_ALL, LC_MESSAGES or\nLANG; otherwise fi)"}},
	"cpuprofile": {name: "cpuprofile", value: valueFile,
		help: words{FI: "kirjoita suoritinprofiili (pprof) tiedostoon", SV: "skriv en processorprofil (pprof) i filen", EN: "write a CPU profile (pprof) to FILE"}},
	"memprofile": {name: "memprofile", value: valueFile,
		help: words{FI: "kirjoita muistiprofiili (pprof) tiedostoon lopuksi", SV: "skriv en minnesprofil (pprof) i filen i slutet", EN: "write a heap profile (pprof) to FILE at the end"}},
	"port": {name: "port", value: words{FI: "N", SV: "N", EN: "N"},
		help: words{FI: "portti (oletus: 1313; 0: mikä tahansa vapaa)", SV: "porten (standard: 1313; 0: vilken ledig som helst)", EN: "the port (default: 1313; 0: any free port)"}},
	"bind": {name: "bind", value: words{FI: "OSOITE", SV: "ADRESS", EN: "ADDR"},
		help: words{FI: "kuunneltava osoite (oletus: 127.0.0.1); muu osoite näyttää esikatselun\nmuillekin koneille", SV: "adressen att lyssna på (standard: 127.0.0.1); en annan adress visar\nförhandsvisningen för andra datorer", EN: "the address to listen on (default: 127.0.0.1); any other shows the preview\nto other machines"}},
	"open": {name: "open",
		help: words{FI: "avaa sivusto selaimessa", SV: "öppna webbplatsen i webbläsaren", EN: "open the site in the browser"}},
	"help": {name: "help", short: "h",
		help: words{FI: "näytä tämä ohje", SV: "visa den här hjälpen", EN: "show this help"}},
}

// Texts of the help pages.
var (
	helpTitle     = words{FI: "malli — Innokylä-yhteensopivien kehittämishankkeiden julkaisija", SV: "malli — publicerar Innokylä-kompatibla utvecklingsprojekt", EN: "malli — publishes Innokylä-compatible development projects"}
	helpUsage     = words{FI: "Käyttö:", SV: "Användning:", EN: "Usage:"}
	helpCommands  = words{FI: "Komennot:", SV: "Kommandon:", EN: "Commands:"}
	helpFlags     = words{FI: "Valitsimet:", SV: "Flaggor:", EN: "Flags:"}
	helpExamples  = words{FI: "Esimerkkejä:", SV: "Exempel:", EN: "Examples:"}
	helpCommand   = words{FI: "KOMENTO", SV: "KOMMANDO", EN: "COMMAND"}
	helpFlagsWord = words{FI: "[valitsimet]", SV: "[flaggor]", EN: "[flags]"}
	helpStart     = words{
		FI: "Aloita: malli init, sitten malli new TYYPPI \"OTSIKKO\", malli serve ja lopuksi malli build.\nKomennon ohje: malli help KOMENTO tai malli KOMENTO --help.",
		SV: "Kom igång: malli init, sedan malli new TYP \"RUBRIK\", malli serve och till sist malli build.\nEtt kommandos hjälp: malli help KOMMANDO eller malli KOMMANDO --help.",
		EN: "Get started: malli init, then malli new TYPE \"TITLE\", malli serve and at last malli build.\nA command's help: malli help COMMAND or malli COMMAND --help.",
	}
	helpFlagForms = words{
		FI: "Valitsimet voi antaa ennen argumentteja tai niiden jälkeen, muodossa --nimi ARVO tai\n--nimi=ARVO; -- päättää valitsimet (otsikolle, joka alkaa viivalla).",
		SV: "Flaggorna kan ges före eller efter argumenten, som --namn VÄRDE eller --namn=VÄRDE; --\navslutar flaggorna (för en rubrik som börjar med ett streck).",
		EN: "Flags may come before or after the arguments, as --name VALUE or --name=VALUE; -- ends\nthe flags (for a title that begins with a dash).",
	}
	helpLanguage = words{
		FI: "Kieli: --lang sv tai --lang en, tai ympäristömuuttuja LANG (sv_*, en_*); muuten suomi.",
		SV: "Språk: --lang sv eller --lang en, eller miljövariabeln LANG (sv_*, en_*); annars finska.",
		EN: "Language: --lang sv or --lang en, or the LANG environment variable (sv_*, en_*); Finnish\notherwise.",
	}
	helpExit = words{
		FI: "Paluuarvot: 0 onnistui, 1 sisällössä on virheitä, 2 käyttö- tai sisäinen virhe.",
		SV: "Returvärden: 0 lyckades, 1 innehållet har fel, 2 användnings- eller internt fel.",
		EN: "Exit codes: 0 success, 1 the content has errors, 2 a usage or internal error.",
	}
	helpColour = words{
		FI: "Värit ja edistymisrivi näkyvät vain päätteessä; NO_COLOR tai TERM=dumb poistaa värit.",
		SV: "Färger och förloppsraden visas bara i en terminal; NO_COLOR eller TERM=dumb tar bort färgerna.",
		EN: "Colour and the progress line show only on a terminal; NO_COLOR or TERM=dumb turns colour off.",
	}
	helpSeeAlso = words{FI: "Kaikki komennot: malli help", SV: "Alla kommandon: malli help", EN: "Every command: malli help"}
)
