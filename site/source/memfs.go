package source

import (
	"bytes"
	"io"
	"io/fs"
	"path"
	"sort"
	"time"
)

// memFS is a read-only file system over accepted files, so that loaders
// given a Tree's folder can open nothing Read did not accept.
type memFS struct {
	files map[string][]byte        // name -> data
	dirs  map[string][]fs.DirEntry // folder name ("." is the top) -> entries, sorted
}

func newMemFS(files []File) *memFS {
	m := &memFS{files: map[string][]byte{}, dirs: map[string][]fs.DirEntry{".": nil}}
	for _, f := range files {
		m.files[f.Rel] = f.Data
		dir := path.Dir(f.Rel)
		m.addDir(dir)
		m.dirs[dir] = append(m.dirs[dir], memInfo{name: path.Base(f.Rel), size: len(f.Data)})
	}
	for _, entries := range m.dirs {
		sort.Slice(entries, func(i, j int) bool { return entries[i].Name() < entries[j].Name() })
	}
	return m
}

// addDir makes folder dir and its parents, each listed in its parent.
func (m *memFS) addDir(dir string) {
	if _, ok := m.dirs[dir]; ok {
		return
	}
	m.dirs[dir] = nil
	parent := path.Dir(dir)
	m.addDir(parent)
	m.dirs[parent] = append(m.dirs[parent], memInfo{name: path.Base(dir), dir: true})
}

func (m *memFS) Open(name string) (fs.File, error) {
	if !fs.ValidPath(name) {
		return nil, &fs.PathError{Op: "open", Path: name, Err: fs.ErrInvalid}
	}
	if data, ok := m.files[name]; ok {
		return &memFile{memInfo: memInfo{name: path.Base(name), size: len(data)}, r: bytes.NewReader(data)}, nil
	}
	if entries, ok := m.dirs[name]; ok {
		return &memDir{memInfo: memInfo{name: path.Base(name), dir: true}, entries: entries}, nil
	}
	return nil, &fs.PathError{Op: "open", Path: name, Err: fs.ErrNotExist}
}

func (m *memFS) ReadFile(name string) ([]byte, error) {
	if data, ok := m.files[name]; ok {
		return bytes.Clone(data), nil
	}
	return nil, &fs.PathError{Op: "read", Path: name, Err: fs.ErrNotExist}
}

func (m *memFS) ReadDir(name string) ([]fs.DirEntry, error) {
	if entries, ok := m.dirs[name]; ok {
		return append([]fs.DirEntry(nil), entries...), nil
	}
	return nil, &fs.PathError{Op: "readdir", Path: name, Err: fs.ErrNotExist}
}

// memInfo is both the FileInfo and the DirEntry of a file or folder.
type memInfo struct {
	name string
	size int
	dir  bool
}

func (i memInfo) Name() string { return i.name }
func (i memInfo) Size() int64  { return int64(i.size) }
func (i memInfo) Mode() fs.FileMode {
	if i.dir {
		return fs.ModeDir | 0o555
	}
	return 0o444
}
func (i memInfo) ModTime() time.Time         { return time.Time{} }
func (i memInfo) IsDir() bool                { return i.dir }
func (i memInfo) Sys() any                   { return nil }
func (i memInfo) Type() fs.FileMode          { return i.Mode().Type() }
func (i memInfo) Info() (fs.FileInfo, error) { return i, nil }
func (i memInfo) String() string             { return fs.FormatDirEntry(i) }

type memFile struct {
	memInfo
	r *bytes.Reader
}

func (f *memFile) Stat() (fs.FileInfo, error) { return f.memInfo, nil }
func (f *memFile) Read(b []byte) (int, error) { return f.r.Read(b) }
func (f *memFile) Close() error               { return nil }

type memDir struct {
	memInfo
	entries []fs.DirEntry
	next    int
}

func (d *memDir) Stat() (fs.FileInfo, error) { return d.memInfo, nil }
func (d *memDir) Read([]byte) (int, error) {
	return 0, &fs.PathError{Op: "read", Path: d.name, Err: fs.ErrInvalid}
}
func (d *memDir) Close() error { return nil }
func (d *memDir) ReadDir(n int) ([]fs.DirEntry, error) {
	rest := d.entries[d.next:]
	if n <= 0 {
		d.next = len(d.entries)
		return append([]fs.DirEntry(nil), rest...), nil
	}
	if len(rest) == 0 {
		return nil, io.EOF
	}
	n = min(n, len(rest))
	d.next += n
	return append([]fs.DirEntry(nil), rest[:n]...), nil
}

var (
	_ fs.ReadFileFS = (*memFS)(nil)
	_ fs.ReadDirFS  = (*memFS)(nil)
)

// MemFS returns files as a read-only file system whose names are their
// Rel paths.
func MemFS(files []File) fs.FS { return newMemFS(files) }
