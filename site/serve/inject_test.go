package serve

import (
	"bytes"
	"testing"

	"github.com/malli-fi/malli/site/diag"
)

func TestRelax(t *testing.T) {
	for _, tt := range []struct{ in, want string }{
		{"default-src 'none'; script-src 'none'; style-src 'self'; img-src 'self'; object-src 'none'; frame-src 'none'; base-uri 'none'; form-action 'none'",
			"default-src 'none'; script-src 'self'; style-src 'self'; img-src 'self'; object-src 'none'; frame-src 'none'; base-uri 'none'; form-action 'none'; connect-src 'self'"},
		{"default-src 'none'", "default-src 'none'; script-src 'self'; connect-src 'self'; style-src 'self'"},
		{"default-src 'self'", "default-src 'self'"},
		{"default-src https://a.example", "default-src https://a.example; script-src https://a.example 'self'; connect-src https://a.example 'self'; style-src https://a.example 'self'"},
		{"script-src https://cdn.example; connect-src 'none'", "script-src https://cdn.example 'self'; connect-src 'self'"},
		{"  Script-Src   'NONE' ;; ", "script-src 'self'"},
		{"script-src 'none'; script-src https://x.example", "script-src 'self'"}, // the repeat is ignored by browsers too
		{"frame-ancestors 'none'", "frame-ancestors 'none'"},
		{"", ""},
	} {
		if got := relax(tt.in); got != tt.want {
			t.Errorf("relax(%q)\n = %q\nwant %q", tt.in, got, tt.want)
		}
	}
}

func TestInject(t *testing.T) {
	st := &state{token: "T", overlay: map[diag.Lang]string{diag.FI: "[fi]", diag.SV: "[sv]", diag.EN: "[en]"}}
	const live = `<meta name="malli-build" content="T"><link rel="stylesheet" href="/_malli/live.css"><script src="/_malli/live.js" defer></script>`
	for _, tt := range []struct {
		name, in, want string
		lang           diag.Lang // of the path
	}{
		{"plain", `<html><head></head><body><p>x</p></body></html>`,
			`<html><head>` + live + `</head><body>[fi]<p>x</p></body></html>`, diag.FI},
		{"the path's language", `<html><head></head><body></body></html>`,
			`<html><head>` + live + `</head><body>[sv]</body></html>`, diag.SV},
		{"<html lang> wins", `<html lang="en-GB"><head></head><body></body></html>`,
			`<html lang="en-GB"><head>` + live + `</head><body>[en]</body></html>`, diag.SV},
		{"an unknown lang", `<html lang="de"><head></head><body></body></html>`,
			`<html lang="de"><head>` + live + `</head><body>[sv]</body></html>`, diag.SV},
		{"unquoted lang, upper case", `<HTML LANG=sv><HEAD></HEAD><BODY CLASS="a b">x</BODY></HTML>`,
			`<HTML LANG=sv><HEAD>` + live + `</HEAD><BODY CLASS="a b">[sv]x</BODY></HTML>`, diag.FI},
		{"no </head>", `<html><body>x</body></html>`, `<html><body>x</body></html>`, diag.FI},
		{"no </head> but in a comment", `<!-- </head> --><p>x`, `<!-- </head> --><p>x`, diag.FI},
		{"</head> in a script, a comment and a title",
			`<head><script>var s = "</head><body>";</script><!-- </head> --><title></head></title></head><body>`,
			`<head><script>var s = "</head><body>";</script><!-- </head> --><title></head></title>` + live + `</head><body>[fi]`, diag.FI},
		{"<body> in an attribute", `<head><meta name="x" content="<body>"></head><body>`,
			`<head><meta name="x" content="<body>">` + live + `</head><body>[fi]`, diag.FI},
		{"no <body>", `<head></head><p>x`, `<head>` + live + `</head>[fi]<p>x`, diag.FI},
		{"<body> before </head>", `<head><body></head>`, `<head><body></head>`, diag.FI},
		{"the policy, single-quoted and in capitals",
			`<head><META HTTP-EQUIV=content-security-policy CONTENT='script-src &#39;none&#39;'></head><body>`,
			`<head><META HTTP-EQUIV=content-security-policy content="script-src 'self'">` + live + `</head><body>[fi]`, diag.FI},
		{"every policy in <head>, none after",
			`<head><meta http-equiv="Content-Security-Policy" content="default-src 'none'"><meta content="script-src 'none'" http-equiv="Content-Security-Policy"></head><body><meta http-equiv="Content-Security-Policy" content="script-src 'none'">`,
			`<head><meta http-equiv="Content-Security-Policy" content="default-src 'none'; script-src 'self'; connect-src 'self'; style-src 'self'"><meta content="script-src 'self'" http-equiv="Content-Security-Policy">` + live + `</head><body>[fi]<meta http-equiv="Content-Security-Policy" content="script-src 'none'">`, diag.FI},
		{"a meta that is no policy", `<head><meta name="Content-Security-Policy" content="script-src 'none'"></head>`,
			`<head><meta name="Content-Security-Policy" content="script-src 'none'">` + live + `</head>[fi]`, diag.FI},
		{"an unclosed tag", `<head></head><body`, `<head>` + live + `</head>[fi]<body`, diag.FI},
		{"an unclosed comment", `<head><!-- </head>`, `<head><!-- </head>`, diag.FI},
		{"abrupt comments", `<head><!--><!---></head><body>`, `<head><!--><!--->` + live + `</head><body>[fi]`, diag.FI},
		{"empty", ``, ``, diag.FI},
	} {
		t.Run(tt.name, func(t *testing.T) {
			in := []byte(tt.in)
			got := inject(in, st, tt.lang)
			if string(got) != tt.want {
				t.Errorf("inject(%q)\n = %q\nwant %q", tt.in, got, tt.want)
			}
			if string(in) != tt.in {
				t.Errorf("inject changed its input to %q", in)
			}
		})
	}

	// Without problems, no overlay.
	got := inject([]byte(`<head></head><body>`), &state{token: "T"}, diag.FI)
	if want := `<head>` + live + `</head><body>`; string(got) != want {
		t.Errorf("inject with no overlay = %q, want %q", got, want)
	}
	// The input's spare capacity is not written to.
	buf := make([]byte, 0, 1024)
	buf = append(buf, `<head></head><body>x`...)
	spare := bytes.Clone(buf[:cap(buf)])
	inject(buf, st, diag.FI)
	if !bytes.Equal(buf[:cap(buf)], spare) {
		t.Errorf("inject wrote into its input's spare capacity")
	}
}

// FuzzInject checks that inject never panics and keeps the page's bytes:
// what it returns is the page with text inserted and policies rewritten.
func FuzzInject(f *testing.F) {
	for _, s := range []string{`<html lang=sv><head><meta http-equiv=content-security-policy content="script-src 'none'"></head><body>`, `<head><script></head>`, `<a b='c' d=e f>`, `<!--`, `</`, `<a`, `<a b=`, `<a b="`} {
		f.Add(s)
	}
	st := &state{token: "T", overlay: map[diag.Lang]string{diag.FI: "[fi]", diag.SV: "[sv]", diag.EN: "[en]"}}
	f.Fuzz(func(t *testing.T, page string) {
		in := []byte(page)
		out := inject(in, st, diag.FI)
		if string(in) != page {
			t.Fatalf("inject changed its input")
		}
		if !bytes.Contains([]byte(page), []byte("</")) && len(out) != len(in) {
			t.Errorf("inject(%q) = %q: a page without an end tag changed", page, out)
		}
	})
}
