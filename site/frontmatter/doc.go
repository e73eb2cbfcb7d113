// Package frontmatter splits a Markdown file into its front matter and body
// and decodes the front matter into a tree that keeps the line and column of
// every key and value.
//
// # Input
//
// Parse takes a file's path (used only in positions) and its bytes. The front
// matter follows Hugo's conventions and starts on the first line that is not
// blank:
//
//   - YAML between two lines "---";
//   - TOML between two lines "+++";
//   - JSON: an object whose "{" is alone on the first line and whose closing
//     "}" ends a line; a blank line after it is allowed but not required.
//
// Delimiter lines may carry surrounding white space. A UTF-8 byte order mark is
// read past (with a warning); CRLF line endings are accepted silently.
//
// # Output
//
// Parse always returns a Document. Body is the Markdown after the closing
// delimiter line, as a subslice of the input, so that Body == src[BodyOffset:]
// and BodyLine is the file's line on which Body starts: later stages number
// lines without renumbering. Without usable front matter, Body is the whole
// file (after a BOM).
//
// Front is the root of the decoded tree, always a Map, or nil when the front
// matter is missing, does not parse, or is not a mapping. Every Node and every
// map key has a diag.Pos in the whole file: 1-based line, and 1-based byte
// column counted from the start of the line (a BOM on line 1 is not counted,
// as editors do not show it). Values are JSON-like:
//
//   - strings are decoded (escapes, YAML folding); YAML timestamps and TOML
//     dates and times stay strings exactly as written, valid or not
//     ("2024-02-30"), so that the schema stage can report them;
//   - numbers are kept as canonical decimal text usable as a json.Number
//     (YAML 1_000 and 0x10 become "1000" and "16"; 1.50 becomes "1.5").
//     Infinities and NaN have no JSON form and stay strings as written;
//   - YAML aliases are expanded (the copy keeps the positions of the
//     anchored value) and merge keys "<<" are applied; keys written
//     explicitly win over merged ones;
//   - TOML tables, arrays of tables, dotted keys and inline tables become
//     nested Maps and Lists;
//   - a repeated key is reported and the first definition kept.
//
// # Budgets
//
// Parse takes time and memory linear in the file, whatever it holds, and
// every limit it applies is a diagnostic at a position:
//
//   - The tree is at most 64 levels deep (maxDepth; the root Map is level
//     1). Each Map or List at level 65 is reported as frontmatter.too-deep
//     at its position (inside a YAML alias's copy, at the outermost alias)
//     and left out with everything it holds: a list loses the item, a map
//     the entry. So no later stage sees a deep tree, nor has a null to
//     report for each value cut. JSON is read past such a value without
//     recursion, in any depth. A TOML dotted key or table header of too
//     many parts is reported at the part that would make a Map too deep
//     (at the header's "[" when that is the table itself), and nothing of
//     it is added. yaml.v3 and go-toml themselves refuse 10 000 levels
//     before our walk could cut the tree; that is reported as
//     frontmatter.too-deep too, at the bracket that opens level 65 where
//     one is found, and Front is nil.
//   - YAML aliases may add at most 100 000 nodes to the tree
//     (maxAliasNodes), and strings and keys of at most 8 bytes per byte of
//     the block plus 1 MiB (aliasTextBudget). Only what aliases produce
//     counts; values written out are bounded by the file's size. When
//     either budget runs out, frontmatter.alias-expansion is reported once,
//     at the outermost alias being expanded, and from then on everything
//     aliases produce is left out as above; the values written out are
//     still decoded.
//   - A diagnostic copies only its own line, and the diagnostics on one
//     line share the copy.
//
// Node.Locate and Node.LocateValue turn an RFC 6901 JSON Pointer, as reported
// by schema validation, into a position. They and Node.Get find a key of a
// Map of many entries through an index that Parse makes, so that a
// diagnostic at each of n keys costs O(n) in all, not O(n²); a Map whose
// Entries were changed after Parse is searched instead.
//
// # Diagnostics
//
// Parse never panics; every problem comes back in the diag.List, with Pos.File
// set to the given path and Line holding the source line for caret display:
//
//	source.empty                 error    the file is empty or only white space
//	source.utf8                  error    first byte that is not UTF-8 (decoding goes on)
//	source.bom                   warning  byte order mark at the start
//	frontmatter.missing          error    no front matter
//	frontmatter.unclosed         error    an opening delimiter without its closing one
//	frontmatter.syntax           error    YAML, TOML or JSON that does not parse; at the parser's position
//	frontmatter.tab              error    a tab in YAML indentation; at the tab
//	frontmatter.duplicate-key    error    at the second key; note.first-defined at the first
//	frontmatter.not-mapping      error    the front matter is a list or a single value
//	frontmatter.complex-key      error    a YAML key that is a mapping or a list
//	frontmatter.merge            error    a YAML "<<" whose value is not a mapping or list of mappings
//	frontmatter.alias-cycle      error    a YAML alias inside the value it names
//	frontmatter.alias-expansion  error    YAML aliases that expand to a huge tree; at the outermost alias
//	frontmatter.too-deep         error    a Map or List nested deeper than 64 levels; at that value
//
// A syntax error stops the decoding of that file's front matter (Front is
// nil), as does nesting deep enough (10 000 levels) for the YAML or TOML
// parser to refuse it; the other problems are all reported and decoding
// goes on.
package frontmatter
