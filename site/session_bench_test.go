package site_test

import (
	"bytes"
	"context"
	"fmt"
	"testing"
	"testing/fstest"

	"github.com/malli-fi/malli/site"
)

// A Session's rebuild after one edit, over the generated corpus: what
// malli serve does between a save and the reload. The first build is not
// timed; each iteration makes one edit and rebuilds.

func benchmarkSession(b *testing.B, n int, edit func(m fstest.MapFS, i int) []string) {
	m := corpus(n)
	s, err := site.NewSession(site.Options{FS: m})
	if err != nil {
		b.Fatal(err)
	}
	defer s.Close()
	if _, err := s.Build(context.Background(), nil, true); err != nil {
		b.Fatal(err)
	}
	made := 0
	b.ReportAllocs()
	b.ResetTimer()
	for i := 0; i < b.N; i++ {
		changed := edit(m, i)
		snap, err := s.Build(context.Background(), changed, false)
		if err != nil {
			b.Fatal(err)
		}
		made += snap.Made
	}
	b.ReportMetric(float64(made)/float64(b.N), "made/op")
}

func bodyEdit(m fstest.MapFS, i int) []string {
	p := "content/toimintamallit/malli-7.md"
	m[p] = &fstest.MapFile{Data: append(bytes.Clone(m[p].Data), fmt.Sprintf("\nMuokkaus %d.\n", i)...)}
	return []string{p}
}

func titleEdit(m fstest.MapFS, i int) []string {
	p := "content/toimintamallit/malli-7.md"
	m[p] = &fstest.MapFile{Data: bytes.Replace(m[p].Data, []byte("title: Toimintamalli 7"), []byte(fmt.Sprintf("title: Toimintamalli 7 (%d)", i)), 1)}
	if i > 0 {
		m[p].Data = bytes.Replace(m[p].Data, []byte(fmt.Sprintf(" (%d)", i-1)), nil, 1)
	}
	return []string{p}
}

func newDocument(m fstest.MapFS, i int) []string {
	p := fmt.Sprintf("content/toimintamallit/uusi-%d.md", i)
	data := bytes.Replace(m["content/toimintamallit/malli-7.md"].Data, []byte("Toimintamalli 7"), []byte(fmt.Sprintf("Uusi malli %d", i)), 1)
	m[p] = &fstest.MapFile{Data: data}
	return []string{p}
}

func deleteDocument(m fstest.MapFS, i int) []string {
	p := fmt.Sprintf("content/toimintamallit/uusi-%d.md", i)
	if i%2 == 0 {
		m[p] = &fstest.MapFile{Data: bytes.Replace(m["content/toimintamallit/malli-7.md"].Data, []byte("Toimintamalli 7"), []byte("Poistettava"), 1)}
	} else {
		p = fmt.Sprintf("content/toimintamallit/uusi-%d.md", i-1)
		delete(m, p)
	}
	return []string{p}
}

func BenchmarkSessionBodyEdit1000(b *testing.B)     { benchmarkSession(b, 1000, bodyEdit) }
func BenchmarkSessionBodyEdit10000(b *testing.B)    { benchmarkSession(b, 10000, bodyEdit) }
func BenchmarkSessionTitleEdit1000(b *testing.B)    { benchmarkSession(b, 1000, titleEdit) }
func BenchmarkSessionTitleEdit10000(b *testing.B)   { benchmarkSession(b, 10000, titleEdit) }
func BenchmarkSessionNewDocument10000(b *testing.B) { benchmarkSession(b, 10000, newDocument) }
func BenchmarkSessionAddDelete10000(b *testing.B)   { benchmarkSession(b, 10000, deleteDocument) }
