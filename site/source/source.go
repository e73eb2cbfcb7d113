// Package source is malli's one reader of a site's files, confined to the
// site's folder. (Offsets become lines and columns in site/internal/lineindex,
// which the front matter parser can use too.)
//
// Read takes the site as an fs.FS (OpenDir gives one rooted at a folder on
// disk through os.Root, so no path and no symlink leads out of it) and reads
// the folders it is asked for — content/, schemas/, themes/default/ — in
// sorted order. It is the only place that decides what is read; everything
// it refuses is a diagnostic at the file, never a silent skip:
//
//	source.symlink   error    a symbolic link (also a linked top folder); never followed
//	source.special   error    a device, pipe or socket
//	source.bad-name  error    a name that breaks URLs or other systems (see checkName)
//	source.too-large error    a file over MaxDocument (.md) or MaxFile bytes
//	source.skipped   warning  a name starting with "." or ending in "~", an Emacs "#x#" or a JetBrains
//	                          "x___jb_tmp___" (editor, VCS and backup files; see editorFile);
//	                          .gitkeep and .keep, which only keep a folder in Git, are skipped silently
//
// Markdown files (".md") are documents; every other file is an attachment.
// The other stages never open a file: they read the Tree, and the schema
// and theme loaders read Tree.FS, an in-memory view of what was accepted.
package source

import (
	"errors"
	"fmt"
	"io"
	"io/fs"
	"os"
	"sort"
	"strings"

	"github.com/malli-fi/malli/site/diag"
)

// Size limits of the files Read accepts. No real document comes near them;
// they keep memory and time bounded whatever a file holds.
const (
	MaxDocument = 2 << 20  // bytes of a Markdown document
	MaxFile     = 50 << 20 // bytes of any other file (GitHub's own warning limit)
)

// File is one input file.
type File struct {
	Path string // slash-separated, relative to the site's folder: "content/toimintamallit/x.md"
	Rel  string // relative to the folder it was read from: "toimintamallit/x.md"
	Data []byte
}

// IsDocument reports whether f is a Markdown document.
func (f File) IsDocument() bool { return strings.HasSuffix(f.Rel, ".md") }

// OpenDir returns the folder dir as a file system confined to it: os.Root
// refuses every path and symlink that would lead out of dir.
func OpenDir(dir string) (fs.FS, io.Closer, error) {
	root, err := os.OpenRoot(dir)
	if err != nil {
		return nil, nil, err
	}
	return root.FS(), root, nil
}

// Tree is what Read accepted, by folder.
type Tree struct {
	dirs map[string][]File // folder as asked for -> its files, sorted by Path
}

// Has reports whether folder dir exists in the site as a real folder.
func (t *Tree) Has(dir string) bool { _, ok := t.dirs[dir]; return ok }

// Files returns the accepted files of folder dir, sorted by path.
func (t *Tree) Files(dir string) []File { return t.dirs[dir] }

// FS returns the accepted files of folder dir as a read-only file system
// whose names are relative to dir.
func (t *Tree) FS(dir string) fs.FS { return newMemFS(t.dirs[dir]) }

// Read reads every regular file under each folder of dirs in fsys. A folder
// that does not exist is left out of the Tree; one that is a symlink, or
// lies under one, is refused. The error is an I/O failure (exit 2); content
// problems are the diagnostics.
func Read(fsys fs.FS, dirs ...string) (*Tree, diag.List, error) {
	return read(fsys, nil, dirs)
}

// ReadAgain is Read for a site read before into prev: it walks every
// folder again, so what it accepts, refuses and reports is exactly what
// Read would, but it takes the bytes of a file from prev unless changed
// reports that the file (or a folder above it) may have changed since.
// The caller vouches for changed (a file watcher's events).
func ReadAgain(fsys fs.FS, prev *Tree, changed func(path string) bool, dirs ...string) (*Tree, diag.List, error) {
	old := map[string][]byte{}
	for _, files := range prev.dirs {
		for _, f := range files {
			old[f.Path] = f.Data
		}
	}
	return read(fsys, func(p string) ([]byte, bool) {
		data, ok := old[p]
		return data, ok && !changed(p)
	}, dirs)
}

// read is Read, taking each file's bytes from reuse when it has them.
func read(fsys fs.FS, reuse func(path string) ([]byte, bool), dirs []string) (*Tree, diag.List, error) {
	t := &Tree{dirs: map[string][]File{}}
	var diags diag.List
	for _, dir := range dirs {
		linked, exists, err := topFolder(fsys, dir)
		if err != nil {
			return nil, diags, err
		}
		if linked != "" {
			diags.Errorf(filePos(linked), diag.SourceSymlink, linked)
			continue
		}
		if !exists {
			continue
		}
		files, ds, err := walk(fsys, dir, reuse)
		diags.Append(ds)
		if err != nil {
			return nil, diags, fmt.Errorf("reading %s: %w", dir, err)
		}
		t.dirs[dir] = files
	}
	return t, diags, nil
}

// topFolder checks dir and each folder above it without following links:
// it returns the first that is a symlink, and whether dir is a folder.
func topFolder(fsys fs.FS, dir string) (linked string, exists bool, err error) {
	parts := strings.Split(dir, "/")
	for i := range parts {
		p := strings.Join(parts[:i+1], "/")
		fi, err := fs.Lstat(fsys, p)
		switch {
		case errors.Is(err, fs.ErrNotExist):
			return "", false, nil
		case err != nil:
			return "", false, fmt.Errorf("reading %s: %w", p, err)
		case fi.Mode()&fs.ModeSymlink != 0:
			return p, false, nil
		case !fi.IsDir():
			return "", false, nil
		}
	}
	return "", true, nil
}

