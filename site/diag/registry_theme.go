package diag

// Codes of the theme: the site's own themes/<name>/, selected with theme
// in content/_index.md. Each comment gives an example and the fix.
var (
	// theme: yritys in content/_index.md without a folder themes/yritys/.
	// The second argument lists the themes the site has.
	// Fix: correct the name, add the folder, or remove theme (the
	// default theme is used).
	ThemeUnknown = code("theme.unknown", Text{
		"teemaa %q ei ole: kansiota themes/%[1]s/ ei löydy (sivuston teemat: %s); käytetään oletusteemaa",
		"temat %q finns inte: mappen themes/%[1]s/ saknas (webbplatsens teman: %s); standardtemat används",
		"there is no theme %q: the folder themes/%[1]s/ is missing (the site's themes: %s); the default theme is used"})
	// themes/yritys/layouts/single.html with {{if .Title}} and no {{end}}.
	// The argument is Go's message.
	// Fix: correct the template at the position given.
	ThemeTemplate = code("theme.template", Text{
		"sivupohjaa ei voi lukea: %s; sivusto tarkistetaan oletusteemalla, eikä sitä rakenneta",
		"sidmallen kan inte läsas: %s; webbplatsen kontrolleras med standardtemat och byggs inte",
		"the template does not parse: %s; the site is checked with the default theme and not built"})
	// A layout that reads a field the page does not have, {{.Nimi}}, or
	// calls a partial that is missing. The first argument is the page, the
	// second Go's message.
	// Fix: correct the template at the position given.
	ThemeExecute = code("theme.execute", Text{
		"sivua %s ei voi tehdä sivupohjalla: %s",
		"sidan %s kan inte göras med sidmallen: %s",
		"the page %s cannot be made with the template: %s"})
)
