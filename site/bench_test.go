package site_test

import (
	"context"
	"fmt"
	"os"
	"path/filepath"
	"strings"
	"testing"
	"testing/fstest"

	"github.com/malli-fi/malli/site"
	"github.com/malli-fi/malli/site/publish"
)

// corpus generates n published operating models with the real schemas:
// front matter with references, four required sections, a table, links
// to other models and their anchors.
func corpus(n int) fstest.MapFS {
	fsys := fstest.MapFS{}
	for i := 0; i < n; i++ {
		var b strings.Builder
		fmt.Fprintf(&b, `---
title: Toimintamalli %[1]d
summary: Generoitu toimintamalli numero %[1]d suorituskyvyn mittaamiseen.
status: published
created: 2024-01-01
modified: 2024-06-01
license: CC-BY-4.0
keywords: [työkyky, malli-%[2]d]
maintainer:
  name: Ylläpitäjä
  email: yllapito@example.org
implementation_place: Sosiaali- ja terveyskeskus
area:
  scope: regional
  regions: ["%02[3]d"]
funder: Ei erillisrahoitusta
target_groups: [Työttömät työnhakijat]
development_stage: piloted
related_models: [malli-%[4]d]
contact_persons:
  - name: Yhteyshenkilö
    email: yhteys@example.org
---

Johdanto mallille %[1]d. Katso myös [edellinen malli](malli-%[4]d.md#toimintaymparisto).

## Ratkaisun perusidea

`, i, i%50, []int{1, 2, 4, 5, 6, 7, 8, 9, 10}[i%9], (i+n-1)%n)
		for p := 0; p < 6; p++ {
			b.WriteString("Työkyvyn tuki on asiakasryhmäkohtainen palvelukokonaisuus ja yksilöllinen palvelupolku, jotka *vahvistavat* asiakkaan työ- ja toimintakykyä ja **työllistymisen** edellytyksiä.\n\n")
		}
		b.WriteString("## Toimintaympäristö\n\n| Toimija | Rooli |\n|---|---|\n| Sote-keskus | Arviointi |\n| TE-toimisto | Työnhaku |\n\n")
		b.WriteString("## Kohderyhmä ja asiakasymmärrys\n\n- Työttömät\n- Osatyökykyiset\n\n## Toimivuuden ja käyttöönoton ehdot\n\nEhdot kuvataan tässä.\n")
		fsys[fmt.Sprintf("content/toimintamallit/malli-%d.md", i)] = &fstest.MapFile{Data: []byte(b.String())}
	}
	return fsys
}

func benchmarkBuild(b *testing.B, n int, check bool) {
	fsys := corpus(n)
	b.ReportAllocs()
	b.ResetTimer()
	for i := 0; i < b.N; i++ {
		res, err := site.Build(context.Background(), site.Options{FS: fsys, Out: &publish.Memory{}, Check: check})
		if err != nil {
			b.Fatal(err)
		}
		if len(res.Diagnostics) > 0 {
			b.Fatalf("generated corpus has problems: %v", res.Diagnostics[0])
		}
	}
}

func BenchmarkBuild1000(b *testing.B) { benchmarkBuild(b, 1000, false) }
func BenchmarkCheck1000(b *testing.B) { benchmarkBuild(b, 1000, true) }

// BenchmarkBuildToDisk10000 is the SPEC's corpus size, written to disk.
func BenchmarkBuildToDisk10000(b *testing.B) {
	fsys := corpus(10000)
	out := filepath.Join(b.TempDir(), "public")
	b.ReportAllocs()
	b.ResetTimer()
	for i := 0; i < b.N; i++ {
		if _, err := site.Build(context.Background(), site.Options{FS: fsys, Out: publish.Dir{Path: out}}); err != nil {
			b.Fatal(err)
		}
	}
	b.StopTimer()
	os.RemoveAll(out)
}

// BenchmarkBuild10000 is the SPEC's corpus size, in memory: the engine's
// own work, without the file system.
func BenchmarkBuild10000(b *testing.B) {
	fsys := corpus(10000)
	b.ReportAllocs()
	b.ResetTimer()
	for i := 0; i < b.N; i++ {
		if _, err := site.Build(context.Background(), site.Options{FS: fsys, Out: &publish.Memory{}}); err != nil {
			b.Fatal(err)
		}
	}
}
