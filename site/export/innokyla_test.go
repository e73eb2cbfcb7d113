package export

import "testing"

func TestPasteText(t *testing.T) {
	abs := Site{origin: "https://malli.example"}
	for _, tc := range []struct {
		name string
		s    Site
		html string
		want string
	}{
		{"soft line breaks are spaces", Site{}, "<p>Yksi\nkaksi  kolme.</p>\n<p>Toinen\nkappale.</p>\n", "Yksi kaksi kolme.\n\nToinen kappale."},
		{"inline markup", Site{}, "<p>Tämä on <strong>tärkeä</strong> ja <em>hyvä</em>.</p>", "Tämä on tärkeä ja hyvä."},
		{"character references", Site{}, "<p>A &amp; B &lt;c&gt; &quot;d&quot;</p>", `A & B <c> "d"`},
		{"a bullet list, one item a line", Site{}, "<p>Ennen</p>\n<ul>\n<li>yksi\njatkuu</li>\n<li>kaksi</li>\n</ul>\n<p>Jälkeen</p>", "Ennen\n\n- yksi jatkuu\n- kaksi\n\nJälkeen"},
		{"a numbered list keeps its numbers", Site{}, "<ol start=\"3\">\n<li>kolme</li>\n<li>neljä</li>\n</ol>", "3. kolme\n4. neljä"},
		{"a loose list", Site{}, "<ol>\n<li>\n<p>yksi</p>\n</li>\n<li>\n<p>kaksi</p>\n</li>\n</ol>", "1. yksi\n2. kaksi"},
		{"a nested list is indented", Site{}, "<ul>\n<li>a\n<ul>\n<li>b</li>\n</ul>\n</li>\n<li>c</li>\n</ul>", "- a\n  - b\n- c"},
		{"headings", Site{}, "<h3 id=\"x\">1. Vaihe</h3>\n<p>Teksti.</p>", "1. Vaihe\n\nTeksti."},
		{"a hard line break", Site{}, "<p>rivi<br />\ntoinen</p>", "rivi\ntoinen"},
		{"preformatted text as it is", Site{}, "<pre><code>a  b\n  c\n</code></pre>\n<p>d</p>", "a  b\n  c\n\nd"},
		{"a table, cells by tabs", Site{}, "<table>\n<thead>\n<tr>\n<th>A</th>\n<th>B</th>\n</tr>\n</thead>\n<tbody>\n<tr>\n<td>1</td>\n<td>2</td>\n</tr>\n</tbody>\n</table>", "A\tB\n1\t2"},
		{"an outside link's URL follows its text", Site{}, `<p>Katso <a href="https://innokyla.fi/">Innokylä</a>.</p>`, "Katso Innokylä (https://innokyla.fi/)."},
		{"a link that is its URL", Site{}, `<p><a href="https://innokyla.fi/">https://innokyla.fi/</a></p>`, "https://innokyla.fi/"},
		{"a site link, relative base URL: text only", Site{}, `<p>Katso <a href="/hankkeet/x/">hanke</a>.</p>`, "Katso hanke."},
		{"a site link, absolute base URL", abs, `<p>Katso <a href="/hankkeet/x/#a">hanke</a>.</p>`, "Katso hanke (https://malli.example/hankkeet/x/#a)."},
		{"an anchor link: text only", abs, `<p><a href="#a">alla</a></p>`, "alla"},
	} {
		if got := tc.s.pasteText(tc.html); got != tc.want {
			t.Errorf("%s: pasteText(%q) =\n%q\nwant\n%q", tc.name, tc.html, got, tc.want)
		}
	}
}

func TestJoinValues(t *testing.T) {
	for _, tc := range []struct {
		in   []string
		want string
	}{
		{[]string{"1.10.2020", "31.12.2022"}, "1.10.2020–31.12.2022"},
		{[]string{"1.10.2020", ""}, "1.10.2020"},
		{[]string{"Nimi", "", "x@y.fi"}, "Nimi\nx@y.fi"},
		{nil, ""},
	} {
		if got := joinValues(tc.in); got != tc.want {
			t.Errorf("joinValues(%q) = %q, want %q", tc.in, got, tc.want)
		}
	}
}
