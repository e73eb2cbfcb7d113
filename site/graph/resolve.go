package graph

import (
	"github.com/malli-fi/malli/site/diag"
	"github.com/malli-fi/malli/site/markdown"
	"github.com/malli-fi/malli/site/page"
)

// docResult is the resolution of one document, built by one goroutine.
type docResult struct {
	Resolved
	diags  diag.List
	misses []miss
}

// resolve resolves one document against the index. It reads the index and
// d, and writes only the result it returns.
func (idx *index) resolve(d *page.Document) docResult {
	r := docResult{Resolved: Resolved{Refs: map[string]string{}, Links: make([]markdown.Target, len(d.Body.Links))}}
	idx.resolveRefs(d, &r)
	idx.resolveLinks(d, &r)
	if d.Report != nil {
		idx.checkScored(d, &r)
		idx.checkInScale(d, &r)
		idx.checkRatios(d, &r)
		idx.checkRequirements(d, &r)
		idx.checkDeadlines(d, &r)
		idx.checkCounts(d, &r)
	}
	return r
}

func (r *docResult) edge(e Edge) { r.Out = append(r.Out, e) }
