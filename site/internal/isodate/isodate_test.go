package isodate

import "testing"

func TestFinnish(t *testing.T) {
	for in, want := range map[string]string{"2020-01-01": "1.1.2020", "2022-12-31": "31.12.2022", "2021-10-05": "5.10.2021"} {
		if got, ok := Finnish(in); !ok || got != want {
			t.Errorf("Finnish(%q) = %q, %v; want %q", in, got, ok, want)
		}
	}
	for _, in := range []string{"2020-1-01", "20200101xx", "abcd-ef-gh", "", "2020-01-01T00"} {
		if got, ok := Finnish(in); ok || got != in {
			t.Errorf("Finnish(%q) = %q, %v; want it as it is", in, got, ok)
		}
	}
}
