package asset

import (
	"strings"
	"testing"
)

func TestCheck(t *testing.T) {
	for _, tc := range []struct {
		file, data, want string // want: the codes reported, space-separated
	}{
		{"content/a/kuva.png", "\x89PNG\r\n\x1a\nrest", ""},
		{"content/a/KUVA.PNG", "\x89PNG\r\n\x1a\nrest", ""},
		{"content/a/kuva.jpg", "\xFF\xD8\xFF\xE0", ""},
		{"content/a/raportti.pdf", "%PDF-1.7\n", ""},
		{"content/a/taulukko.xlsx", "PK\x03\x04", ""},
		{"content/a/vanha.doc", "\xD0\xCF\x11\xE0\xA1\xB1\x1A\xE1", ""},
		{"content/a/data.csv", "a;b\n1;2\n", ""},
		{"content/a/tekstitys.vtt", "WEBVTT\n", ""},
		{"content/a/kuva.png", "<html>", "asset.mismatch"},
		{"content/a/raportti.pdf", "<script>", "asset.mismatch"},
		{"content/a/sivu.html", "<p>", "asset.kind"},
		{"content/a/sivu.HTM", "<p>", "asset.kind"},
		{"content/a/koodi.js", "alert(1)", "asset.kind"},
		{"content/a/tyyli.css", "body{}", "asset.kind"},
		{"content/a/kuva.svgz", "", "asset.kind"},
		{"content/a/xml.xml", "<x/>", "asset.kind"},
		{"content/a/LUEMINUT", "x", "asset.kind"},
		{"content/CNAME", "evil.example", "asset.control"},
		{"content/a/cname", "evil.example", "asset.control"},
		{"content/robots.txt", "User-agent: *", "asset.control"},
		{"content/a/_redirects", "/ /x", "asset.control"},
		{"content/a/puhdas.svg", `<svg xmlns="http://www.w3.org/2000/svg"><rect width="1" height="1"/></svg>`, ""},
		{"content/a/onload.svg", `<svg xmlns="http://www.w3.org/2000/svg" onload="x()"/>`, "asset.svg-active"},
		{"content/a/OnLoad.svg", `<svg xmlns="http://www.w3.org/2000/svg"><g ONCLICK="x()"/></svg>`, "asset.svg-active"},
		{"content/a/script.svg", `<svg xmlns="http://www.w3.org/2000/svg"><script href="x.js"/></svg>`, "asset.svg-active"},
		{"content/a/xhtml.svg", `<svg xmlns="http://www.w3.org/2000/svg"><x:script xmlns:x="http://www.w3.org/1999/xhtml">a()</x:script></svg>`, "asset.svg-active"},
		{"content/a/default-ns.svg", `<svg xmlns="http://www.w3.org/2000/svg"><g xmlns="http://www.w3.org/1999/xhtml"><script>a()</script></g></svg>`, "asset.svg-active asset.svg-active"},
		{"content/a/nons.svg", `<svg><script>a()</script></svg>`, "asset.svg-active asset.svg-active"},
		{"content/a/href.svg", `<svg xmlns="http://www.w3.org/2000/svg" xmlns:l="http://www.w3.org/1999/xlink"><use l:href="data:image/svg+xml,&lt;svg onload=x()&gt;"/></svg>`, "asset.svg-active"},
		{"content/a/entity.svg", `<!DOCTYPE svg [<!ENTITY x "y">]><svg xmlns="http://www.w3.org/2000/svg"/>`, "asset.svg-active"},
		{"content/a/doctype.svg", `<!DOCTYPE svg PUBLIC "-//W3C//DTD SVG 1.1//EN" "http://www.w3.org/Graphics/SVG/1.1/DTD/svg11.dtd"><svg xmlns="http://www.w3.org/2000/svg"/>`, ""},
		{"content/a/css.svg", `<svg xmlns="http://www.w3.org/2000/svg"><style>rect{fill:url( 'https://x.example/t' )}</style></svg>`, "asset.svg-active"},
		{"content/a/broken.svg", `<svg xmlns="http://www.w3.org/2000/svg"><g></svg>`, "asset.svg-invalid"},
		{"content/a/deep.svg", `<svg xmlns="http://www.w3.org/2000/svg">` + strings.Repeat("<g>", 300) + strings.Repeat("</g>", 300) + `</svg>`, "asset.svg-invalid"},
	} {
		var got []string
		for _, d := range Check(tc.file, []byte(tc.data)) {
			got = append(got, string(d.Code))
		}
		if g := strings.Join(got, " "); g != tc.want {
			t.Errorf("Check(%s, %.40q) = %q, want %q", tc.file, tc.data, g, tc.want)
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
