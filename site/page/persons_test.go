package page_test

import (
	"slices"
	"testing"

	"github.com/malli-fi/malli/site/page"
)

func TestIdentityCodes(t *testing.T) {
	for _, c := range []struct {
		in   string
		want []int
	}{
		{"131052-308T", []int{0}},                    // DVV's example
		{"Maija 131052-308T, Matti", []int{6}},       // in text
		{"131052-308t", []int{0}},                    // lower-case check character
		{"010594Y9021 ja 010516B902W", []int{0, 15}}, // century signs from 2023
		{"290200A002C", []int{0}},                    // 29 February 2000
		{"290201A002C", nil},                         // no 29 February 2001
		{"131052-308U", nil},                         // wrong check character
		{"311352-308T", nil},                         // no such date
		{"131052-001T", nil},                         // individual number never issued
		{"131052G308T", nil},                         // no such century sign
		{"x131052-308T", nil},                        // part of a longer word
		{"131052-308T5", nil},
		{"2021-01-15", nil}, // a date
		{"9934567-3", nil},  // a business id
		{"+358 40 123 4567", nil},
		{"", nil},
	} {
		if got := page.IdentityCodes(c.in); !slices.Equal(got, c.want) {
			t.Errorf("IdentityCodes(%q) = %v, want %v", c.in, got, c.want)
		}
	}
}
