package schema

import (
	"strings"
	"testing"
)

func TestPictureCheck(t *testing.T) {
	for _, c := range []struct {
		p        *Picture
		ptr, msg string
	}{
		{nil, "", ""},
		{&Picture{Role: PictureProject, Aid: "/state_aid_eur", Period: []string{"/start_date", "/end_date"}}, "", ""},
		{&Picture{Role: "dashboard"}, "/x-malli/picture/role", `role "dashboard"`},
		{&Picture{Role: PictureProject, Aid: "state_aid_eur"}, "/x-malli/picture/aid", "wants a pointer"},
		{&Picture{Role: PictureProject, Period: []string{"/start_date"}}, "/x-malli/picture/period", "two fields"},
		{&Picture{Role: PictureEvaluation, Of: "/subject", Phase: "/phase"}, "/x-malli/picture", "phases due"},
		{&Picture{Role: PictureEvaluation, Of: "/subject", Phases: []string{"baseline"}}, "/x-malli/picture", "names its phase"},
		{&Picture{Role: PictureMonitoring, Of: "/project", Phases: []string{"baseline"}, Phase: "phase"}, "/x-malli/picture", "rounds"},
		{&Picture{Role: PictureMonitoring, Of: "/project", Phases: []string{"baseline"}, Phase: "phase", Rounds: "/rounds"}, "", ""},
	} {
		ptr, msg := c.p.check()
		if ptr != c.ptr || !strings.Contains(msg, c.msg) || (c.msg == "") != (msg == "") {
			t.Errorf("%+v: check() = %q, %q; want %q, …%q…", c.p, ptr, msg, c.ptr, c.msg)
		}
	}
}
