package main

import (
	"context"
	"fmt"
	"io/fs"
	"net/http"
	"os"
	"os/exec"
	"path/filepath"
	"runtime"
	"slices"
	"strings"
	"testing"
	"time"

	defaulttheme "github.com/malli-fi/malli/themes/default"
)

// The time from a file's write to the reload event on the stream of the
// page it changes, through the real malli serve (watcher, Session,
// server), over the generated corpus (cmd/malli-corpus) with the default
// theme copied in so that a theme edit is a file edit:
//
//	go test ./cmd/malli -run XXX -bench ServeReload -benchtime 20x
//
// Each sub-benchmark reports the median (ms-median) beside the mean.

func BenchmarkServeReload1000(b *testing.B)  { benchmarkServeReload(b, 1000) }
func BenchmarkServeReload10000(b *testing.B) { benchmarkServeReload(b, 10000) }

func benchmarkServeReload(b *testing.B, n int) {
	dir := b.TempDir()
	gen := exec.Command("go", "run", "../malli-corpus", "-n", fmt.Sprint(n), "-out", dir)
	if out, err := gen.CombinedOutput(); err != nil {
		b.Fatalf("generating the corpus: %v\n%s", err, out)
	}
	err := fs.WalkDir(defaulttheme.FS, ".", func(p string, d fs.DirEntry, err error) error {
		if err != nil || d.IsDir() || strings.HasSuffix(p, ".go") {
			return err
		}
		data, err := fs.ReadFile(defaulttheme.FS, p)
		if err == nil {
			target := filepath.Join(dir, "themes/default", p)
			if err = os.MkdirAll(filepath.Dir(target), 0o755); err == nil {
				err = os.WriteFile(target, data, 0o644)
			}
		}
		return err
	})
	if err != nil {
		b.Fatal(err)
	}
	models, _ := filepath.Glob(filepath.Join(dir, "content/toimintamallit/*.md"))
	slices.Sort(models)
	model := models[len(models)/2]
	modelPage := "/toimintamallit/" + strings.TrimSuffix(filepath.Base(model), ".md") + "/"
	original, _ := os.ReadFile(model)

	ctx, cancel := context.WithCancel(context.Background())
	defer cancel()
	base, done, _ := startServe(b, ctx, dir)
	deadline := time.Now().Add(5 * time.Minute)
	for {
		resp, err := http.Get(base + modelPage)
		if err == nil {
			resp.Body.Close()
			if resp.StatusCode == 200 {
				break
			}
		}
		if time.Now().After(deadline) {
			b.Fatal("the first build did not finish")
		}
		time.Sleep(50 * time.Millisecond)
	}

	title := []byte("title: ")
	// Every write must change what it writes (an unchanged page gets no
	// reload), also when testing runs a case again with a larger b.N: seq
	// numbers the writes, and created holds the documents new-document
	// made for deleted-document to delete.
	seq := 0
	var created []string
	cases := []struct {
		name  string
		page  string // whose stream waits for the reload
		write func(i int)
	}{
		{"body-edit", modelPage, func(int) {
			seq++
			i := seq
			saveAtomically(b, model, string(original)+fmt.Sprintf("\nMuokkaus %d.\n", i))
		}},
		{"front-matter-edit", "/toimintamallit/", func(int) {
			seq++
			i := seq
			at := strings.Index(string(original), string(title)) + len(title)
			edited := string(original[:at]) + fmt.Sprintf("Muokattu %d ", i) + string(original[at:])
			saveAtomically(b, model, edited)
		}},
		{"new-document", "/toimintamallit/", func(int) {
			seq++
			p := filepath.Join(dir, "content/toimintamallit", fmt.Sprintf("uusi-%d.md", seq))
			saveAtomically(b, p, strings.Replace(string(original), "title: ", fmt.Sprintf("title: Uusi %d ", seq), 1))
			created = append(created, p)
		}},
		{"deleted-document", "/toimintamallit/", func(int) {
			if len(created) == 0 {
				b.Skip("no document left to delete")
			}
			os.Remove(created[len(created)-1])
			created = created[:len(created)-1]
		}},
		{"theme-edit", modelPage, func(int) {
			seq++
			i := seq
			p := filepath.Join(dir, "themes/default/layouts/single.html")
			data, _ := fs.ReadFile(defaulttheme.FS, "layouts/single.html")
			saveAtomically(b, p, strings.Replace(string(data), "<article>", fmt.Sprintf(`<article data-muokkaus="%d">`, i), 1))
		}},
	}
	for _, c := range cases {
		b.Run(c.name, func(b *testing.B) {
			var times []time.Duration
			for i := 0; i < b.N; i++ {
				events := openEvents(b, base, c.page)
				start := time.Now()
				c.write(i)
				select {
				case <-events.events:
				case <-time.After(time.Minute):
					b.Fatalf("%s: no reload", c.name)
				}
				times = append(times, time.Since(start))
				events.resp.Body.Close()
				for range events.events {
				}
			}
			slices.Sort(times)
			b.ReportMetric(float64(times[len(times)/2].Microseconds())/1000, "ms-median")
		})
		saveAtomically(b, model, string(original))
		time.Sleep(time.Second) // let that rebuild pass before the next case listens
	}
	// Memory after b.N × 100 more edits (body and title in turn; MALLI_EDITS
	// sets the 100), as the process's resident set now and at its peak
	// (VmRSS, VmHWM) and the live heap, in MB: to compare with one malli
	// build's peak RSS on the same corpus.
	edits := 100
	if s := os.Getenv("MALLI_EDITS"); s != "" {
		fmt.Sscan(s, &edits)
	}
	b.Run("memory-after-edits", func(b *testing.B) {
		for i := 0; i < b.N; i++ {
			for j := 0; j < edits; j++ {
				events := openEvents(b, base, modelPage)
				seq++
				data := string(original) + fmt.Sprintf("\nMuokkaus %d.\n", seq)
				if j%2 == 1 {
					data = strings.Replace(data, "title: ", fmt.Sprintf("title: Muokattu %d ", seq), 1)
				}
				saveAtomically(b, model, data)
				select {
				case <-events.events:
				case <-time.After(time.Minute):
					b.Fatal("no reload")
				}
				events.resp.Body.Close()
				for range events.events {
				}
			}
		}
		b.ReportMetric(float64(b.N*edits), "edits")
		var ms runtime.MemStats
		runtime.GC()
		runtime.ReadMemStats(&ms)
		b.ReportMetric(float64(ms.HeapAlloc)/(1<<20), "live-heap-MB")
		status, _ := os.ReadFile("/proc/self/status")
		for _, line := range strings.Split(string(status), "\n") {
			var kb float64
			if _, err := fmt.Sscanf(line, "VmRSS: %f kB", &kb); err == nil {
				b.ReportMetric(kb/1024, "rss-MB")
			}
			if _, err := fmt.Sscanf(line, "VmHWM: %f kB", &kb); err == nil {
				b.ReportMetric(kb/1024, "peak-rss-MB")
			}
		}
	})
	saveAtomically(b, model, string(original))
	cancel()
	<-done
}
