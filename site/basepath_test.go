package site

import "testing"

func TestBasePath(t *testing.T) {
	for _, tc := range []struct{ in, want string }{
		{"", "/"},
		{"/", "/"},
		{"/malli", "/malli/"},
		{"/malli/", "/malli/"},
		{"https://org.github.io", "/"},
		{"https://org.github.io/repo", "/repo/"},
		{"https://org.github.io/repo/?a=1#x", "/repo/"},
	} {
		if got, err := BasePath(tc.in); err != nil || got != tc.want {
			t.Errorf("BasePath(%q) = %q, %v; want %q", tc.in, got, err, tc.want)
		}
	}
	for _, bad := range []string{"malli", "org.github.io/repo", "https://", "%zz"} {
		if got, err := BasePath(bad); err == nil {
			t.Errorf("BasePath(%q) = %q, want an error", bad, got)
		}
	}
}
