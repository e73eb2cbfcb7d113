// Compile: reading the schemas folder into a Registry of Types, and
// publishing a schema file with the site.

package schema

import (
	"bytes"
	"encoding/json"
	"fmt"
	"io"
	"io/fs"
	"path"
	"sort"
	"strings"

	"github.com/malli-fi/malli/site/diag"
	"github.com/malli-fi/malli/site/internal/lineindex"
	"github.com/santhosh-tekuri/jsonschema/v5"
)

// baseURL is where schemas live while compiling; published copies get the
// site's own URL.
const baseURL = "https://malli.invalid/schemas/"

// Labels maps a language to a text.
type Labels map[string]string

// In returns the text in lang, falling back to Finnish, then any.
func (l Labels) In(lang diag.Lang) string {
	if s := l[string(lang)]; s != "" {
		return s
	}
	if s := l["fi"]; s != "" {
		return s
	}
	keys := make([]string, 0, len(l))
	for k := range l {
		keys = append(keys, k)
	}
	if len(keys) == 0 {
		return ""
	}
	sort.Strings(keys)
	return l[keys[0]]
}

// Section is an H2 section a document body may have.
type Section struct {
	ID          string   `json:"id"`
	Title       Labels   `json:"title"`
	RequiredFor []string `json:"required_for"`
	// Source says whose requirement a required section is (MalliSource
	// when the schema does not say).
	Source *Source `json:"source"`
}

// Whose returns whose requirement the section is.
func (s Section) Whose() Source {
	if s.Source != nil {
		return *s.Source
	}
	return MalliSource
}

// Required reports whether the section must exist for a document in status.
func (s Section) Required(status string) bool {
	for _, r := range s.RequiredFor {
		if r == status {
			return true
		}
	}
	return false
}

// Type is a content type defined by a schema.
type Type struct {
	Name       string    `json:"type"`
	Folder     string    `json:"folder"`
	Label      Labels    `json:"label"`
	Plural     Labels    `json:"plural"`
	Order      int       `json:"order"` // place in menus and listings
	Sections   []Section `json:"sections"`
	IndexFiles bool      `json:"index_files"`
	// OtherSections allows H2 headings the type does not declare; without
	// it they are warnings (a typo in a section name is the usual cause).
	OtherSections bool `json:"other_sections"`
	// Innokyla maps the type to its counterpart in Innokylä, when it has
	// one: Innokylä's fields and sections, and what of the type fills each.
	Innokyla *Innokyla `json:"innokyla"`
	// Picture says what the type's documents give the situational
	// picture of the home page and the project page's hub (ext.go).
	Picture *Picture `json:"picture"`
	File    string   `json:"-"` // the schema's file name, e.g. "project.schema.json"
	// Description introduces the type's listing (when its folder has no
	// _index text); ListFields are the pointers of the fields a listing
	// shows of each document, with their labels.
	Description Labels   `json:"description"`
	ListFields  []string `json:"list_fields"`
	// Sorts are the orders its listing offers, the listing's own first
	// (sort.go); at least that one, by title, once compiled.
	Sorts []Sort `json:"sort"`
	// Taxonomies are the folders of the taxonomies its fields name, in the
	// registry's order.
	Taxonomies []string `json:"-"`

	schema *jsonschema.Schema
	at     schemaIndex // every schema reachable from schema, by location
}

// Registry holds the compiled types of a site.
type Registry struct {
	Types []*Type           // sorted by order, then name
	Files map[string][]byte // every schema file by name, as read
	Index *Type             // the type of _index.md files; nil if none
	// Taxonomies are the taxonomies the types' fields name (x-malli-taxonomy).
	Taxonomies []*Taxonomy

	byName, byFolder map[string]*Type
	broken           map[string]bool // folders whose type's schema did not compile
}

// Broken reports whether folder belongs to a type whose schema did not
// compile: its documents cannot be checked, and the schema's own
// diagnostic says why.
func (r *Registry) Broken(folder string) bool { return r.broken[folder] }

// ByName returns the type called name, or nil.
func (r *Registry) ByName(name string) *Type { return r.byName[name] }

// ByFolder returns the type whose documents live in folder, or nil.
func (r *Registry) ByFolder(folder string) *Type { return r.byFolder[folder] }

