// Package asset decides which attachments may be published on the site's
// origin. A public authority's site is served from one origin for every
// project, so an attachment that a browser would run — HTML, JavaScript, an
// SVG with a script, a service worker — would run as the site itself. Check
// admits only kinds that are inert when served (an allowlist by extension,
// with the content checked against the extension) and refuses the files
// that hosting services read as configuration.
//
//	asset.control      error  a hosting control file (CNAME, _headers, _redirects, robots.txt …)
//	asset.kind         error  an extension not on the allowlist (.html, .js, .exe, none …)
//	asset.mismatch     error  content that is not what the extension says (a ".png" that is no PNG)
//	asset.svg-active   error  an SVG with active content (script, event handlers, foreign elements, links out)
//	asset.svg-invalid  error  an SVG that is not well-formed XML
package asset

import (
	"bytes"
	"path"
	"sort"
	"strings"

	"github.com/malli-fi/malli/site/diag"
)

// kind is an allowed attachment kind: its extensions and what its content
// must start with (nil: any text).
type kind struct {
	exts  []string
	magic func([]byte) bool
}

func prefix(p ...string) func([]byte) bool {
	return func(b []byte) bool {
		for _, x := range p {
			if bytes.HasPrefix(b, []byte(x)) {
				return true
			}
		}
		return false
	}
}

var (
	zip = prefix("PK\x03\x04")
	ole = prefix("\xD0\xCF\x11\xE0\xA1\xB1\x1A\xE1")
)

var kinds = []kind{
	{[]string{".png"}, prefix("\x89PNG\r\n\x1a\n")},
	{[]string{".jpg", ".jpeg"}, prefix("\xFF\xD8\xFF")},
	{[]string{".gif"}, prefix("GIF87a", "GIF89a")},
	{[]string{".webp"}, func(b []byte) bool { return len(b) >= 12 && string(b[:4]) == "RIFF" && string(b[8:12]) == "WEBP" }},
	{[]string{".avif"}, func(b []byte) bool {
		return len(b) >= 12 && string(b[4:8]) == "ftyp" && strings.HasPrefix(string(b[8:12]), "avi")
	}},
	{[]string{".mp4", ".m4a"}, func(b []byte) bool { return len(b) >= 8 && string(b[4:8]) == "ftyp" }},
	{[]string{".webm"}, prefix("\x1A\x45\xDF\xA3")},
	{[]string{".mp3"}, prefix("ID3", "\xFF\xFB", "\xFF\xF3", "\xFF\xF2")},
	{[]string{".pdf"}, prefix("%PDF-")},
	{[]string{".docx", ".xlsx", ".pptx", ".odt", ".ods", ".odp"}, zip},
	{[]string{".doc", ".xls", ".ppt"}, ole},
	{[]string{".csv", ".txt", ".vtt"}, nil},
	{[]string{".svg"}, nil}, // checked by checkSVG
}

// control are the names hosting services read as their configuration, or
// that crawlers and browsers fetch from a site's root.
var control = map[string]bool{
	"cname": true, "_headers": true, "_redirects": true, "_routes.json": true, "web.config": true,
	"netlify.toml": true, "vercel.json": true, "staticwebapp.config.json": true, "firebase.json": true,
	"robots.txt": true, "security.txt": true, "ads.txt": true, "app-ads.txt": true, "humans.txt": true,
	"sitemap.xml": true, "crossdomain.xml": true, "clientaccesspolicy.xml": true, "browserconfig.xml": true,
	"manifest.json": true, "sw.js": true, "service-worker.js": true,
}

// Extensions lists the allowed extensions, sorted.
func Extensions() []string {
	var out []string
	for _, k := range kinds {
		out = append(out, k.exts...)
	}
	sort.Strings(out)
	return out
}

// Check reports why the attachment at file (its path, for positions) with
// data may not be published; an empty list means it may.
func Check(file string, data []byte) diag.List {
	var diags diag.List
	at := diag.Pos{File: file, Line: 1, Col: 1}
	base := strings.ToLower(path.Base(file))
	if control[base] {
		diags.Errorf(at, diag.AssetControl, path.Base(file))
		return diags
	}
	ext := strings.ToLower(path.Ext(base))
	for _, k := range kinds {
		for _, e := range k.exts {
			if e != ext {
				continue
			}
			switch {
			case ext == ".svg":
				return checkSVG(file, data)
			case k.magic != nil && !k.magic(data):
				diags.Errorf(at, diag.AssetMismatch, path.Base(file), ext)
			}
			return diags
		}
	}
	shown := ext
	if shown == "" {
		shown = path.Base(file)
	}
	diags.Errorf(at, diag.AssetKind, shown, strings.Join(Extensions(), " "))
	return diags
}
