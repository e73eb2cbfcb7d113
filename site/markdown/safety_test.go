package markdown

import (
	"strings"
	"testing"
)

func TestRefusedURLs(t *testing.T) {
	body := "[a](javascript:alert(1)) ja ![kuva](DATA:text/html,x) ja [b](https://example.fi)\n" +
		"[c](&#106;avascript:alert(1)) [d](<java\tscript:x>) [e](java\\:script) [f](x.md)\n" +
		"<javascript:alert(1)> <vbscript:x> <https://example.fi> <kirjaamo@example.fi> www.example.fi\n" +
		"[g][paha] [h][hyva] [paha]\n\n" +
		"[paha]: javascript:alert(1)\n" +
		"  [hyva]: ../x.md\n" +
		"[kayttamaton]: <data:text/html,x> \"otsikko\"\n"
	d := Parse([]byte(body))
	var got []string
	for _, u := range d.RefusedURLs {
		got = append(got, u.Scheme+" "+body[u.Offset:u.Offset+strings.IndexAny(body[u.Offset+1:], "]>")+2])
	}
	want := []string{
		"javascript [a]",
		"data ![kuva]",
		"javascript [c]",
		"javascript [d]",
		"java [e]",
		"javascript <javascript:alert(1)>",
		"vbscript <vbscript:x>",
		"javascript [paha]",
		"data [kayttamaton]",
	}
	if strings.Join(got, "\n") != strings.Join(want, "\n") {
		t.Errorf("RefusedURLs:\n%s\nwant:\n%s", strings.Join(got, "\n"), strings.Join(want, "\n"))
	}

	refused := map[string]bool{}
	for _, l := range d.Links {
		refused[body[l.Offset:l.Offset+3]] = l.Refused
	}
	for start, want := range map[string]bool{
		"[a]": true, "![k": true, "[b]": false, "[c]": true, "[f]": false,
		"<ja": true, "<ht": false, "<ki": false, "www": false,
		"[g]": true, "[h]": false, "[pa": true, // reference links: refused with their definition, which is reported
	} {
		if got, ok := refused[start]; !ok || got != want {
			t.Errorf("link at %q: refused = %v (found %v), want %v", start, got, ok, want)
		}
	}
}

func TestAutoLinks(t *testing.T) {
	body := "Katso <https://example.fi/a>, *<mailto:kirjaamo@example.fi>*, www.example.fi ja kirjaamo@example.fi.\n"
	d := Parse([]byte(body))
	want := []struct{ dest, at string }{
		{"https://example.fi/a", "<https://example.fi/a>"},
		{"mailto:kirjaamo@example.fi", "<mailto:"},
		{"http://www.example.fi", "www.example.fi"},
		{"mailto:kirjaamo@example.fi", "kirjaamo@example.fi."},
	}
	if len(d.Links) != len(want) {
		t.Fatalf("links = %+v", d.Links)
	}
	for i, w := range want {
		l := d.Links[i]
		if l.Dest != w.dest || !l.Auto || l.Refused || !strings.HasPrefix(body[l.Offset:], w.at) {
			t.Errorf("link %d = %q auto=%v refused=%v at %q, want %q at %q", i, l.Dest, l.Auto, l.Refused, body[l.Offset:], w.dest, w.at)
		}
	}
}

func TestRawHTML(t *testing.T) {
	body := "Teksti <b>lihava</b> ja <!-- kommentti -->.\n\n  <div>\nlohko\n</div>\n\n`<i>koodia</i>`\n\n    <p>sisennetty koodi</p>\n"
	d := Parse([]byte(body))
	var got []string
	for _, off := range d.RawHTML {
		got = append(got, body[off:off+4])
	}
	if want := "<b>l </b> <!-- <div"; strings.Join(got, " ") != want {
		t.Errorf("RawHTML at %q, want %q", strings.Join(got, " "), want)
	}
}

func TestRenderRefused(t *testing.T) {
	body := "[linkki *x*](javascript:alert(1)) ![kuva](data:image/png;base64,AAAA) <javascript:alert(1)> [viite][r] [ok](https://example.fi) ![ok](k.png) <https://example.fi>\n\n[r]: vbscript:x\n"
	html := Parse([]byte(body)).Fill(nil)
	want := `<p>linkki <em>x</em> kuva javascript:alert(1) viite <a href="https://example.fi">ok</a> <img src="k.png" alt="ok"> <a href="https://example.fi">https://example.fi</a></p>` + "\n"
	if string(html) != want {
		t.Errorf("Fill(nil) =\n%s\nwant\n%s", html, want)
	}
}