// Compile reads every *.json file in fsys (the schemas folder), compiles the
// ones that define a type, and returns the registry. Problems with the schemas
// themselves are diagnostics at dir/file.
func Compile(fsys fs.FS, dir string) (*Registry, diag.List) {
	var diags diag.List
	reg := &Registry{Files: map[string][]byte{}, byName: map[string]*Type{}, byFolder: map[string]*Type{}, broken: map[string]bool{}}
	names, err := fs.Glob(fsys, "*.json")
	if err != nil {
		diags.Errorf(diag.Pos{File: dir}, diag.SchemaCompile, err.Error())
		return reg, diags
	}
	c := jsonschema.NewCompiler()
	c.Draft = jsonschema.Draft2020
	c.AssertFormat = true
	c.ExtractAnnotations = true
	c.RegisterExtension("malli", permissiveMeta, extCompiler{})
	registerURLFormats(c)
	c.LoadURL = func(s string) (io.ReadCloser, error) {
		return nil, fmt.Errorf("schema %s is not in the schemas folder", s)
	}

	var candidates []*Type
	for _, name := range names {
		data, err := fs.ReadFile(fsys, name)
		if err != nil {
			diags.Errorf(diag.Pos{File: path.Join(dir, name)}, diag.SchemaCompile, err.Error())
			continue
		}
		reg.Files[name] = data
		var probe struct {
			Malli *Type `json:"x-malli"`
		}
		if err := json.Unmarshal(data, &probe); err != nil {
			diags.Add(jsonErrorPos(path.Join(dir, name), data, err), diag.Error, diag.SchemaCompile, err.Error())
			continue
		}
		if err := c.AddResource(baseURL+name, bytes.NewReader(data)); err != nil {
			diags.Errorf(diag.Pos{File: path.Join(dir, name)}, diag.SchemaCompile, err.Error())
			continue
		}
		if probe.Malli != nil {
			probe.Malli.File = name
			candidates = append(candidates, probe.Malli)
		}
	}
	for _, t := range candidates {
		name := t.File
		file := path.Join(dir, name)
		if missing := missingAnnotations(t); missing != "" {
			line, col := locateJSON(reg.Files[name], "/x-malli")
			diags.Errorf(diag.Pos{File: file, Line: line, Col: col}, diag.SchemaAnnotation, missing)
			if t.Folder != "" {
				reg.broken[t.Folder] = true
			}
			continue
		}
		if ptr, msg := t.checkAnnotations(); msg != "" {
			line, col := locateJSON(reg.Files[name], ptr)
			diags.Errorf(diag.Pos{File: file, Line: line, Col: col}, diag.SchemaCompile, msg)
			reg.broken[t.Folder] = true
			continue
		}
		if len(t.Label) == 0 {
			t.Label = Labels{"fi": t.Name}
		}
		if len(t.Plural) == 0 {
			t.Plural = t.Label
		}
		s, err := c.Compile(baseURL + name)
		if err != nil {
			pos, code, msg := compileProblem(file, reg.Files[name], err)
			diags.Errorf(pos, code, msg)
			reg.broken[t.Folder] = true
			continue
		}
		t.schema, t.at = s, indexSchemas(s)
		if ptr, msg := t.checkInnokylaFields(); msg != "" {
			line, col := locateJSON(reg.Files[name], ptr)
			diags.Errorf(diag.Pos{File: file, Line: line, Col: col}, diag.SchemaCompile, msg)
			reg.broken[t.Folder] = true
			continue
		}
		if ptr, msg := t.checkSorts(); msg != "" {
			line, col := locateJSON(reg.Files[name], ptr)
			diags.Errorf(diag.Pos{File: file, Line: line, Col: col}, diag.SchemaCompile, msg)
			reg.broken[t.Folder] = true
			continue
		}
		if other := reg.byName[t.Name]; other != nil {
			line, col := locateJSON(reg.Files[name], "/x-malli/type")
			diags.Errorf(diag.Pos{File: file, Line: line, Col: col}, diag.SchemaDuplicateType, t.Name, other.File)
			continue
		}
		if other := reg.byFolder[t.Folder]; other != nil {
			line, col := locateJSON(reg.Files[name], "/x-malli/folder")
			diags.Errorf(diag.Pos{File: file, Line: line, Col: col}, diag.SchemaDuplicateType, t.Folder, other.File)
			continue
		}
		reg.byName[t.Name], reg.byFolder[t.Folder] = t, t
		reg.Types = append(reg.Types, t)
		if t.IndexFiles {
			if reg.Index != nil {
				line, col := locateJSON(reg.Files[name], "/x-malli/index_files")
				diags.Errorf(diag.Pos{File: file, Line: line, Col: col}, diag.SchemaDuplicateType, "index_files", reg.Index.File)
			} else {
				reg.Index = t
			}
		}
	}
	sort.Slice(reg.Types, func(i, j int) bool {
		a, b := reg.Types[i], reg.Types[j]
		if a.Order != b.Order {
			return a.Order < b.Order
		}
		return a.Name < b.Name
	})
	reg.taxonomies()
	for _, x := range reg.Taxonomies {
		if t := reg.byFolder[x.Folder]; t != nil {
			diags.Errorf(diag.Pos{File: path.Join(dir, t.File)}, diag.SchemaCompile, fmt.Sprintf("x-malli-taxonomy: folder %q is also the folder of type %s", x.Folder, t.Name))
		}
	}
	return reg, diags
}

// missingAnnotations names the keys a type's x-malli must have and lacks.
func missingAnnotations(t *Type) string {
	var missing []string
	if t.Name == "" {
		missing = append(missing, `"type"`)
	}
	if t.Folder == "" {
		missing = append(missing, `"folder"`)
	}
	return strings.Join(missing, ", ")
}

// jsonErrorPos turns an encoding/json error into a position in data.
func jsonErrorPos(file string, data []byte, err error) diag.Pos {
	var off int64 = -1
	switch e := err.(type) {
	case *json.SyntaxError:
		off = e.Offset - 1 // the offset is just past the bad byte

	case *json.UnmarshalTypeError:
		off = e.Offset
	}
	if off < 0 {
		return diag.Pos{File: file, Line: 1}
	}
	line, col := lineindex.New(data).At(int(off))
	return diag.Pos{File: file, Line: line, Col: col}
}

// Publish returns a schema file as published with the site: its "$id" set to
// the URL it is served at, so that editors can resolve its "$ref"s, and its
// enum labels as editors show them (publish.go). A file that is not a JSON
// object is published as it is.
func Publish(data []byte, id string) []byte {
	if out, ok := publishJSON(data, id); ok {
		return out
	}
	return data
}
