package safeurl

import (
	"net/url"
	"regexp"
	"slices"
	"strings"
	"testing"
)

func TestCheck(t *testing.T) {
	for _, tc := range []struct {
		raw, scheme string
		ok          bool
	}{
		{"https://example.fi/x", "https", true},
		{"HTTP://example.fi", "http", true},
		{"mailto:kirjaamo@example.fi", "mailto", true},
		{"MailTo:kirjaamo@example.fi", "mailto", true},
		{"tel:+358401234567", "tel", true},
		{"", "", true},
		{"#tausta", "", true},
		{"?q=1", "", true},
		{"/toimintamallit/x/", "", true},
		{"../toimintamallit/x.md", "", true},
		{"x.md", "", true},
		{"kuva.png", "", true},
		{"//evil.example/x", "", true},      // protocol-relative: the page's own http(s)
		{"a/b:c", "", true},                 // a colon after a slash is in the path
		{"x.md#a:b", "", true},              // or in the fragment
		{"?a:b", "", true},                  // or in the query
		{"1a:b", "", true},                  // a scheme starts with a letter
		{"ja%76ascript:alert(1)", "", true}, // a percent escape is no scheme
		{"javaſcript:alert(1)", "", true},   // nor a non-ASCII letter (ſ folds to s)
		{"\u200bjavascript:alert(1)", "", true},

		{"javascript:alert(1)", "javascript", false},
		{"JaVaScRiPt:alert(1)", "javascript", false},
		{" javascript:alert(1)", "javascript", false},
		{"\x00\x01 javascript:alert(1)\x1f ", "javascript", false},
		{"java\tscript:alert(1)", "javascript", false},
		{"java\nscr\ript:alert(1)", "javascript", false},
		{"\tjavascript\t:alert(1)", "javascript", false},
		{"vbscript:msgbox(1)", "vbscript", false},
		{"data:text/html,<script>alert(1)</script>", "data", false},
		{"data:image/png;base64,iVBORw0KGgo=", "data", false},
		{"file:///etc/passwd", "file", false},
		{"c:\\tiedostot\\x.docx", "c", false},
		{"ftp://example.fi", "ftp", false},
		{"a+b-c.d:x", "a+b-c.d", false},
	} {
		scheme, ok := Check(tc.raw)
		if scheme != tc.scheme || ok != tc.ok {
			t.Errorf("Check(%q) = %q, %v; want %q, %v", tc.raw, scheme, ok, tc.scheme, tc.ok)
		}
	}
}

func TestAllowedIsACopy(t *testing.T) {
	a := Allowed()
	a[0] = "javascript"
	if _, ok := Check("javascript:x"); ok {
		t.Fatal("changing the result of Allowed changed what Check allows")
	}
}

// schemeRE is the URL standard's scheme, for the fuzz target's reference.
var schemeRE = regexp.MustCompile(`^[A-Za-z][A-Za-z0-9+.\-]*:`)

// FuzzCheck compares Check with two references on the same normalised
// input: the scheme grammar as a regular expression, and net/url, which
// reads schemes the same way wherever it parses the URL at all. It also
// checks that leading, trailing and inner white space and controls never
// change the verdict, and that Check never panics.
func FuzzCheck(f *testing.F) {
	for _, s := range []string{
		"", "https://example.fi", "HTTPS://x", "mailto:a@b.fi", "tel:+358", "#a", "?q", "/p", "../x.md", "//evil.example",
		"javascript:alert(1)", "JaVaScRiPt:x", "\x00 javascript:x", "java\tscript:x", "java\nscript:x", "java\rscript:x",
		"javaſcript:x", "ja%76ascript:x", "data:text/html,x", "vbscript:x", "file:///x", "c:\\x", "1a:b", "a:b", ":x",
		"x.md#a:b", "\u2028javascript:x", "javascript\x00:x",
	} {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, raw string) {
		scheme, ok := Check(raw)
		n := normalize(raw)

		// The grammar: a scheme is there exactly when the prefix matches.
		if m := schemeRE.FindString(n); strings.ToLower(strings.TrimSuffix(m, ":")) != scheme {
			t.Fatalf("Check(%q) scheme = %q; the grammar reads %q", raw, scheme, m)
		}
		// net/url reads the same scheme where it parses the URL.
		if u, err := url.Parse(n); err == nil && u.Scheme != scheme {
			t.Fatalf("Check(%q) scheme = %q; net/url reads %q", raw, scheme, u.Scheme)
		}
		if want := scheme == "" || slices.Contains(Allowed(), scheme); ok != want {
			t.Fatalf("Check(%q) = %q, %v", raw, scheme, ok)
		}
		if ok && scheme != "" && !strings.HasPrefix(strings.ToLower(n), scheme+":") {
			t.Fatalf("Check(%q) allows %q, but the URL does not start with it", raw, scheme)
		}
		// White space a browser ignores changes nothing.
		for _, v := range []string{" \x00" + raw + "\x1f ", "\t" + raw, raw[:len(raw)/2] + "\t\n\r" + raw[len(raw)/2:]} {
			if s2, ok2 := Check(v); s2 != scheme || ok2 != ok {
				t.Fatalf("Check(%q) = %q, %v but Check(%q) = %q, %v", raw, scheme, ok, v, s2, ok2)
			}
		}
	})
}

// normalize is the URL standard's pre-processing, written independently
// of Normalize: trim C0 controls and spaces, drop tabs and newlines.
func normalize(s string) string {
	s = strings.Trim(s, "\x00\x01\x02\x03\x04\x05\x06\x07\x08\x09\x0a\x0b\x0c\x0d\x0e\x0f\x10\x11\x12\x13\x14\x15\x16\x17\x18\x19\x1a\x1b\x1c\x1d\x1e\x1f ")
	return strings.NewReplacer("\t", "", "\n", "", "\r", "").Replace(s)
}
