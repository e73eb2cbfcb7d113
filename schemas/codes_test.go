package schemas

import (
	"encoding/json"
	"fmt"
	"io/fs"
	"sort"
	"strconv"
	"testing"
)

// TestEveryCodeIsLabelled checks that every code list of every schema
// (every "enum", outside the conditions and branches that only narrow a
// field defined elsewhere) gives each of its codes a label in Finnish,
// Swedish and English, and labels no code it lacks: the site shows codes
// by these labels, and editors by the enumDescriptions made from them.
func TestEveryCodeIsLabelled(t *testing.T) {
	names, _ := fs.Glob(FS, "*.json")
	lists := 0
	for _, name := range names {
		data, _ := fs.ReadFile(FS, name)
		var doc any
		if err := json.Unmarshal(data, &doc); err != nil {
			t.Fatalf("%s: %v", name, err)
		}
		eachEnum(doc, "", func(ptr string, s map[string]any) {
			lists++
			enum, _ := s["enum"].([]any)
			labels, _ := s["x-malli-enum-labels"].(map[string]any)
			codes := map[string]bool{}
			for _, e := range enum {
				code := fmt.Sprint(e)
				codes[code] = true
				l, _ := labels[code].(map[string]any)
				for _, lang := range []string{"fi", "sv", "en"} {
					if text, _ := l[lang].(string); text == "" {
						t.Errorf("%s#%s: code %q has no %s label", name, ptr, code, lang)
					}
				}
			}
			for code := range labels {
				if !codes[code] {
					t.Errorf("%s#%s: x-malli-enum-labels names %q, which is not a code of the enum", name, ptr, code)
				}
			}
		})
	}
	if lists < 10 {
		t.Errorf("found only %d code lists", lists)
	}
}

// eachEnum calls f for every schema with an "enum", except in conditions
// and branches (if, then, else, not, anyOf, oneOf).
func eachEnum(v any, ptr string, f func(string, map[string]any)) {
	switch v := v.(type) {
	case map[string]any:
		if _, ok := v["enum"]; ok {
			f(ptr, v)
		}
		for k, x := range v {
			switch k {
			case "if", "then", "else", "not", "anyOf", "oneOf", "enum", "x-malli-enum-labels", "x-malli-enum-facts":
				continue
			}
			eachEnum(x, ptr+"/"+k, f)
		}
	case []any:
		for i, x := range v {
			eachEnum(x, ptr+"/"+strconv.Itoa(i), f)
		}
	}
}

// codeList is a code list with labels and facts, as the schemas write it.
type codeList struct {
	Enum   []string                     `json:"enum"`
	Labels map[string]map[string]string `json:"x-malli-enum-labels"`
	Facts  map[string]json.RawMessage   `json:"x-malli-enum-facts"`
}

type period map[string]string

func (c codeList) periods(t *testing.T, code string) []period {
	t.Helper()
	raw := c.Facts[code]
	var many []period
	if err := json.Unmarshal(raw, &many); err == nil {
		return many
	}
	var one period
	if err := json.Unmarshal(raw, &one); err != nil {
		t.Fatalf("facts of %s: %v", code, err)
	}
	return []period{one}
}

func (p period) holds(day string) bool {
	return (p["from"] == "" || p["from"] <= day) && (p["to"] == "" || day <= p["to"])
}

func readDefs(t *testing.T) (regions, counties, municipalities codeList) {
	t.Helper()
	var defs struct {
		Defs map[string]codeList `json:"$defs"`
	}
	data, _ := fs.ReadFile(FS, "defs.schema.json")
	if err := json.Unmarshal(data, &defs); err != nil {
		t.Fatal(err)
	}
	data, _ = fs.ReadFile(FS, "municipalities.schema.json")
	if err := json.Unmarshal(data, &municipalities); err != nil {
		t.Fatal(err)
	}
	return defs.Defs["region_code"], defs.Defs["wellbeing_county_code"], municipalities
}

