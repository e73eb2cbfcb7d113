package diag

// Codes of the schema, page and graph stages. Each comment gives an example
// and the fix.
var (
	// A schema file that is not valid JSON or not a valid JSON Schema.
	// Fix: correct the schema at the position given.
	SchemaCompile = code("schema.compile", Text{
		"skeemaa ei voi kääntää: %s",
		"schemat kan inte kompileras: %s",
		"the schema does not compile: %s"})
	// "$ref": "puuttuu.schema.json#/$defs/x" where no such file exists.
	// Fix: correct the file name, or add the file to schemas/.
	SchemaRefMissing = code("schema.ref-missing", Text{
		"viitattua skeematiedostoa %s ei ole skeemakansiossa",
		"den refererade schemafilen %s finns inte i schemamappen",
		"the referenced schema file %s is not in the schemas folder"})
	// A type's x-malli annotation without "type" or "folder".
	// Fix: add the keys named.
	SchemaAnnotation = code("schema.annotation", Text{
		"x-malli-merkinnästä puuttuu %s",
		"x-malli-annoteringen saknar %s",
		"the x-malli annotation lacks %s"})
	// Two schemas claim the same type name or folder.
	// Fix: rename one.
	SchemaDuplicateType = code("schema.duplicate-type", Text{
		"tyyppi tai kansio %q on jo määritelty skeemassa %s",
		"typen eller mappen %q är redan definierad i %s",
		"type or folder %q is already defined in %s"})
	// A required field is missing, e.g. a project without "title". The
	// second argument says whose requirement it is, as the schema's
	// x-malli-source gives it: "malli vaatii" (fi), "laki (306/2019, 9 §)
	// edellyttää".
	// Fix: add the field.
	SchemaRequired = code("schema.required", Text{
		"pakollinen kenttä %s puuttuu; %s sitä",
		"det obligatoriska fältet %s saknas; %s det",
		"required field %s is missing; %s it"})
	// A field required to publish is missing from a document with status:
	// published. The second argument says whose requirement it is:
	// "Innokylä vaatii", "Työkykyohjelma (luku 16.3) edellyttää", "laki
	// (306/2019, 9 §) edellyttää", "malli suosittelee".
	// Fix: add the field, or keep the document as status: draft.
	SchemaRequiredPublished = code("schema.required-published", Text{
		"kenttä %s puuttuu; %s sitä julkaistavassa asiakirjassa (luonnoksessa se saa puuttua)",
		"fältet %s saknas; %s det i ett publicerat dokument (ett utkast får sakna det)",
		"field %s is missing; %s it in a published document (a draft may leave it out)"})
	// A contact person with neither e-mail nor phone. The third argument
	// says whose requirement it is.
	// Fix: add one of the fields named.
	SchemaAnyRequired = code("schema.any-required", Text{
		"kenttään %s tarvitaan ainakin yksi näistä: %s; %s sitä",
		"fältet %s behöver minst ett av dessa: %s; %s det",
		"field %s needs at least one of: %s; %s it"})
	// A value of the wrong kind, e.g. "state_aid_eur: paljon".
	// Fix: write a value of the kind named.
	SchemaType = code("schema.type", Text{
		"kentän %s arvon pitää olla %s",
		"värdet i fältet %s ska vara %s",
		"field %s must be %s"})
	// A value outside a code list, e.g. "phase: alku".
	// Fix: use one of the codes listed.
	SchemaEnum = code("schema.enum", Text{
		"kentän %s arvo %s ei ole sallittu; sallitut arvot: %s",
		"värdet %[2]s är inte tillåtet i fältet %[1]s; tillåtna värden: %[3]s",
		"field %s: value %s is not allowed; allowed values: %s"})
	// A value that must be exactly one thing.
	SchemaConst = code("schema.const", Text{
		"kentän %s arvo %s on väärä; arvon pitää olla %s",
		"fältet %s har värdet %s; det ska vara %s",
		"field %s is %s; it must be %s"})
	// A value of the wrong shape, e.g. an id with capital letters.
	// Fix: write the value in the form the pattern asks.
	SchemaPattern = code("schema.pattern", Text{
		"kentän %s arvo %s ei ole oikean muotoinen: %s",
		"värdet %[2]s i fältet %[1]s har fel form: %[3]s",
		"field %s: value %s does not have the right form: %s"})
	// A date that does not exist, e.g. 2024-02-30, or a malformed e-mail or URL.
	SchemaFormat = code("schema.format", Text{
		"kentän %s arvo %s ei kelpaa: sen pitää olla %s",
		"värdet %[2]s i fältet %[1]s duger inte: det ska vara %[3]s",
		"field %s: %s is not valid: it must be a %s"})
	SchemaMinLength = code("schema.minLength", Text{
		"kentässä %s pitää olla vähintään %s merkkiä (nyt %s)",
		"fältet %s ska ha minst %s tecken (nu %s)",
		"field %s must have at least %s characters (it has %s)"})
	// A summary longer than allowed.
	// Fix: shorten it.
	SchemaMaxLength = code("schema.maxLength", Text{
		"kentässä %s saa olla enintään %s merkkiä (nyt %s)",
		"fältet %s får ha högst %s tecken (nu %s)",
		"field %s may have at most %s characters (it has %s)"})
	SchemaMinimum = code("schema.minimum", Text{
		"kentän %s arvon pitää olla vähintään %s (nyt %s)",
		"fältet %s ska vara minst %s (nu %s)",
		"field %s must be at least %s (not %s)"})
	SchemaMaximum = code("schema.maximum", Text{
		"kentän %s arvo saa olla enintään %s (nyt %s)",
		"fältet %s får vara högst %s (nu %s)",
		"field %s must be at most %s (not %s)"})
	SchemaExclusiveMinimum = code("schema.exclusiveMinimum", Text{
		"kentän %s arvon pitää olla suurempi kuin %s (nyt %s)",
		"fältet %s ska vara större än %s (nu %s)",
		"field %s must be more than %s (not %s)"})
	SchemaExclusiveMaximum = code("schema.exclusiveMaximum", Text{
		"kentän %s arvon pitää olla pienempi kuin %s (nyt %s)",
		"fältet %s ska vara mindre än %s (nu %s)",
		"field %s must be less than %s (not %s)"})
	// An empty list where one item at least is needed.
	SchemaMinItems = code("schema.minItems", Text{
		"kentässä %s pitää olla vähintään %s kohtaa (nyt %s)",
		"fältet %s ska ha minst %s poster (nu %s)",
		"field %s needs at least %s items (it has %s)"})
	SchemaMaxItems = code("schema.maxItems", Text{
		"kentässä %s saa olla enintään %s kohtaa (nyt %s)",
		"fältet %s får ha högst %s poster (nu %s)",
		"field %s may have at most %s items (it has %s)"})
	SchemaUnique = code("schema.unique", Text{
		"kentässä %s on sama arvo kahdesti",
		"fältet %s har samma värde två gånger",
		"field %s has the same value twice"})
	// A key the schema does not know, e.g. "titel:" for "title:".
	// Fix: correct the name, or remove the key. A warning, an error with
	// --strict; always an error where the schema allows no other keys
	// (additionalProperties or unevaluatedProperties false).
	SchemaUnknownKey = code("schema.unknown-key", Text{
		"tuntematon kenttä %q",
		"okänt fält %q",
		"unknown key %q"})
	// A Finnish business id whose check digit is wrong, e.g. 1234567-8.
	// Fix: copy the id from the YTJ register.
	SchemaBusinessID = code("schema.business-id", Text{
		"kentän %s arvo %s ei ole kelvollinen Y-tunnus: tarkistusmerkki ei täsmää",
		"värdet %[2]s i fältet %[1]s är inte ett giltigt FO-nummer: kontrollsiffran stämmer inte",
		"field %s: %s is not a valid business id: the check digit does not match"})
	// An end date before the start date. The third argument says whose
	// rule it is ("malli vaatii").
	SchemaNotBefore = code("schema.not-before", Text{
		"kentän %s päivämäärä on ennen kentän %s päivämäärää; %s, että se on sama tai myöhempi",
		"datumet i fältet %s är före datumet i fältet %s; %s att det är samma eller senare",
		"field %s is before field %s; %s that it be the same or later"})
	// A value above a fixed share of another field, as a schema's
	// at_most_ratio rule with a ratio says. (A project's aid is checked
	// against its programme's ratio: ratio.exceeded.)
	// The fourth argument says whose rule it is.
	// Fix: lower the value or check the other field.
	SchemaAtMostRatio = code("schema.at-most-ratio", Text{
		"kenttä %s saa olla enintään %s kentän %s arvosta; %s sitä",
		"fältet %s får vara högst %s av fältet %s; %s det",
		"field %s may be at most %s of field %s; %s it"})
	SchemaInvalid = code("schema.invalid", Text{
		"kentän %s arvo ei kelpaa: %s",
		"värdet i fältet %s duger inte: %s",
		"field %s is not valid: %s"})

	// A Markdown file in a folder no schema claims, e.g. content/muistiot/x.md.
	// Fix: move it into a type's folder, or add a schema for the folder.
	PageNoType = code("page.no-type", Text{
		"tiedosto %s ei ole minkään sisältötyypin kansiossa; kansiot: %s",
		"filen %s ligger inte i någon innehållstyps mapp; mappar: %s",
		"file %s is not in any content type's folder; folders: %s"})
	// A document too deep in its type's folder, e.g. content/sivut/vanhat/x.md.
	// Fix: move it to the folder itself, or make it a bundle.
	PageBadPath = code("page.bad-path", Text{
		"tiedosto %s on liian syvällä: asiakirja on joko %s tai %s (liitteineen)",
		"filen %s ligger för djupt: ett dokument är antingen %s eller %s (med bilagor)",
		"file %s is too deep: a document is either %s or %s (with its attachments)"})
	// A file name with an unknown language suffix, e.g. x.de.md.
	PageBadName = code("page.bad-name", Text{
		"tiedostonimen %s kielipääte ei ole fi, sv tai en",
		"filnamnet %s har ett språksuffix som inte är fi, sv eller en",
		"file name %s has a language suffix other than fi, sv or en"})
	// An id in the front matter that differs from the file name.
	// Fix: rename the file or the id; they must agree so links keep working.
	PageIDMismatch = code("page.id-mismatch", Text{
		"tunniste %q ei vastaa tiedostonimeä %q",
		"identifieraren %q motsvarar inte filnamnet %q",
		"id %q does not match the file name %q"})
	// A published operating model without "## Ratkaisun perusidea". The
	// second argument says whose requirement the section is ("Innokylä
	// vaatii", "malli suosittelee"), the third the status.
	// Fix: add the H2 heading and its text.
	SectionMissing = code("section.missing", Text{
		"osio \"## %s\" puuttuu; %s sitä, kun tila on %s",
		"avsnittet \"## %s\" saknas; %s det när status är %s",
		"section \"## %s\" is missing; %s it when the status is %s"})
	// An H2 heading the type does not declare, often a typo.
	SectionUnknown = code("section.unknown", Text{
		"otsikko \"## %s\" ei ole tyypin %s osio",
		"rubriken \"## %s\" är inte ett avsnitt i typen %s",
		"heading \"## %s\" is not a section of type %s"})

	// A link, image, autolink or link reference definition in the body, or a
	// front matter field whose schema says "format": "uri", with a URL scheme
	// malli does not publish: [x](javascript:alert(1)), ![x](data:…),
	// <vbscript:x>, "[x]: file:///…", website: "javascript:…". The scheme is
	// read as a browser reads it ("java<TAB>script:" is javascript:). The
	// link is rendered as its text. Fix: link with https:// (or http://,
	// mailto:, tel:) or to a file of the site by a relative path.
	URLScheme = code("url.scheme", Text{
		"osoitteen alkua %q ei sallita; sallittuja ovat %s sekä sivuston sisäiset linkit",
		"adressens början %q är inte tillåten; tillåtna är %s samt länkar inom webbplatsen",
		"URL scheme %q is not allowed; allowed are %s and links within the site"})
	// Raw HTML in the body, e.g. <div class="x">, <b>…</b> or <!-- … -->.
	// It is left out of the page. A warning; an error with --strict.
	// Fix: write it in Markdown, or delete it.
	MarkdownRawHTML = code("markdown.raw-html", Text{
		"HTML-koodia ei julkaista, vaan se jätetään sivulta pois",
		"HTML-kod publiceras inte utan utelämnas från sidan",
		"raw HTML is not published; it is left out of the page"})

	// A file in content/ at a path malli generates, e.g. content/404.html or
	// content/data/index.json. Fix: rename or move the file.
	AssetConflict = code("asset.conflict", Text{
		"tiedosto julkaistaisiin polkuun %s, jonka malli tuottaa itse; nimeä tai siirrä tiedosto",
		"filen skulle publiceras på sökvägen %s, som malli själv skapar; byt namn på eller flytta filen",
		"the file would be published at %s, which malli generates itself; rename or move the file"})
	// A symbolic link under content/, schemas/ or themes/default/, or one of
	// those folders itself a link, e.g. static/env.txt -> /proc/self/environ.
	// malli never follows links: one could publish any file of the machine.
	// Fix: copy the file into the site instead of linking it.
	SourceSymlink = code("source.symlink", Text{
		"%s on symbolinen linkki; malli ei seuraa linkkejä, joten sitä ei julkaista: kopioi tiedosto tai kansio sivustoon linkin tilalle",
		"%s är en symbolisk länk; malli följer inte länkar, så den publiceras inte: kopiera filen eller mappen till webbplatsen i stället",
		"%s is a symbolic link; malli never follows links, so it is not published: copy the file or folder into the site instead"})
	// A device, named pipe or socket in the site's folders.
	// Fix: remove it; only ordinary files can be published.
	SourceSpecial = code("source.special", Text{
		"%s ei ole tavallinen tiedosto (laite, putki tai pistoke); poista se",
		"%s är ingen vanlig fil (enhet, rör eller uttag); ta bort den",
		"%s is not a regular file (a device, pipe or socket); remove it"})
	// A file or folder name that breaks URLs or other systems: "a#b.md",
	// "raportti?.pdf", "CON.md", a decomposed "ä", a control character.
	// Fix: rename it as the hint says.
	SourceBadName = code("source.bad-name", Text{
		"nimeä %q ei voi julkaista: %s",
		"namnet %q kan inte publiceras: %s",
		"the name %q cannot be published: %s"})
	// A Markdown file over 2 MiB or another file over 50 MiB.
	// Fix: split the document, or compress the attachment or link to it elsewhere.
	SourceTooLarge = code("source.too-large", Text{
		"tiedosto %s on liian suuri (yli %d MiB); jaa asiakirja osiin tai pienennä liitettä",
		"filen %s är för stor (över %d MiB); dela dokumentet eller minska bilagan",
		"the file %s is too large (over %d MiB); split the document or shrink the attachment"})
	// A file or folder whose name starts with "." or ends with "~" (editor,
	// version control and backup files), e.g. content/.luonnos.md.
	// Fix: rename it if it should be published; otherwise nothing to do.
	SourceSkipped = code("source.skipped", Text{
		"%s ohitetaan, koska nimi alkaa pisteellä tai päättyy merkkiin ~; nimeä se uudelleen, jos se pitää julkaista",
		"%s hoppas över eftersom namnet börjar med punkt eller slutar med ~; byt namn om den ska publiceras",
		"%s is skipped because its name starts with a dot or ends with ~; rename it if it should be published"})
	// A file that hosting services or crawlers read as configuration:
	// CNAME, _headers, _redirects, web.config, robots.txt, sw.js …
	// Fix: configure hosting in the CI workflow, not in content/.
	AssetControl = code("asset.control", Text{
		"%s on verkkopalvelimen tai hakukoneiden ohjaustiedosto, eikä sitä julkaista sisällön mukana; määritä julkaisu CI-työnkulussa",
		"%s är en styrfil för webbservern eller sökmotorer och publiceras inte med innehållet; konfigurera publiceringen i CI-arbetsflödet",
		"%s is a control file of the web server or crawlers and is not published with the content; configure hosting in the CI workflow"})
	// An attachment of a kind a browser could run on the site's origin, or
	// an unknown kind: evil.html, app.js, x.exe, a file without extension.
	// Fix: publish the content as a document, or as one of the kinds listed.
	AssetKind = code("asset.kind", Text{
		"liitetiedostoja %s ei julkaista; sallitut tiedostotyypit: %s",
		"bilagor av typen %s publiceras inte; tillåtna filtyper: %s",
		"attachments of kind %s are not published; allowed kinds: %s"})
	// An attachment whose content is not what its extension says, e.g. a
	// web page renamed kuva.png.
	// Fix: save the file again in the right format.
	AssetMismatch = code("asset.mismatch", Text{
		"tiedoston %s sisältö ei ole %s-muotoa; tallenna tiedosto uudelleen oikeassa muodossa",
		"innehållet i filen %s är inte i formatet %s; spara filen på nytt i rätt format",
		"the content of %s is not %s; save the file again in that format"})
	// An SVG with content a browser runs or loads: <script>, onload=,
	// <foreignObject>, href="javascript:…", an external url(…).
	// Fix: export a plain SVG, or a PNG.
	AssetSVGActive = code("asset.svg-active", Text{
		"SVG-kuvassa on aktiivista sisältöä (%s), joten sitä ei julkaista",
		"SVG-bilden har aktivt innehåll (%s) och publiceras därför inte",
		"the SVG has active content (%s), so it is not published"})
	// An SVG that is not well-formed XML.
	// Fix: save it again from the drawing program.
	AssetSVGInvalid = code("asset.svg-invalid", Text{
		"SVG-kuva ei ole kelvollista XML:ää: %s",
		"SVG-bilden är inte giltig XML: %s",
		"the SVG is not well-formed XML: %s"})
	// Two sources for one output file: sivut/x.md and a bundle sivut/x/index.md,
	// or Kuva.png beside kuva.png (the same file on Windows and macOS).
	// Fix: rename one of them.
	OutputCollision = code("output.collision", Text{
		"tämä julkaistaisiin polkuun %s, jonka myös %s tuottaa (kirjainkoko ja merkkien koostemuoto eivät erota nimiä); nimeä toinen uudelleen",
		"detta skulle publiceras på sökvägen %s, som även %s ger (skiftläge och teckennormalisering skiljer inte namn åt); byt namn på den ena",
		"this would be published at %s, which %s also produces (letter case and Unicode normalisation do not tell names apart); rename one"})
	// A document whose file name is not a valid id of its type, and which has
	// no id field: "Hanke 1.md", "malli_2.md".
	// Fix: rename the file as the hint says.
	PageBadID = code("page.bad-id", Text{
		"tiedostonimestä saatava tunniste %q ei ole tämän tyypin kelvollinen tunniste (kenttä id); nimeä tiedosto uudelleen, esimerkiksi %s",
		"identifieraren %q från filnamnet är ingen giltig identifierare för typen (fältet id); byt namn på filen, till exempel %s",
		"the id %q from the file name is not a valid id of this type (field id); rename the file, e.g. %s"})
	// More problems in one file than are worth listing, e.g. a file with
	// 50 000 duplicate keys. The first ones are shown.
	// Fix: correct the first problems and check again.
	SourceTooManyProblems = code("source.too-many-problems", Text{
		"tiedostossa on yli %d ongelmaa; vain ensimmäiset näytetään",
		"filen har över %d problem; bara de första visas",
		"the file has over %d problems; only the first are shown"})
	// Two documents of one type with the same id.
	// Fix: rename one of them.
	IDDuplicate = code("id.duplicate", Text{
		"tunniste %q on jo käytössä tyypissä %s",
		"identifieraren %q används redan i typen %s",
		"id %q is already used in type %s"})
	// x.sv.md without x.md.
	TranslationOrphan = code("translation.orphan", Text{
		"käännöksellä %s ei ole alkuperäistä tiedostoa %s",
		"översättningen %s saknar originalfilen %s",
		"translation %s has no original %s"})
	// A reference to an id that does not exist, e.g. "projects: [tyokyky]".
	// Fix: use the id of an existing document (its file name).
	RefUnknown = code("ref.unknown", Text{
		"viittausta %q ei löydy (kenttä %s, tyyppi %s)",
		"referensen %q finns inte (fält %s, typ %s)",
		"reference %q not found (field %s, type %s)"})
	// A criterion id that is not in the chosen criteria set.
	RefItemUnknown = code("ref.item-unknown", Text{
		"%q ei ole kentän %s kohde asiakirjassa %q",
		"%q är inte en post för fältet %s i dokumentet %q",
		"%q is not an item for field %s in document %q"})
	// A published document that refers to a draft, which will not be published.
	RefDraft = code("ref.draft", Text{
		"%q on luonnos, eikä sitä julkaista (kenttä %s)",
		"%q är ett utkast och publiceras inte (fält %s)",
		"%q is a draft and is not published (field %s)"})
	// A published document links in its text to a draft, which will not be published.
	// Fix: publish the draft, or remove the link.
	LinkDraft = code("link.draft", Text{
		"linkin kohde %q on luonnos, eikä sitä julkaista",
		"länkmålet %q är ett utkast och publiceras inte",
		"link target %q is a draft and is not published"})
	// [x](../toimintamallit/ei-ole.md)
	// Fix: correct the path; it is relative to the file's own folder.
	LinkBroken = code("link.broken", Text{
		"linkin kohdetta %q ei löydy",
		"länkmålet %q finns inte",
		"link target %q does not exist"})
	// [x](y.md#no-such-heading)
	LinkBrokenAnchor = code("link.broken-anchor", Text{
		"ankkuria #%s ei ole tiedostossa %s",
		"ankaret #%s finns inte i %s",
		"anchor #%s does not exist in %s"})
	// A published self-evaluation that leaves out a criterion of its set.
	// The third argument says whose requirement it is ("malli
	// suosittelee").
	ScoreMissing = code("score.missing", Text{
		"kriteeriä %q (%s) ei ole arvioitu; %s, että jokainen kriteeristön %q kriteeri arvioidaan",
		"kriteriet %q (%s) är inte bedömt; %s att varje kriterium i kriteriesamlingen %q bedöms",
		"criterion %q (%s) is not scored; %s that every criterion of criteria set %q be scored"})
	ScoreDuplicate = code("score.duplicate", Text{
		"kriteeri %q on arvioitu kahdesti",
		"kriteriet %q är bedömt två gånger",
		"criterion %q is scored twice"})
	// A criterion marked not applicable without a reason, e.g.
	// "- {criterion: k4, not_applicable: true}".
	// Fix: say in rationale why the criterion does not apply.
	ScoreNAReason = code("score.na-reason", Text{
		"kriteeri %q on merkitty ei sovellu, mutta perustelu puuttuu; kerro kentässä rationale, miksi kriteeri ei sovellu",
		"kriteriet %q är markerat ej tillämpligt men saknar motivering; skriv i fältet rationale varför kriteriet inte är tillämpligt",
		"criterion %q is marked not applicable but has no reason; say in rationale why it does not apply"})
	// A criterion both scored and marked not applicable, e.g.
	// "- {criterion: k4, score: 0, not_applicable: true, rationale: …}".
	// Fix: keep the score or the mark, not both.
	ScoreNAScored = code("score.na-scored", Text{
		"kriteerillä %q on sekä pisteet että merkintä ei sovellu; poista toinen",
		"kriteriet %q har både poäng och markeringen ej tillämpligt; ta bort det ena",
		"criterion %q has both a score and the not-applicable mark; remove one"})
	// State aid above the share of the eligible costs that the project's
	// programme allows (its max_aid_ratio, e.g. 0.8): state_aid_eur 900000
	// of eligible_costs_eur 1000000. The arguments: the field, the ratio as
	// a percentage, the other field, the programme, its ratio field, and
	// whose rule it is (the programme by its document's title: "Työkykyohjelma
	// 2020–2022 edellyttää").
	// Fix: lower the aid or check the costs.
	RatioExceeded = code("ratio.exceeded", Text{
		"kenttä %s saa olla enintään %s kentän %s arvosta; raja on asiakirjan %q kentässä %s, ja %s sitä",
		"fältet %s får vara högst %s av fältet %s; gränsen står i fältet %[5]s i dokumentet %[4]q, och %[6]s det",
		"field %s may be at most %s of field %s; the limit is in document %q, field %s, and %s it"})
	// A score outside the scale of the set, e.g. 3 on a 0–2 scale.
	ScoreScale = code("score.scale", Text{
		"pistemäärä %s ei kuulu asteikkoon (%s) kriteeristössä %q",
		"poängen %s hör inte till skalan (%s) i kriteriesamlingen %q",
		"score %s is not on the scale (%s) of criteria set %q"})
	// A step whose "next" names no step of the path.
	PathNextUnknown = code("path.next-unknown", Text{
		"seuraavaa vaihetta %q ei ole polulla",
		"nästa steg %q finns inte i stigen",
		"next step %q is not on the path"})
	// A step no other step leads to.
	PathUnreachable = code("path.unreachable", Text{
		"vaiheeseen %q ei pääse mistään edellisestä vaiheesta",
		"steget %q kan inte nås från något tidigare steg",
		"step %q cannot be reached from any earlier step"})
)
