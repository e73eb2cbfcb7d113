// Package source lists a site's input files and maps byte offsets to lines
// and columns.
//
// Walk is the only place that decides which files are read: it returns every
// regular file under a folder in sorted order, skipping names that start with
// "." (editor and VCS files) and ending in "~" (backups). Markdown files
// (".md") are documents; every other file is an asset, published as it is.
package source

import (
	"io/fs"
	"path"
	"sort"
	"strings"
)

// File is one input file.
type File struct {
	Path string // slash-separated, relative to the site's folder: "content/toimintamallit/x.md"
	Rel  string // relative to the walked folder: "toimintamallit/x.md"
	Data []byte
}

// IsDocument reports whether f is a Markdown document.
func (f File) IsDocument() bool { return strings.HasSuffix(f.Rel, ".md") }

// Walk reads every file under root in fsys, in sorted order. prefix is
// prepended to each Rel to make its Path.
func Walk(fsys fs.FS, root, prefix string) ([]File, error) {
	var files []File
	err := fs.WalkDir(fsys, root, func(p string, d fs.DirEntry, err error) error {
		if err != nil {
			return err
		}
		name := d.Name()
		if p != root && (strings.HasPrefix(name, ".") || strings.HasSuffix(name, "~")) {
			if d.IsDir() {
				return fs.SkipDir
			}
			return nil
		}
		if d.IsDir() || !d.Type().IsRegular() {
			return nil
		}
		data, err := fs.ReadFile(fsys, p)
		if err != nil {
			return err
		}
		rel := strings.TrimPrefix(strings.TrimPrefix(p, root), "/")
		if root == "." {
			rel = p
		}
		files = append(files, File{Path: path.Join(prefix, rel), Rel: rel, Data: data})
		return nil
	})
	sort.Slice(files, func(i, j int) bool { return files[i].Path < files[j].Path })
	return files, err
}

// Lines maps byte offsets of a file to 1-based lines and columns.
type Lines []int // offsets at which lines start

// NewLines indexes the line starts of data.
func NewLines(data []byte) Lines {
	l := Lines{0}
	for i, b := range data {
		if b == '\n' {
			l = append(l, i+1)
		}
	}
	return l
}

// At returns the line and byte column of offset.
func (l Lines) At(offset int) (line, col int) {
	i := sort.Search(len(l), func(i int) bool { return l[i] > offset }) - 1
	if i < 0 {
		i = 0
	}
	return i + 1, offset - l[i] + 1
}