// TestRegionsAndCounties checks the wellbeing services counties' regions
// against Statistics Finland's correspondence: region 01 (Uusimaa) has
// counties 01–04 and 90, region 02 county 05, region 04 county 06, and
// from there each region n county n+2 up to 19 → 21; Åland (21) has none.
func TestRegionsAndCounties(t *testing.T) {
	regions, counties, _ := readDefs(t)
	want := map[string]string{"01": "01", "02": "01", "03": "01", "04": "01", "90": "01", "05": "02", "06": "04"}
	for n := 7; n <= 21; n++ {
		want[fmt.Sprintf("%02d", n)] = fmt.Sprintf("%02d", n-2)
	}
	isRegion := map[string]bool{}
	for _, r := range regions.Enum {
		isRegion[r] = true
	}
	hasCounty := map[string]bool{}
	for _, c := range counties.Enum {
		ps := counties.periods(t, c)
		if len(ps) != 1 || ps[0]["region"] != want[c] || !isRegion[ps[0]["region"]] {
			t.Errorf("county %s: facts %v, want region %s", c, ps, want[c])
		}
		hasCounty[ps[0]["region"]] = true
	}
	if len(counties.Enum) != len(want) {
		t.Errorf("%d counties, want %d", len(counties.Enum), len(want))
	}
	for _, r := range regions.Enum {
		if hasCounty[r] != (r != "21") {
			t.Errorf("region %s: has a county %v", r, hasCounty[r])
		}
	}
}

// TestMunicipalities checks the municipality code list: the number in
// force at the start of each year (310 in 2020, 309 in 2021–2024 after 099
// Honkajoki merged into 214 Kankaanpää, 308 in 2025–2026 after 588
// Pertunmaa merged into 507 Mäntyharju), names in Finnish, Swedish and
// English, and in every period a region and, except in Åland and for
// Honkajoki, a county of the region (as the region was when the county
// was made, 2021 on).
func TestMunicipalities(t *testing.T) {
	regions, counties, m := readDefs(t)
	if !sort.StringsAreSorted(m.Enum) {
		t.Error("the municipality codes are not in order")
	}
	isRegion := map[string]bool{}
	for _, r := range regions.Enum {
		isRegion[r] = true
	}
	countyRegion := map[string]string{}
	for _, c := range counties.Enum {
		countyRegion[c] = counties.periods(t, c)[0]["region"]
	}
	seen := map[string]bool{}
	for _, code := range m.Enum {
		if seen[code] || len(code) != 3 || code == "000" || code == "999" {
			t.Errorf("code %q repeated or not a municipality number", code)
		}
		seen[code] = true
		for _, lang := range []string{"fi", "sv", "en"} {
			if m.Labels[code][lang] == "" {
				t.Errorf("%s has no %s name", code, lang)
			}
		}
		ps := m.periods(t, code)
		for i, p := range ps {
			if !isRegion[p["region"]] {
				t.Errorf("%s: period %d has region %q", code, i, p["region"])
			}
			c, has := p["county"]
			switch {
			case p["region"] == "21" || code == "099":
				if has {
					t.Errorf("%s: has county %s", code, c)
				}
			case countyRegion[c] == "":
				t.Errorf("%s: period %d has county %q", code, i, c)
			case (p["to"] == "" || p["to"] >= "2021-01-01") && countyRegion[c] != p["region"]:
				t.Errorf("%s: county %s is in region %s, the municipality in %s", code, c, countyRegion[c], p["region"])
			}
			if i > 0 && ps[i-1]["to"] >= p["from"] {
				t.Errorf("%s: periods %d and %d overlap", code, i-1, i)
			}
		}
	}
	for year, want := range map[int]int{2020: 310, 2021: 309, 2022: 309, 2023: 309, 2024: 309, 2025: 308, 2026: 308} {
		day := fmt.Sprintf("%d-01-01", year)
		n := 0
		for _, code := range m.Enum {
			for _, p := range m.periods(t, code) {
				if p.holds(day) {
					n++
					break
				}
			}
		}
		if n != want {
			t.Errorf("%s: %d municipalities in force, want %d", day, n, want)
		}
	}
	// Facts as Statistics Finland gives them.
	for code, want := range map[string]string{
		"091": "Helsinki/Helsingfors", "245": "Kerava/Kervo", "146": "Ilomantsi/Ilomants",
		"478": "Maarianhamina/Mariehamn", "152": "Isokyrö/Storkyro",
	} {
		if got := m.Labels[code]["fi"] + "/" + m.Labels[code]["sv"]; got != want {
			t.Errorf("%s: %s, want %s", code, got, want)
		}
	}
	for code, want := range map[string]string{
		"099": "[map[region:04 replaced_by:214 to:2020-12-31]]",
		"588": "[map[county:12 region:10 replaced_by:507 to:2024-12-31]]",
		"291": "[map[county:08 region:13 to:2020-12-31] map[county:08 from:2021-01-01 region:06]]",
		"091": "[map[county:90 region:01]]",
	} {
		if got := fmt.Sprint(m.periods(t, code)); got != want {
			t.Errorf("%s: facts %s, want %s", code, got, want)
		}
	}
}
