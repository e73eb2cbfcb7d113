package diag

// Codes of the source and front matter stages, and of notes. Each comment
// gives an example of input that triggers the code and how to fix it.
var (
	// An empty file, or one with only white space.
	// Fix: write front matter and a body, or delete the file.
	SourceEmpty = code("source.empty", Text{
		"tiedosto on tyhjä",
		"filen är tom",
		"the file is empty"})
	// Bytes that are not UTF-8, e.g. a file saved as Latin-1.
	// Fix: save the file as UTF-8.
	SourceUTF8 = code("source.utf8", Text{
		"tiedosto ei ole UTF-8-merkistöä (virheellinen tavu sarakkeessa %d)",
		"filen är inte i UTF-8 (ogiltig byte i kolumn %d)",
		"the file is not valid UTF-8 (bad byte at column %d)"})
	// A byte order mark at the start of the file. malli reads past it.
	// Fix: save the file as UTF-8 without BOM.
	SourceBOM = code("source.bom", Text{
		"tiedoston alussa on BOM-merkki; tallenna tiedosto UTF-8-muodossa ilman BOM-merkkiä",
		"filen börjar med ett BOM-tecken; spara filen som UTF-8 utan BOM",
		"the file starts with a byte order mark; save it as UTF-8 without BOM"})
	// A document with no front matter at all.
	// Fix: start the file with "---", the fields, and "---".
	FrontmatterMissing = code("frontmatter.missing", Text{
		"tiedostosta puuttuu etutieto-osa (front matter); aloita tiedosto rivillä ---",
		"filen saknar front matter; börja filen med raden ---",
		"the file has no front matter; start it with a line ---"})
	// "---" on line 1 and no closing "---".
	// Fix: end the front matter with a line holding only the opening delimiter.
	FrontmatterUnclosed = code("frontmatter.unclosed", Text{
		"etutieto-osa alkaa rivillä %d mutta ei pääty; lisää sen loppuun rivi %s",
		"front matter börjar på rad %d men slutar aldrig; lägg till raden %s",
		"front matter starts on line %d but never ends; add a line %s after it"})
	// YAML, TOML or JSON that does not parse, e.g. "title: [unclosed".
	// Fix: correct the syntax at the position given.
	FrontmatterSyntax = code("frontmatter.syntax", Text{
		"virheellinen %s-syntaksi: %s",
		"ogiltig %s-syntax: %s",
		"invalid %s syntax: %s"})
	// A tab character used for indentation in YAML.
	// Fix: indent with spaces.
	FrontmatterTab = code("frontmatter.tab", Text{
		"YAML-sisennyksessä ei saa käyttää sarkainta; käytä välilyöntejä",
		"YAML-indrag får inte innehålla tabbtecken; använd mellanslag",
		"YAML indentation must not use tabs; use spaces"})
	// The same key twice in one mapping.
	// Fix: delete or rename one of them.
	FrontmatterDuplicateKey = code("frontmatter.duplicate-key", Text{
		"kenttä %q on määritelty kahdesti",
		"fältet %q är definierat två gånger",
		"key %q is defined twice"})
	// Front matter that is a list or a single value rather than key: value pairs.
	// Fix: write the fields as "key: value" lines.
	FrontmatterNotMapping = code("frontmatter.not-mapping", Text{
		"etutietojen pitää olla avain–arvo-pareja",
		"front matter måste bestå av nyckel–värde-par",
		"front matter must be a mapping of keys to values"})

	// A YAML key that is a mapping or a list, e.g. "? [a, b]\n: 1" or "{a: 1}: x".
	// Fix: use a plain word as the key.
	FrontmatterComplexKey = code("frontmatter.complex-key", Text{
		"kentän nimen pitää olla pelkkä sana, ei lista tai avain–arvo-pareja",
		"fältnamnet måste vara ett enkelt ord, inte en lista eller nyckel–värde-par",
		"a key must be a plain word, not a list or a mapping"})
	// A YAML merge key whose value is not a mapping, e.g. "<<: 5" or "<<: [*a, 1]".
	// Fix: merge only anchored mappings: "<<: *defaults" or "<<: [*a, *b]".
	FrontmatterMerge = code("frontmatter.merge", Text{
		"yhdistämisavaimen << arvon pitää olla avain–arvo-pareja (esim. <<: *oletukset)",
		"värdet av sammanslagningsnyckeln << måste vara nyckel–värde-par (t.ex. <<: *standard)",
		"the value of the merge key << must be a mapping (e.g. <<: *defaults)"})
	// A YAML alias used inside the value it names, e.g. "a: &x [1, *x]".
	// Fix: refer to the anchor only after its value has ended.
	FrontmatterAliasCycle = code("frontmatter.alias-cycle", Text{
		"viittaus *%s on sen arvon sisällä, johon se viittaa",
		"referensen *%s står inuti värdet den refererar till",
		"alias *%s is inside the value it refers to"})
	// YAML aliases that together expand to a huge tree, e.g. the "billion laughs"
	// pattern of aliases to lists of aliases, or a long text aliased thousands
	// of times. The argument says which budget ran out, in the message's
	// language: "100000 arvoon" (values) or "1120576 tavun tekstiksi" (bytes
	// of text).
	// Fix: write the values out, or use fewer nested aliases.
	FrontmatterAliasExpansion = code("frontmatter.alias-expansion", Text{
		"YAML-viittaukset laajenevat yli %s; kirjoita arvot auki",
		"YAML-referenserna expanderar till över %s; skriv ut värdena",
		"YAML aliases expand to more than %s; write the values out"})
	// Values nested in more than 64 levels (the front matter itself is the
	// first), e.g. "luokat: [[[[…]]]]" with 64 brackets, or a TOML header
	// [a.b.c.…] of 64 parts. The value at level 65 is left out, with
	// everything inside it.
	// Fix: make the structure flatter: front matter needs only a few levels,
	// such as a list of people each with a name and an e-mail address.
	FrontmatterTooDeep = code("frontmatter.too-deep", Text{
		"arvo on sisäkkäin liian monella tasolla (enintään %d tasoa); tee rakenteesta matalampi",
		"värdet är nästlat i för många nivåer (högst %d nivåer); gör strukturen enklare",
		"the value is nested in too many levels (at most %d); make the structure flatter"})

	// Notes (shown under a diagnostic, pointing elsewhere).
	NoteFirstDefined = code("note.first-defined", Text{
		"ensimmäinen määrittely tässä",
		"första definitionen här",
		"first defined here"})
)
