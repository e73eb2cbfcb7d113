package asset

import (
	"bytes"
	"encoding/xml"
	"errors"
	"io"
	"strings"

	"github.com/malli-fi/malli/site/diag"
)

const (
	svgNS   = "http://www.w3.org/2000/svg"
	xlinkNS = "http://www.w3.org/1999/xlink"
	xmlNS   = "http://www.w3.org/XML/1998/namespace"
)

// maxSVGDepth bounds the nesting of an SVG's elements.
const maxSVGDepth = 256

// svgElements are the SVG elements that draw or describe and never run
// anything. Left out on purpose: script, foreignObject (it embeds HTML),
// a (a link may be javascript:), the animation elements (animate and set
// can rewrite an href into javascript:), feImage and iframe-like elements.
var svgElements = map[string]bool{}

func init() {
	for _, e := range strings.Fields(`svg g defs symbol use path rect circle ellipse line polyline polygon
		text tspan textPath title desc metadata switch view style image
		linearGradient radialGradient stop clipPath mask pattern marker filter
		feBlend feColorMatrix feComponentTransfer feComposite feConvolveMatrix feDiffuseLighting
		feDisplacementMap feDistantLight feDropShadow feFlood feFuncA feFuncB feFuncG feFuncR
		feGaussianBlur feMerge feMergeNode feMorphology feOffset fePointLight feSpecularLighting
		feSpotLight feTile feTurbulence`) {
		svgElements[e] = true
	}
}

// inertNS are the namespaces of drawing programs' own metadata, which
// browsers do not render or run.
var inertNS = map[string]bool{
	"http://www.inkscape.org/namespaces/inkscape":            true,
	"http://sodipodi.sourceforge.net/DTD/sodipodi-0.dtd":     true,
	"http://www.w3.org/1999/02/22-rdf-syntax-ns#":            true,
	"http://creativecommons.org/ns#":                         true,
	"http://purl.org/dc/elements/1.1/":                       true,
	"http://ns.adobe.com/AdobeIllustrator/10.0/":             true,
	"http://ns.adobe.com/Graphs/1.0/":                        true,
	"http://ns.adobe.com/SaveForWeb/1.0/":                    true,
	"http://ns.adobe.com/Extensibility/1.0/":                 true,
	"http://ns.adobe.com/Variables/1.0/":                     true,
	"http://ns.adobe.com/ImageReplacement/1.0/":              true,
	"http://ns.adobe.com/xap/1.0/":                           true,
	"http://www.bohemiancoding.com/sketch/ns":                true,
	"http://schemas.microsoft.com/visio/2003/SVGExtensions/": true,
}

// checkSVG admits an SVG only if it is well-formed XML made of inert
// elements and attributes (namespaces resolved by the decoder, so a
// prefixed XHTML script is seen for what it is): no event handlers, no references out of the
// file other than embedded raster images, no style that loads anything.
func checkSVG(file string, data []byte) diag.List {
	var diags diag.List
	dec := xml.NewDecoder(bytes.NewReader(data))
	dec.Strict = true
	dec.Entity = nil // only the five predefined entities
	depth := 0
	pos := func() diag.Pos { l, c := dec.InputPos(); return diag.Pos{File: file, Line: l, Col: c} }
	var start diag.Pos // where the token being checked starts
	active := func(what string) {
		diags.Errorf(start, diag.AssetSVGActive, what).Hint = svgHint
	}
	for {
		start = pos()
		tok, err := dec.Token()
		if errors.Is(err, io.EOF) {
			break
		}
		if err != nil {
			var se *xml.SyntaxError
			line := 0
			if errors.As(err, &se) {
				line = se.Line
			}
			diags.Errorf(diag.Pos{File: file, Line: max(line, 1), Col: 1}, diag.AssetSVGInvalid, err.Error())
			return diags
		}
		switch t := tok.(type) {
		case xml.ProcInst:
			if t.Target != "xml" {
				active("<?" + t.Target)
			}
		case xml.Directive:
			if bytes.ContainsRune(t, '[') || bytes.Contains(t, []byte("ENTITY")) {
				active("<!" + firstWord(string(t)))
			}
		case xml.StartElement:
			depth++
			if depth > maxSVGDepth {
				diags.Errorf(pos(), diag.AssetSVGInvalid, "elements nested too deep")
				return diags
			}
			ns, name := t.Name.Space, t.Name.Local
			if inertNS[ns] {
				if err := dec.Skip(); err != nil { // inert metadata: skip it whole
					diags.Errorf(pos(), diag.AssetSVGInvalid, err.Error())
					return diags
				}
				depth--
				continue
			}
			if ns != svgNS || !svgElements[name] {
				active(element(t.Name))
				continue
			}
			for _, a := range t.Attr {
				if why := attrProblem(name, a); why != "" {
					active(why)
				}
			}
			if name == "style" {
				text, _ := readText(dec)
				depth--
				if why := cssProblem(text); why != "" {
					active(why)
				}
			}
		case xml.EndElement:
			depth--
		}
	}
	return diags
}

