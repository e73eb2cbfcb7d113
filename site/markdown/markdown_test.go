package markdown

import (
	"slices"
	"strings"
	"testing"
)

func TestSlug(t *testing.T) {
	for _, tc := range []struct{ in, want string }{
		{"Kohderyhmä ja asiakasymmärrys", "kohderyhma-ja-asiakasymmarrys"},
		{"Toimintaympäristö", "toimintaymparisto"},
		{"Åland ja Närpes", "aland-ja-narpes"},
		{"1. Työkyvyn tuki osaksi sote-keskusta", "1-tyokyvyn-tuki-osaksi-sote-keskusta"},
		{"  Arvot & periaatteet!  ", "arvot-periaatteet"},
		{"SHL 36 §", "shl-36"},
		{"§§", ""},
	} {
		if got := Slug(tc.in); got != tc.want {
			t.Errorf("Slug(%q) = %q, want %q", tc.in, got, tc.want)
		}
	}
}

func TestParseRecordsHeadingsAndLinks(t *testing.T) {
	body := "# Otsikko\n\n## Tausta\n\nKatso [mallia *x*](../toimintamallit/x.md#osio) ja ![kuva](k.png).\n\n## Tausta\n"
	d := Parse([]byte(body))
	wantHeadings := []Heading{
		{1, "Otsikko", "otsikko", 0},
		{2, "Tausta", "tausta", 11},
		{2, "Tausta", "tausta-1", strings.LastIndex(body, "## Tausta")},
	}
	if len(d.Headings) != len(wantHeadings) {
		t.Fatalf("headings = %+v", d.Headings)
	}
	for i, h := range d.Headings {
		if h != wantHeadings[i] {
			t.Errorf("heading %d = %+v, want %+v", i, h, wantHeadings[i])
		}
	}
	if len(d.Links) != 2 {
		t.Fatalf("links = %+v", d.Links)
	}
	for i, want := range []struct {
		dest   string
		image  bool
		prefix string
	}{{"../toimintamallit/x.md#osio", false, "[mallia"}, {"k.png", true, "![kuva"}} {
		l := d.Links[i]
		if l.Dest != want.dest || l.Image != want.image || !strings.HasPrefix(body[l.Offset:], want.prefix) {
			t.Errorf("link %d = %q image=%v at %q, want %q image=%v at %q", i, l.Dest, l.Image, body[l.Offset:l.Offset+6], want.dest, want.image, want.prefix)
		}
	}
}

func TestLinkOffsets(t *testing.T) {
	body := "Ensimmäinen rivi\nja kuva ![](puuttuu.png) tässä.\n\n[![kuva](k.png)](sisalla.md) ja [*a*](x.md) [b](x.md) [c][viite]\n\n[viite]: y.md\n"
	d := Parse([]byte(body))
	want := map[string][]string{
		"puuttuu.png": {"![](puuttuu.png)"},
		"sisalla.md":  {"[![kuva](k.png)](sisalla.md)"},
		"k.png":       {"![kuva](k.png)"},
		"x.md":        {"[*a*](x.md)", "[b](x.md)"},
		"y.md":        {"[c][viite]"},
	}
	for _, l := range d.Links {
		w := want[l.Dest]
		if len(w) == 0 {
			t.Errorf("unexpected link %q", l.Dest)
			continue
		}
		if !strings.HasPrefix(body[l.Offset:], w[0]) {
			t.Errorf("link %q at %q, want at %q", l.Dest, body[l.Offset:min(len(body), l.Offset+20)], w[0])
		}
		want[l.Dest] = w[1:]
	}
}

func TestRender(t *testing.T) {
	d := Parse([]byte("[a](x.md) [b](javascript:alert(1)) <script>alert(1)</script>\n\n| a | b |\n|---|---|\n| 1 | 2 |\n\n- [x] tehty\n\n~~pois~~ https://example.org ja viite[^1].\n\n[^1]: Alaviite.\n"))
	html := d.Fill([]Target{{Set: true, Href: "/uusi/", HrefLang: "fi"}})
	for _, want := range []string{`<a href="/uusi/" hreflang="fi">a</a> b <!--`, "<table>", `type="checkbox"`, "<del>pois</del>", `<a href="https://example.org">`, `class="footnotes"`} {
		if !strings.Contains(string(html), want) {
			t.Errorf("Fill lacks %q:\n%s", want, html)
		}
	}
	if strings.Contains(string(html), "<script>") || strings.Contains(string(html), `href=""`) {
		t.Errorf("raw HTML was rendered:\n%s", html)
	}
	if got, want := Parse([]byte("# Otsikko\n\nTeksti *korostettu*.\n")).Text(), "Otsikko\nTeksti korostettu."; got != want {
		t.Errorf("Text() = %q, want %q", got, want)
	}
}