func walk(fsys fs.FS, root string, reuse func(string) ([]byte, bool)) ([]File, diag.List, error) {
	var files []File
	var diags diag.List
	err := fs.WalkDir(fsys, root, func(p string, d fs.DirEntry, err error) error {
		if err != nil {
			return err
		}
		if p == root {
			return nil
		}
		name := d.Name()
		switch {
		case name == ".gitkeep" || name == ".keep": // kept only to keep a folder in Git
			return nil
		case editorFile(name):
			diags.Warnf(filePos(p), diag.SourceSkipped, p)
			if d.IsDir() {
				return fs.SkipDir
			}
			return nil
		case d.Type()&fs.ModeSymlink != 0:
			diags.Errorf(filePos(p), diag.SourceSymlink, p)
			return nil
		case d.IsDir():
			if why := checkName(name); why != nil {
				diags.Errorf(filePos(p), diag.SourceBadName, p, why).Hint = nameHint
				return fs.SkipDir
			}
			return nil
		case !d.Type().IsRegular():
			diags.Errorf(filePos(p), diag.SourceSpecial, p)
			return nil
		}
		if why := checkName(name); why != nil {
			diags.Errorf(filePos(p), diag.SourceBadName, p, why).Hint = nameHint
			return nil
		}
		if reuse != nil {
			if data, ok := reuse(p); ok {
				files = append(files, File{Path: p, Rel: strings.TrimPrefix(p, root+"/"), Data: data})
				return nil
			}
		}
		limit := int64(MaxFile)
		if strings.HasSuffix(name, ".md") {
			limit = MaxDocument
		}
		data, err := readLimited(fsys, p, limit)
		if errors.Is(err, errTooLarge) {
			diags.Errorf(filePos(p), diag.SourceTooLarge, p, limit>>20)
			return nil
		}
		if err != nil {
			return err
		}
		files = append(files, File{Path: p, Rel: strings.TrimPrefix(p, root+"/"), Data: data})
		return nil
	})
	sort.Slice(files, func(i, j int) bool { return files[i].Path < files[j].Path })
	return files, diags, err
}

// editorFile reports whether name is a hidden, backup or temporary file
// of an editor, VCS or the system: it starts with "." (.git, .swp, .#x
// Emacs locks), ends in "~", is an Emacs auto-save "#x#", or a JetBrains
// safe-write file (x___jb_tmp___, x___jb_old___).
func editorFile(name string) bool {
	return strings.HasPrefix(name, ".") || strings.HasSuffix(name, "~") ||
		len(name) >= 2 && name[0] == '#' && name[len(name)-1] == '#' ||
		strings.HasSuffix(name, "___jb_tmp___") || strings.HasSuffix(name, "___jb_old___")
}

var errTooLarge = errors.New("file too large")

// readLimited reads the file p, or fails with errTooLarge past limit bytes
// (the size is checked while reading, so a file that grows is caught too).
func readLimited(fsys fs.FS, p string, limit int64) ([]byte, error) {
	f, err := fsys.Open(p)
	if err != nil {
		return nil, err
	}
	defer f.Close()
	size := int64(512)
	if fi, err := f.Stat(); err == nil {
		if fi.Size() > limit {
			return nil, errTooLarge
		}
		size = fi.Size() + 1
	}
	buf := make([]byte, 0, size)
	for {
		if int64(len(buf)) > limit {
			return nil, errTooLarge
		}
		if len(buf) == cap(buf) {
			buf = append(buf, 0)[:len(buf)]
		}
		n, err := f.Read(buf[len(buf):cap(buf)])
		buf = buf[:len(buf)+n]
		if err == io.EOF {
			if int64(len(buf)) > limit {
				return nil, errTooLarge
			}
			return buf, nil
		}
		if err != nil {
			return nil, err
		}
	}
}

// filePos is the position of a diagnostic about a whole file.
func filePos(p string) diag.Pos { return diag.Pos{File: p, Line: 1, Col: 1} }

// Reread returns t with the file at path read again, and that file: a new
// Tree that shares everything else with t. It is for a file a watcher says was
// written; ok is false, and the caller must read the site again, when the
// file is not in t or is no longer a regular file within its size limit
// (then Read has a diagnostic to report, or the file is gone).
func (t *Tree) Reread(fsys fs.FS, path string) (tree *Tree, f File, ok bool, err error) {
	for dir, files := range t.dirs {
		i, found := sort.Find(len(files), func(i int) int { return strings.Compare(path, files[i].Path) })
		if !found {
			continue
		}
		fi, err := fs.Lstat(fsys, path)
		if err != nil || !fi.Mode().IsRegular() {
			return nil, File{}, false, nil
		}
		limit := int64(MaxFile)
		if strings.HasSuffix(path, ".md") {
			limit = MaxDocument
		}
		data, err := readLimited(fsys, path, limit)
		if errors.Is(err, errTooLarge) || errors.Is(err, fs.ErrNotExist) {
			return nil, File{}, false, nil
		}
		if err != nil {
			return nil, File{}, false, err
		}
		out := &Tree{dirs: make(map[string][]File, len(t.dirs))}
		for d, fs := range t.dirs {
			out.dirs[d] = fs
		}
		changed := append([]File(nil), files...)
		changed[i].Data = data
		out.dirs[dir] = changed
		return out, changed[i], true, nil
	}
	return nil, File{}, false, nil
}
