// URL formats: a value of format uri, iri, uri-reference or iri-reference
// must also have a scheme malli publishes (url.scheme).

package schema

import (
	"github.com/santhosh-tekuri/jsonschema/v5"

	"github.com/malli-fi/malli/site/diag"
	"github.com/malli-fi/malli/site/internal/safeurl"
)

// urlFormats are the formats whose values are URLs. Beside the standard
// check, their value must have a scheme malli publishes (http, https,
// mailto, tel) or none: "javascript:alert(1)" is a valid URI, but not a
// link malli puts on a page.
var urlFormats = []string{"uri", "iri", "uri-reference", "iri-reference"}

// registerURLFormats makes c check URL formats for the scheme too. A value
// that fails fails as a "format" error, which problem turns into
// url.scheme.
func registerURLFormats(c *jsonschema.Compiler) {
	for _, f := range urlFormats {
		standard := jsonschema.Formats[f]
		c.Formats[f] = func(v any) bool {
			if s, ok := v.(string); ok {
				if _, allowed := safeurl.Check(s); !allowed {
					return false
				}
			}
			return standard(v)
		}
	}
}

// urlProblem fills p as url.scheme if value, which failed format, is a URL
// whose scheme malli does not publish.
func urlProblem(p *Problem, format string, value any) bool {
	s, ok := value.(string)
	if !ok || !isURLFormat(format) {
		return false
	}
	scheme, allowed := safeurl.Check(s)
	if allowed {
		return false
	}
	p.Code, p.Args, p.Hint = diag.URLScheme, []any{scheme + ":", safeurl.List()}, fullURLHint
	return true
}

func isURLFormat(f string) bool {
	for _, u := range urlFormats {
		if f == u {
			return true
		}
	}
	return false
}

var fullURLHint = diag.Words{
	FI: "kirjoita koko verkko-osoite, joka alkaa https://",
	SV: "skriv hela webbadressen, som börjar med https://",
	EN: "write the full web address, starting with https://",
}
