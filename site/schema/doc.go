// Package schema compiles the JSON Schemas of a site's content types and
// checks documents against them.
//
// # Types
//
// Every file "<name>.schema.json" in the schemas folder whose root holds an
// "x-malli" annotation defines a content type: its name, its folder under
// content/, its labels in fi/sv/en and the H2 sections its body may have.
// Other files (shared definitions) are only reached through "$ref". The Go
// code names no content type: everything a stage needs to know about a type
// comes from the Registry. Compile (schema.go) reads the folder once and
// reports problems with the schemas themselves: schema.compile,
// schema.ref-missing, schema.annotation, schema.duplicate-type.
//
// Beside the standard keywords, malli reads these annotations (ext.go):
//
//	x-malli              the type (root only): type, folder, label, plural, order, sections
//	                     (each with required_for and whose requirement it is, source),
//	                     other_sections, index_files, and innokyla: the type's counterpart
//	                     in Innokylä, its fields and sections and what of the type fills
//	                     each, and the sections Innokylä has no place for that a copy
//	                     adds to one of its sections ("include"; innokyla.go)
//	x-malli-source       whose requirements the object's "required" (and its anyOf/oneOf
//	                     branches') are: one source, or one per field (source.go)
//	x-malli-label        a property's label in fi/sv/en
//	x-malli-description  its description in fi/sv/en (the hint of a missing field)
//	x-malli-pattern-help what a pattern asks, in words, for messages
//	x-malli-enum-labels  labels of enum codes
//	x-malli-code-links   per code of the value, the address of its official page in
//	                     fi/sv/en (a licence's deed); the site links the value to it
//	x-malli-enum-facts   per enum code, its periods: from, to, replaced_by, and facts
//	                     naming codes of other lists (a municipality's region, county)
//	x-malli-belongs-to   on an object: the facts of one list's codes must be among another
//	                     list's codes (a county's region among the regions)
//	x-malli-in-force     the document's dates (pointers from, to) on which the codes in
//	                     the value must be in force
//	x-malli-ref          the value is the id of another document (or of an item in one)
//	x-malli-business-id  the value is a Finnish business id; its check digit is verified
//	x-malli-rules        cross-field rules on an object (not_before, at_most_ratio with a
//	                     ratio, or ratio_from another document's field), each with a source
//	x-malli-each-once    each item of a referenced list is named exactly once; an item
//	                     marked not applicable gives a reason instead of a value; with
//	                     "applies", an item limited to values its subject lacks (a
//	                     criterion for another measure) needs no entry
//	x-malli-in-scale     the value is one of the referenced criteria set's scale values
//	x-malli-step-graph   a list of steps whose "next" ids must exist; a page draws it
//	                     (names, actors as lanes, "condition": the words on the arrows
//	                     into a step) and lists its steps as text
//	x-malli-series       a list of measurements shown as a table: its items are
//	                     columns, the cells refer to the rows, items of another document
//	x-malli-table        a list also shown as a table, a row per item
//	x-malli-aggregates-only  the document may hold aggregate figures only: no personal
//	                     identity code, no table per person, no count of persons below
//	                     the schema's min_count (root only)
//	x-malli-requirements-from  a list in the referenced document (a programme's
//	                     project_requirements) says which fields this one must have
//	x-malli-deadlines    due dates derived from a date here plus the referenced
//	                     document's months (a final report), and checked against
//	                     the dates recorded (ext_programme.go)
//	x-malli-scorecard    a list of scores of another document's criteria: which item
//	                     fields are the criterion, score and reason, and the pointers of
//	                     the phase and the subject whose evaluations are compared
//	x-malli-scale        a scoring scale: its value, label and traffic-light fields and
//	                     the totals it allows (sum, mean) (ext_evaluation.go)
//	x-malli-grouped      a list shown grouped under the values of one of its fields
//
// A source is "innokyla" (Innokylä's own form), "programme" (the
// programme document; "name" names it), "law" or "malli" (malli's
// editorial choice), as a string or {"by", "ref", "name", "note"}. The
// diagnostics of a requirement say whose it is (Source.Says: "Innokylä
// vaatii", "Työkykyohjelma (luku 16.3) edellyttää", "malli suosittelee");
// one the schema does not attribute is malli's. Sourceless finds the
// requirements of a schema file that do not say; malli's own schemas have
// none.
//
// A value of a URL format ("format": "uri", iri, uri-reference,
// iri-reference) must also have a scheme malli publishes: http, https,
// mailto or tel (url.go; "javascript:…" is a valid URI, but no link).
//
// # Checking a document
//
// Type.Check validates a document's front matter, decoded to JSON-like
// values, and returns a Report: the Problems, and the annotations later
// stages act on (Refs, EachOnce, InScale, StepGraphs, Ratios, Requirements,
// Deadlines, Series, Tables, Aggregates), each at a JSON
// Pointer into the document; the page stage turns pointers into file
// positions. The Report also answers, for a pointer, the labels of a
// property (Label, EnumLabel) and whether a value would be valid there
// (ValidProperty).
//
// Check does two passes over the document (check.go). The walk collects at
// each pointer the schemas that apply there: through $ref and allOf, the
// then or else of an if, and the anyOf/oneOf branches the value matches.
// Then the validator runs once over the whole document, and each error
// that says what is wrong (problem.go: leaves) becomes a Problem. The
// validator cannot tell which branches it took, so each conditional is
// evaluated twice per node, once by the walk and once by the validator,
// and not again: labels, and RequiredFor of the document's own status,
// read what the walk found.
//
// A Problem's code is the failed keyword (schema.minLength, schema.type,
// …; schema.required-published for a field an "if" on status asks; the
// x-malli-* keywords have codes of their own; url.scheme). Its arguments
// are never the validator's English: the error's keyword location names
// the compiled schema that holds the keyword (location.go), and the limit,
// types, format, values or pattern are read from that schema, the type a
// value has from the value itself, and the words for them in fi, sv and en
// come from words.go and the code registry of package diag. Only
// schema.invalid, for a keyword malli has no words for (multipleOf, not,
// …), shows the validator's own explanation.
//
// # Files
//
//	doc.go       this overview
//	schema.go    Compile, Registry, Type, Labels, Publish
//	publish.go   the published file: $id, enumDescriptions from the enum labels
//	ext.go       the x-malli-* keywords: compiling and validating them
//	ext_programme.go  the keywords by which another document sets rules: requirements, deadlines, applies
//	url.go       URL formats: the schemes malli publishes
//	check.go     Check, Report, the walk collecting schemas and annotations
//	problem.go   a validation error to a Problem: code, arguments, hint
//	location.go  a keyword location to the schema that holds the keyword
//	words.go     the fi/sv/en words for types, formats and patterns; values as written
//	labels.go    labels and descriptions of properties and enum codes
//	required.go  RequiredFor, Requirements, Describe, conditionals on status
//	source.go    Source, x-malli-source, Sourceless
//	innokyla.go  the Innokylä map of a type; checks of a type's annotations
//	pointer.go   JSON Pointers: escape, split, get
//	suggest.go   "did you mean" hints
//	id.go        ValidProperty
//	locate.go    positions in schema files
package schema
