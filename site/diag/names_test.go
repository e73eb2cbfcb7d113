package diag_test

import (
	"encoding/json"
	"go/ast"
	"go/parser"
	"go/token"
	"path/filepath"
	"regexp"
	"strconv"
	"strings"
	"testing"

	"github.com/malli-fi/malli/site/diag"
)

// TestCodeNames checks that each code is declared as a package-level
// variable Name = code("stable.name", …), that Name is the stable name in
// Go case (frontmatter.duplicate-key → FrontmatterDuplicateKey, with the
// initialisms of initialisms), that no stable name is declared twice, and
// that the declared codes are exactly the registered ones.
func TestCodeNames(t *testing.T) {
	files, err := filepath.Glob("*.go")
	if err != nil {
		t.Fatal(err)
	}
	fset := token.NewFileSet()
	declared := map[string]string{} // stable name → Go name
	calls := 0
	for _, name := range files {
		if strings.HasSuffix(name, "_test.go") {
			continue
		}
		f, err := parser.ParseFile(fset, name, nil, 0)
		if err != nil {
			t.Fatal(err)
		}
		ast.Inspect(f, func(n ast.Node) bool {
			if call, ok := n.(*ast.CallExpr); ok && isIdent(call.Fun, "code") {
				calls++
			}
			return true
		})
		for _, decl := range f.Decls {
			gen, ok := decl.(*ast.GenDecl)
			if !ok || gen.Tok != token.VAR {
				continue
			}
			for _, spec := range gen.Specs {
				vs := spec.(*ast.ValueSpec)
				for i, v := range vs.Values {
					call, ok := v.(*ast.CallExpr)
					if !ok || !isIdent(call.Fun, "code") {
						continue
					}
					lit, ok := call.Args[0].(*ast.BasicLit)
					if !ok || lit.Kind != token.STRING || len(vs.Names) != len(vs.Values) {
						t.Errorf("%s: a code must be declared as Name = code(\"stable.name\", …)", fset.Position(call.Pos()))
						continue
					}
					stable, _ := strconv.Unquote(lit.Value)
					name := vs.Names[i].Name
					if want := goName(stable); name != want {
						t.Errorf("%s: code %q is called %s, want %s", fset.Position(call.Pos()), stable, name, want)
					}
					if other, dup := declared[stable]; dup {
						t.Errorf("%s: code %q is declared twice, as %s and %s", fset.Position(call.Pos()), stable, other, name)
					}
					declared[stable] = name
				}
			}
		}
	}
	if calls != len(declared) {
		t.Errorf("code(…) is called %d times, but %d codes are declared as variables", calls, len(declared))
	}
	registered := map[string]bool{}
	for _, c := range diag.Codes() {
		registered[c.String()] = true
		if _, ok := declared[c.String()]; !ok {
			t.Errorf("code %q is registered but not declared as a variable", c)
		}
	}
	for stable, name := range declared {
		if !registered[stable] {
			t.Errorf("%s (%q) is declared but not registered", name, stable)
		}
	}
}

func isIdent(e ast.Expr, name string) bool {
	id, ok := e.(*ast.Ident)
	return ok && id.Name == name
}

// initialisms are the parts of stable names written in capitals in Go names.
var initialisms = map[string]string{"bom": "BOM", "html": "HTML", "id": "ID", "na": "NA", "svg": "SVG", "url": "URL", "utf8": "UTF8"}

// goName returns the Go name of a code: "asset.svg-active" → AssetSVGActive.
func goName(stable string) string {
	var b strings.Builder
	for _, part := range regexp.MustCompile(`[.-]`).Split(stable, -1) {
		if s, ok := initialisms[part]; ok {
			b.WriteString(s)
		} else if part != "" {
			b.WriteString(strings.ToUpper(part[:1]) + part[1:])
		}
	}
	return b.String()
}

func TestCodeJSON(t *testing.T) {
	got, err := json.Marshal(struct{ Code diag.Code }{diag.RefUnknown})
	if want := `{"Code":"ref.unknown"}`; err != nil || string(got) != want {
		t.Errorf("json.Marshal(RefUnknown) = %s, %v; want %s", got, err, want)
	}
	if got := diag.RefUnknown.String(); got != "ref.unknown" {
		t.Errorf("RefUnknown.String() = %q, want %q", got, "ref.unknown")
	}
}
