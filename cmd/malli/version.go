package main

import (
	"fmt"
	"runtime"
	"runtime/debug"

	"github.com/malli-fi/malli/site/diag"
)

var msgModified = words{FI: "muokattu", SV: "ändrad", EN: "modified"}

// version is malli version.
func (c *cli) version(p *parsed) int {
	if p.cmd != nil && !c.noArgs(p) {
		return exitUsage
	}
	fmt.Fprintln(c.stdout, versionLine(buildInfo(), c.lang))
	return exitOK
}

// versionLine is "malli VERSION (commit C, DATE[, modified]) GOVERSION OS/ARCH":
// the version set at link time or the module's, and the commit and its
// date when the binary was built in a version control checkout.
func versionLine(bi *debug.BuildInfo, lang diag.Lang) string {
	v := versionString(bi)
	var rev, date string
	modified := false
	goVersion := runtime.Version()
	if bi != nil {
		if bi.GoVersion != "" {
			goVersion = bi.GoVersion
		}
		for _, s := range bi.Settings {
			switch s.Key {
			case "vcs.revision":
				rev = s.Value
			case "vcs.time":
				date = s.Value
			case "vcs.modified":
				modified = s.Value == "true"
			}
		}
	}
	line := "malli " + v
	if rev != "" {
		if len(rev) > 12 {
			rev = rev[:12]
		}
		line += " (commit " + rev
		if date != "" {
			line += ", " + date
		}
		if modified {
			line += ", " + msgModified.In(lang)
		}
		line += ")"
	}
	return line + " " + goVersion + " " + runtime.GOOS + "/" + runtime.GOARCH
}

func versionString(bi *debug.BuildInfo) string {
	if version != "" {
		return version
	}
	if bi != nil && bi.Main.Version != "" {
		return bi.Main.Version
	}
	return "(devel)"
}

// buildInfo is the binary's build information, or nil.
func buildInfo() *debug.BuildInfo {
	bi, _ := debug.ReadBuildInfo()
	return bi
}
