package export

import (
	"encoding/csv"
	"strings"
	"testing"
)

func TestCSV(t *testing.T) {
	got := string(CSV(Table{
		Header: []string{"nimi", "tuki (€)", "osuus", "alkaa", "kunnat"},
		Rows: [][]Cell{
			{Text(`Hanke "A"; osa 1`), Number("700000"), Number("0.778"), Date("2020-06-01"), List([]string{"091 Helsinki", "049 Espoo"})},
			{Text("=HYPERLINK(\"x\")"), Number("-12.5"), Number("0"), Date("2020"), Text("rivi 1\nrivi 2")},
		},
	}))
	want := "\uFEFFnimi;tuki (€);osuus;alkaa;kunnat\r\n" +
		"\"Hanke \"\"A\"\"; osa 1\";700000;0,778;1.6.2020;091 Helsinki, 049 Espoo\r\n" +
		"\"'=HYPERLINK(\"\"x\"\")\";-12,5;0;2020;\"rivi 1\nrivi 2\"\r\n"
	if got != want {
		t.Fatalf("got\n%q\nwant\n%q", got, want)
	}
	r := csv.NewReader(strings.NewReader(strings.TrimPrefix(got, "\uFEFF")))
	r.Comma = ';'
	rows, err := r.ReadAll()
	if err != nil {
		t.Fatal(err)
	}
	if len(rows) != 3 || rows[1][0] != `Hanke "A"; osa 1` || rows[2][4] != "rivi 1\nrivi 2" {
		t.Errorf("a CSV reader reads %q", rows)
	}
}