// TestLinkOffsetsFromBrackets checks positions that a search for "](dest"
// in the body got wrong: the link's own "[" comes from goldmark.
func TestLinkOffsetsFromBrackets(t *testing.T) {
	for _, tc := range []struct {
		body string
		want []int // offsets of the links, in document order
	}{
		{"[x](a.mdx) [y](a.md)", []int{0, 11}},
		{"`[no](n.md)` [yes](n.md)", []int{13}},
		{"[j](<x y.md>) [k](x y.md)", []int{0}},
		{"[![i][r]][r]\n\n[r]: z.md\n", []int{0, 1}},
		{"Teksti [][r].\n\n[r]: z.md\n", []int{7}},
		{"[a\\]b](x.md) \\[ [c](y.md)", []int{0, 16}},
		{"| a |\n|---|\n| x [t](t.md) |\n", []int{16}},
		{"> - [l](l.md) ![k](k.png)\n", []int{4, 14}},
	} {
		d := Parse([]byte(tc.body))
		var got []int
		for _, l := range d.Links {
			got = append(got, l.Offset)
		}
		if !slices.Equal(got, tc.want) {
			t.Errorf("Parse(%q): link offsets %v, want %v", tc.body, got, tc.want)
		}
	}
}

// TestHeadingIDs checks the suffixes of repeated, taken and reserved slugs.
func TestHeadingIDs(t *testing.T) {
	for _, tc := range []struct {
		body     string
		reserved []string
		want     []string
	}{
		{"# x\n# x\n# x\n", nil, []string{"x", "x-1", "x-2"}},
		{"# x 1\n# x\n# x\n# x\n", nil, []string{"x-1", "x", "x-2", "x-3"}},
		{"# x\n# x 2\n# x\n# x\n# x-1\n", nil, []string{"x", "x-2", "x-1", "x-3", "x-1-1"}},
		{"# §\n# !\n", nil, []string{"osio", "osio-1"}},
		{"# Sisältö\n# Sisältö\n# Sivu sisällys\n", []string{"sisalto", "sivu-sisallys"}, []string{"sisalto-1", "sisalto-2", "sivu-sisallys-1"}},
		{"# Muu\n", []string{"sisalto"}, []string{"muu"}},
	} {
		d := Parse([]byte(tc.body), ReservedIDs(tc.reserved...))
		var got []string
		for _, h := range d.Headings {
			got = append(got, h.ID)
		}
		if !slices.Equal(got, tc.want) {
			t.Errorf("Parse(%q, ReservedIDs(%q)): ids %q, want %q", tc.body, tc.reserved, got, tc.want)
		}
		html := d.Fill(nil)
		for _, id := range got {
			if !strings.Contains(string(html), `id="`+id+`"`) {
				t.Errorf("Parse(%q): rendered HTML lacks id %q:\n%s", tc.body, id, html)
			}
		}
	}
}

func TestTableAlignmentByClass(t *testing.T) {
	html := string(Parse([]byte("| a | b | c |\n|:--|:-:|--:|\n| 1 | 2 | 3 |\n")).Fill(nil))
	for _, want := range []string{`<th class="align-left">a</th>`, `<td class="align-center">2</td>`, `<td class="align-right">3</td>`} {
		if !strings.Contains(html, want) {
			t.Errorf("table lacks %s:\n%s", want, html)
		}
	}
	if strings.Contains(html, "style=") {
		t.Errorf("table has a style attribute:\n%s", html)
	}
}

func TestLangSpan(t *testing.T) {
	for in, want := range map[string]string{
		"Työtön [työtön]{lang=fi} on.":          `<p>Työtön <span lang="fi">työtön</span> on.</p>`,
		"[a \\] b]{lang=se} ja [c]{lang=en-GB}": `<p><span lang="se">a ] b</span> ja <span lang="en-GB">c</span></p>`,
		"[x]{lang=finnish} [y](https://e.fi)":   `<p>[x]{lang=finnish} <a href="https://e.fi">y</a></p>`,
		"[<b>]{lang=fi}":                        `<p><span lang="fi">&lt;b&gt;</span></p>`,
		"[x]{lang=\"><script>}":                 `<p>[x]{lang=&quot;&gt;<!-- raw HTML omitted -->}</p>`,
	} {
		got := strings.TrimSpace(string(Parse([]byte(in)).Fill(nil)))
		if got != want {
			t.Errorf("%q:\n got %s\nwant %s", in, got, want)
		}
	}
}
