package site_test

import (
	"context"
	"fmt"
	"path/filepath"
	"strings"
	"testing"

	"github.com/malli-fi/malli/site"
	"github.com/malli-fi/malli/site/graph"
	"github.com/malli-fi/malli/site/internal/parallel"
	"github.com/malli-fi/malli/site/page"
	"github.com/malli-fi/malli/site/publish"
	"github.com/malli-fi/malli/site/render"
	"github.com/malli-fi/malli/site/schema"
	"github.com/malli-fi/malli/site/source"
)

// The stages one by one, over the generated corpus: scan (page.New per
// file, in parallel), resolve (the barrier), publish (writing files in
// one transaction). The whole build is BenchmarkBuild*.

func scanInput(b *testing.B, n int) ([]source.File, *schema.Registry) {
	b.Helper()
	fsys := corpus(n)
	reg, err := site.LoadTypes(fsys)
	if err != nil {
		b.Fatal(err)
	}
	tree, _, err := source.Read(fsys, "content")
	if err != nil {
		b.Fatal(err)
	}
	return tree.Files("content"), reg
}

func scan(files []source.File, reg *schema.Registry, reserved []string) []*page.Document {
	docs := make([]*page.Document, len(files))
	parallel.Do(len(files), func(i int) { docs[i], _ = newDoc(files[i], reg, reserved) })
	return docs
}

func benchmarkScan(b *testing.B, n int) {
	files, reg := scanInput(b, n)
	b.ReportAllocs()
	b.ResetTimer()
	for i := 0; i < b.N; i++ {
		scan(files, reg, nil)
	}
}

func benchmarkResolve(b *testing.B, n int) {
	files, reg := scanInput(b, n)
	docs := scan(files, reg, nil)
	b.ReportAllocs()
	b.ResetTimer()
	for i := 0; i < b.N; i++ {
		if _, diags := graph.Resolve(docs, nil, graph.Options{BasePath: "/"}); diags.Err() != nil {
			b.Fatal(diags.Err())
		}
	}
}

func benchmarkPublish(b *testing.B, n int) {
	files := make([]render.File, n)
	page := []byte(strings.Repeat("<p>Työkyky.</p>\n", 500))
	for i := range files {
		files[i] = render.File{Path: fmt.Sprintf("toimintamallit/malli-%d/index.html", i), Data: page}
	}
	dir := b.TempDir()
	b.ReportAllocs()
	b.ResetTimer()
	for i := 0; i < b.N; i++ {
		if err := publish.Files(context.Background(), publish.Dir{Path: filepath.Join(dir, fmt.Sprint("public", i))}, files); err != nil {
			b.Fatal(err)
		}
	}
}

func BenchmarkScan1000(b *testing.B)     { benchmarkScan(b, 1000) }
func BenchmarkScan10000(b *testing.B)    { benchmarkScan(b, 10000) }
func BenchmarkResolve1000(b *testing.B)  { benchmarkResolve(b, 1000) }
func BenchmarkResolve10000(b *testing.B) { benchmarkResolve(b, 10000) }
func BenchmarkPublish1000(b *testing.B)  { benchmarkPublish(b, 1000) }
func BenchmarkPublish10000(b *testing.B) { benchmarkPublish(b, 10000) }

// newDoc is page.New as the build calls it.
func newDoc(f source.File, reg *schema.Registry, reserved []string) (*page.Document, error) {
	d, _ := page.New(f, reg, reserved)
	return d, nil
}
