package serve

import (
	"html"
	"strings"

	"github.com/malli-fi/malli/site/diag"
)

var (
	errorsHeading   = diag.Words{FI: "Sivustossa on virheitä", SV: "Webbplatsen har fel", EN: "The site has errors"}
	warningsHeading = diag.Words{FI: "Sivustossa on varoituksia", SV: "Webbplatsen har varningar", EN: "The site has warnings"}
	lastGoodNote    = diag.Words{
		FI: "Näet sivuston viimeisimmän onnistuneen version, kunnes virheet on korjattu.",
		SV: "Du ser den senaste fungerande versionen av webbplatsen tills felen är åtgärdade.",
		EN: "You see the last good build of the site until the errors are fixed.",
	}
	noBuildNote = diag.Words{
		FI: "Sivustoa ei ole vielä saatu rakennettua. Korjaa virheet, niin sivusto tulee näkyviin.",
		SV: "Webbplatsen har inte kunnat byggas ännu. Åtgärda felen så visas webbplatsen.",
		EN: "The site has not been built yet. Fix the errors and it will appear.",
	}
	closeLabel = diag.Words{FI: "Sulje", SV: "Stäng", EN: "Close"}
	building   = diag.Words{FI: "Sivustoa rakennetaan…", SV: "Webbplatsen byggs…", EN: "Building the site…"}
)

// overlays returns the overlay in each language for a build's problems,
// or nil when the build succeeded without any. failed is whether the
// build failed; good whether an earlier one succeeded.
func overlays(problems diag.List, failed, good bool) map[diag.Lang]string {
	if len(problems) == 0 && !failed {
		return nil
	}
	out := map[diag.Lang]string{}
	for _, l := range diag.Langs {
		out[l] = overlay(problems, failed, good, l)
	}
	return out
}

// overlay returns the overlay in lang: a heading, a close button that
// live.js shows, what is shown while the build fails, and the problems as
// the terminal prints them.
func overlay(problems diag.List, failed, good bool, lang diag.Lang) string {
	errs, _ := problems.Count()
	heading, class := warningsHeading, "malli-warnings"
	if errs > 0 || failed {
		heading, class = errorsHeading, "malli-errors"
	}
	var b strings.Builder
	b.WriteString(`<div id="malli-overlay" class="` + class + `" role="alert" tabindex="-1" lang="` + string(lang) + `">`)
	b.WriteString(`<div class="malli-bar"><h2>` + heading.In(lang) + `</h2>`)
	b.WriteString(`<button type="button" class="malli-close" hidden>` + closeLabel.In(lang) + `</button></div>`)
	if failed {
		note := noBuildNote
		if good {
			note = lastGoodNote
		}
		b.WriteString(`<p>` + note.In(lang) + `</p>`)
	}
	if len(problems) > 0 {
		var text strings.Builder
		diag.Print(&text, problems, "text", lang) // a strings.Builder never fails
		b.WriteString(`<pre>` + html.EscapeString(text.String()) + `</pre>`)
	}
	b.WriteString(`</div>`)
	return b.String()
}

// generated returns the page served in lang while there is no Site: the
// overlay, or a note that the site is being built.
func generated(st *state, lang diag.Lang) []byte {
	title, body := building.In(lang), `<p>`+building.In(lang)+`</p>`
	if o := st.overlay[lang]; o != "" {
		title, body = errorsHeading.In(lang), o
	}
	return []byte(`<!DOCTYPE html>` + "\n" +
		`<html lang="` + string(lang) + `">` + "\n" +
		`<head>` + "\n" +
		`<meta charset="utf-8">` + "\n" +
		`<meta name="viewport" content="width=device-width, initial-scale=1">` + "\n" +
		`<title>` + title + `</title>` + "\n" +
		live(st) + "\n" +
		`</head>` + "\n" +
		`<body>` + "\n" +
		body + "\n" +
		`</body>` + "\n" +
		`</html>` + "\n")
}
