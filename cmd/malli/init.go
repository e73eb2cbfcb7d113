package main

import (
	"errors"
	"fmt"
	"io/fs"
	"os"
	"path/filepath"
	"strings"
	"syscall"
	"time"

	"github.com/malli-fi/malli/schemas"
	"github.com/malli-fi/malli/site/scaffold"
	"github.com/malli-fi/malli/site/schema"
)

// initSite writes a new site for malli init [DIR]: every file or none.
func (c *cli) initSite(p *parsed) int {
	stdout, stderr, lang := c.stdout, c.stderr, c.lang
	pin := p.str("malli-version", scaffold.Pin(versionString(buildInfo())))
	if len(p.args) > 1 {
		fmt.Fprintf(stderr, "malli init: %s\n", msgInitUsage.In(lang))
		return exitUsage
	}
	dir := "."
	if len(p.args) == 1 {
		dir = p.args[0]
	}
	if !scaffold.IsRelease(pin) {
		fmt.Fprintf(stderr, "malli init: "+msgInitVersion.In(lang)+"\n", pin, scaffold.Release)
		return exitUsage
	}
	// The embedded schemas: a new site has none of its own.
	reg, ds := schema.Compile(schemas.FS, "(malli)/schemas")
	if err := ds.Err(); err != nil {
		fmt.Fprintf(stderr, "malli init: %v\n", err)
		return exitUsage
	}
	files, err := scaffold.Site(reg, scaffold.Settings{Version: pin}, time.Now().Format("2006-01-02"))
	if err != nil {
		fmt.Fprintf(stderr, "malli init: %v\n", err)
		return exitUsage
	}
	if fi, err := os.Stat(dir); err == nil && !fi.IsDir() {
		fmt.Fprintf(stderr, "malli init: "+msgInitNotDir.In(lang)+"\n", dir)
		return exitUsage
	}
	var taken []string
	hasSite := false // content/ is there: list it, not each example
	if _, err := os.Lstat(filepath.Join(dir, "content")); err == nil {
		taken, hasSite = append(taken, "content/"), true
	}
	for _, f := range files {
		if hasSite && strings.HasPrefix(f.Path, "content/") {
			continue
		}
		_, err := os.Lstat(filepath.Join(dir, filepath.FromSlash(f.Path)))
		if err == nil || errors.Is(err, syscall.ENOTDIR) { // it, or a file where its folder would be
			taken = append(taken, f.Path)
		} else if !errors.Is(err, fs.ErrNotExist) {
			fmt.Fprintf(stderr, "malli init: %v\n", err)
			return exitUsage
		}
	}
	if len(taken) > 0 {
		fmt.Fprintf(stderr, "malli init: "+msgInitTaken.In(lang)+"\n", dir)
		for _, p := range taken {
			fmt.Fprintf(stderr, "  %s\n", p)
		}
		return exitUsage
	}
	if err := writeAll(dir, files); err != nil {
		fmt.Fprintf(stderr, "malli init: "+msgInitFailed.In(lang)+"\n", err)
		return exitUsage
	}
	for _, f := range files {
		fmt.Fprintln(stdout, filepath.ToSlash(filepath.Join(dir, f.Path)))
	}
	fmt.Fprint(stderr, initNext.In(lang))
	return exitOK
}

// The messages of malli init.
var (
	msgInitUsage   = words{FI: "käyttö: malli init [--malli-version vX.Y.Z] [KANSIO]", SV: "användning: malli init [--malli-version vX.Y.Z] [MAPP]", EN: "usage: malli init [--malli-version vX.Y.Z] [FOLDER]"}
	msgInitVersion = words{FI: "--malli-version %q ei ole julkaisuversio (vX.Y.Z, esimerkiksi %s)", SV: "--malli-version %q är ingen version (vX.Y.Z, till exempel %s)", EN: "--malli-version %q is not a release (vX.Y.Z, e.g. %s)"}
	msgInitNotDir  = words{FI: "%s ei ole kansio", SV: "%s är ingen mapp", EN: "%s is not a folder"}
	msgInitTaken   = words{FI: "%s: nämä ovat jo olemassa, en korvaa niitä enkä kirjoita mitään:", SV: "%s: de här finns redan; de ersätts inte och ingenting skrivs:", EN: "%s: these exist already; not replacing them, nothing written:"}
	msgInitFailed  = words{FI: "%v (en jättänyt mitään kirjoitettua)", SV: "%v (inget skrivet lämnades kvar)", EN: "%v (nothing written was left behind)"}
)

var initNext = words{
	FI: `
Uusi sivusto on valmis. Seuraavaksi:
  malli serve --drafts    esikatsele sivustoa (luonnokset mukana)
  malli check             tarkista kuten CI tarkistaa
Täydennä esimerkit content-kansiossa (tai poista ne, joita et tarvitse) ja vaihda
status: published, kun dokumentti on valmis. GitHubissa ota käyttöön Settings → Pages →
Source: GitHub Actions; GitLabissa Pages julkaistaan oletushaarasta.
`,
	SV: `
Den nya webbplatsen är klar. Nästa steg:
  malli serve --drafts    förhandsvisa webbplatsen (med utkasten)
  malli check             kontrollera som CI kontrollerar
Fyll i exemplen i mappen content (eller ta bort dem du inte behöver) och ändra till
status: published när ett dokument är klart. På GitHub: Settings → Pages → Source:
GitHub Actions; på GitLab publiceras Pages från standardgrenen.
`,
	EN: `
The new site is ready. Next:
  malli serve --drafts    preview the site (drafts included)
  malli check             check it as CI does
Fill in the examples in content (or delete those you do not need) and set
status: published when a document is done. On GitHub turn on Settings → Pages →
Source: GitHub Actions; on GitLab, Pages are published from the default branch.
`,
}

// writeAll writes every file under dir, creating folders, refusing to
// replace any file; after a failure it removes what it wrote.
func writeAll(dir string, files []scaffold.File) (err error) {
	var made []string // files and folders created, in order
	defer func() {
		if err != nil {
			for i := len(made) - 1; i >= 0; i-- {
				os.Remove(made[i])
			}
		}
	}()
	for _, f := range files {
		path := filepath.Join(dir, filepath.FromSlash(f.Path))
		if err := mkdirAll(filepath.Dir(path), &made); err != nil {
			return err
		}
		w, err := os.OpenFile(path, os.O_WRONLY|os.O_CREATE|os.O_EXCL, 0o644)
		if err != nil {
			return err
		}
		made = append(made, path)
		_, err = w.Write(f.Data)
		if cerr := w.Close(); err == nil {
			err = cerr
		}
		if err != nil {
			return err
		}
	}
	return nil
}

// mkdirAll is os.MkdirAll that records each folder it creates.
func mkdirAll(p string, made *[]string) error {
	if fi, err := os.Stat(p); err == nil {
		if !fi.IsDir() {
			return fmt.Errorf("%s ei ole kansio", p)
		}
		return nil
	}
	if parent := filepath.Dir(p); parent != p {
		if err := mkdirAll(parent, made); err != nil {
			return err
		}
	}
	if err := os.Mkdir(p, 0o755); err != nil {
		return err
	}
	*made = append(*made, p)
	return nil
}
