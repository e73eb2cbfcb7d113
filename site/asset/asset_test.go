package asset

import (
	"slices"
	"strings"
	"testing"

	"github.com/malli-fi/malli/site/diag"
)

func TestCheck(t *testing.T) {
	for _, tc := range []struct {
		file, data string
		want       []diag.Code
	}{
		{"content/a/kuva.png", "\x89PNG\r\n\x1a\nrest", nil},
		{"content/a/KUVA.PNG", "\x89PNG\r\n\x1a\nrest", nil},
		{"content/a/kuva.jpg", "\xFF\xD8\xFF\xE0", nil},
		{"content/a/raportti.pdf", "%PDF-1.7\n", nil},
		{"content/a/taulukko.xlsx", "PK\x03\x04", nil},
		{"content/a/vanha.doc", "\xD0\xCF\x11\xE0\xA1\xB1\x1A\xE1", nil},
		{"content/a/data.csv", "a;b\n1;2\n", nil},
		{"content/a/tekstitys.vtt", "WEBVTT\n", nil},
		{"content/a/kuva.png", "<html>", []diag.Code{diag.AssetMismatch}},
		{"content/a/raportti.pdf", "<script>", []diag.Code{diag.AssetMismatch}},
		{"content/a/sivu.html", "<p>", []diag.Code{diag.AssetKind}},
		{"content/a/sivu.HTM", "<p>", []diag.Code{diag.AssetKind}},
		{"content/a/koodi.js", "alert(1)", []diag.Code{diag.AssetKind}},
		{"content/a/tyyli.css", "body{}", []diag.Code{diag.AssetKind}},
		{"content/a/kuva.svgz", "", []diag.Code{diag.AssetKind}},
		{"content/a/xml.xml", "<x/>", []diag.Code{diag.AssetKind}},
		{"content/a/LUEMINUT", "x", []diag.Code{diag.AssetKind}},
		{"content/CNAME", "evil.example", []diag.Code{diag.AssetControl}},
		{"content/a/cname", "evil.example", []diag.Code{diag.AssetControl}},
		{"content/robots.txt", "User-agent: *", []diag.Code{diag.AssetControl}},
		{"content/a/_redirects", "/ /x", []diag.Code{diag.AssetControl}},
		{"content/a/puhdas.svg", `<svg xmlns="http://www.w3.org/2000/svg"><rect width="1" height="1"/></svg>`, nil},
		{"content/a/onload.svg", `<svg xmlns="http://www.w3.org/2000/svg" onload="x()"/>`, []diag.Code{diag.AssetSVGActive}},
		{"content/a/OnLoad.svg", `<svg xmlns="http://www.w3.org/2000/svg"><g ONCLICK="x()"/></svg>`, []diag.Code{diag.AssetSVGActive}},
		{"content/a/script.svg", `<svg xmlns="http://www.w3.org/2000/svg"><script href="x.js"/></svg>`, []diag.Code{diag.AssetSVGActive}},
		{"content/a/xhtml.svg", `<svg xmlns="http://www.w3.org/2000/svg"><x:script xmlns:x="http://www.w3.org/1999/xhtml">a()</x:script></svg>`, []diag.Code{diag.AssetSVGActive}},
		{"content/a/default-ns.svg", `<svg xmlns="http://www.w3.org/2000/svg"><g xmlns="http://www.w3.org/1999/xhtml"><script>a()</script></g></svg>`, []diag.Code{diag.AssetSVGActive, diag.AssetSVGActive}},
		{"content/a/nons.svg", `<svg><script>a()</script></svg>`, []diag.Code{diag.AssetSVGActive, diag.AssetSVGActive}},
		{"content/a/href.svg", `<svg xmlns="http://www.w3.org/2000/svg" xmlns:l="http://www.w3.org/1999/xlink"><use l:href="data:image/svg+xml,&lt;svg onload=x()&gt;"/></svg>`, []diag.Code{diag.AssetSVGActive}},
		{"content/a/entity.svg", `<!DOCTYPE svg [<!ENTITY x "y">]><svg xmlns="http://www.w3.org/2000/svg"/>`, []diag.Code{diag.AssetSVGActive}},
		{"content/a/doctype.svg", `<!DOCTYPE svg PUBLIC "-//W3C//DTD SVG 1.1//EN" "http://www.w3.org/Graphics/SVG/1.1/DTD/svg11.dtd"><svg xmlns="http://www.w3.org/2000/svg"/>`, nil},
		{"content/a/css.svg", `<svg xmlns="http://www.w3.org/2000/svg"><style>rect{fill:url( 'https://x.example/t' )}</style></svg>`, []diag.Code{diag.AssetSVGActive}},
		{"content/a/broken.svg", `<svg xmlns="http://www.w3.org/2000/svg"><g></svg>`, []diag.Code{diag.AssetSVGInvalid}},
		{"content/a/deep.svg", `<svg xmlns="http://www.w3.org/2000/svg">` + strings.Repeat("<g>", 300) + strings.Repeat("</g>", 300) + `</svg>`, []diag.Code{diag.AssetSVGInvalid}},
	} {
		var got []diag.Code
		for _, d := range Check(tc.file, []byte(tc.data)) {
			got = append(got, d.Code)
		}
		if !slices.Equal(got, tc.want) {
			t.Errorf("Check(%s, %.40q) = %v, want %v", tc.file, tc.data, got, tc.want)
		}
	}
}

// FuzzCheckSVG: any bytes give diagnostics or none, never a panic, and an
// SVG that passes holds no "<script" or "on…=" that a browser would see.
func FuzzCheckSVG(f *testing.F) {
	f.Add([]byte(`<svg xmlns="http://www.w3.org/2000/svg"><rect onload="x"/></svg>`))
	f.Add([]byte(`<svg xmlns="http://www.w3.org/2000/svg"><style>a{}</style><image href="data:image/png;base64,AA"/></svg>`))
	f.Fuzz(func(t *testing.T, data []byte) {
		if len(Check("x.svg", data)) > 0 {
			return
		}
		low := strings.ToLower(string(data))
		if strings.Contains(low, "<script") || strings.Contains(low, "javascript:") {
			t.Errorf("passed an SVG with a script: %q", data)
		}
	})
}
