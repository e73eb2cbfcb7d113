package watch

import (
	"fmt"
	"strings"
	"syscall"
	"testing"
)

func TestSideFile(t *testing.T) {
	for name, want := range map[string]bool{
		"a.md~":            true,
		".a.md.swp":        true,
		".a.md.swo":        true,
		".a.md.swx":        true,
		".#a.md":           true,
		"#a.md#":           true,
		".DS_Store":        true,
		"a.md___jb_tmp___": true,
		"a.md___jb_old___": true,
		"a.md.vsctmp":      true,
		"a.md":             false,
		"4913":             false, // transient only
		"a.md.tmp":         false, // transient only
		"#":                false,
		"#1-otsikko.md":    false,
		".gitkeep":         false,
		"swp":              false,
	} {
		if got := sideFile(name); got != want {
			t.Errorf("sideFile(%q) = %v, want %v", name, got, want)
		}
	}
}

func TestTransient(t *testing.T) {
	for name, want := range map[string]bool{
		"4913":     true,
		"4914":     true,
		"a.md.tmp": true,
		"2024":     true, // but reported when it is still there
		"2024.md":  false,
		"a.md":     false,
	} {
		if got := transient(name); got != want {
			t.Errorf("transient(%q) = %v, want %v", name, got, want)
		}
	}
}

func TestLimitHint(t *testing.T) {
	for _, tc := range []struct {
		err  error
		want string
	}{
		{syscall.ENOSPC, "raise it, e.g. sudo sysctl fs.inotify.max_user_watches="},
		{fmt.Errorf("couldn't initialize inotify: %w", syscall.EMFILE), "sudo sysctl fs.inotify.max_user_instances="},
		{syscall.EACCES, ""},
	} {
		got := limitHint(tc.err)
		if tc.want == "" && got != "" || !strings.Contains(got, tc.want) {
			t.Errorf("limitHint(%v) = %q, want it to contain %q", tc.err, got, tc.want)
		}
	}
}