var svgHint = diag.Words{
	FI: "tallenna kuva uudelleen piirto-ohjelmasta pelkkänä kuvana (esim. Inkscapessa ”Optimoitu SVG”) tai julkaise se PNG-kuvana",
	SV: "spara bilden på nytt från ritprogrammet som en ren bild (t.ex. ”Optimerad SVG” i Inkscape) eller publicera den som PNG",
	EN: "save the image again from the drawing program as a plain picture (e.g. Inkscape's \"Optimized SVG\") or publish it as PNG",
}

// attrProblem says what about attribute a of element elem is active, or "".
func attrProblem(elem string, a xml.Attr) string {
	local := strings.ToLower(a.Name.Local)
	v := strings.TrimSpace(a.Value)
	switch {
	case strings.HasPrefix(local, "on"):
		return local
	case a.Name.Space == "xmlns" || (a.Name.Space == "" && local == "xmlns"):
		return ""
	case local == "href" && (a.Name.Space == "" || a.Name.Space == xlinkNS):
		if strings.HasPrefix(v, "#") {
			return ""
		}
		if elem == "image" && rasterData(v) {
			return ""
		}
		return local + `="` + shorten(v) + `"`
	case a.Name.Space != "" && a.Name.Space != xmlNS && a.Name.Space != xlinkNS && !inertNS[a.Name.Space]:
		return a.Name.Space + ":" + a.Name.Local
	}
	if why := cssProblem(v); why != "" && (local == "style" || strings.Contains(strings.ToLower(v), "url(")) {
		return local + `="` + shorten(v) + `"`
	}
	return ""
}

// cssProblem finds CSS that loads or runs something: @import, or url()
// other than a fragment of this file or an embedded raster image.
func cssProblem(css string) string {
	low := strings.ToLower(css)
	if strings.Contains(low, "@import") {
		return "@import"
	}
	if strings.Contains(low, "expression(") || strings.Contains(low, "javascript:") {
		return "javascript"
	}
	for rest := low; ; {
		i := strings.Index(rest, "url(")
		if i < 0 {
			return ""
		}
		rest = rest[i+4:]
		target := strings.Trim(strings.TrimSpace(rest[:max(strings.IndexByte(rest, ')'), 0)]), `"'`)
		if !strings.HasPrefix(target, "#") && !rasterData(target) {
			return "url(" + shorten(target) + ")"
		}
	}
}

func rasterData(v string) bool {
	v = strings.ToLower(v)
	for _, t := range []string{"data:image/png", "data:image/jpeg", "data:image/jpg", "data:image/gif", "data:image/webp"} {
		if strings.HasPrefix(v, t+";") || strings.HasPrefix(v, t+",") {
			return true
		}
	}
	return false
}

// element names an element for a message: <script> in the SVG namespace,
// with its namespace otherwise: <script xmlns="http://www.w3.org/1999/xhtml">.
func element(n xml.Name) string {
	if n.Space == svgNS {
		return "<" + n.Local + ">"
	}
	return "<" + n.Local + ` xmlns="` + n.Space + `">`
}

func firstWord(s string) string {
	f := strings.Fields(s)
	if len(f) == 0 {
		return ""
	}
	return f[0]
}

func shorten(s string) string {
	if len(s) > 40 {
		return s[:40] + "…"
	}
	return s
}

// readText reads the character data up to the end of the current element.
func readText(dec *xml.Decoder) (string, error) {
	var b strings.Builder
	for depth := 1; depth > 0; {
		tok, err := dec.Token()
		if err != nil {
			return b.String(), err
		}
		switch t := tok.(type) {
		case xml.CharData:
			b.Write(t)
		case xml.StartElement:
			depth++
		case xml.EndElement:
			depth--
		}
	}
	return b.String(), nil
}
