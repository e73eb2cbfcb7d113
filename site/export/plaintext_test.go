package export

import "testing"

func TestPlainTextSameAsTidy(t *testing.T) {
	for in, want := range map[string]string{
		"<p>Yksi\nkaksi  </p>\n<ul>\n<li>a</li>\n<li>b &amp; c</li>\n</ul>\n<h2 id=\"x\">Otsikko</h2>\n<p>Loppu</p>": "Yksi\nkaksi\n\n- a\n- b & c\n\nOtsikko\n\nLoppu",
		"<table><thead><tr><th>A</th><th>B</th></tr></thead><tbody><tr><td>1</td><td>2</td></tr></tbody></table>":    "A\tB\n1\t2",
		"  <p> </p> <p>x<br>\ny</p>": "x\ny",
	} {
		if got := PlainText(in); got != want {
			t.Errorf("PlainText(%q) = %q, want %q", in, got, want)
		}
	}
}
