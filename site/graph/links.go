package graph

import (
	"net/url"
	"path"
	"strings"

	"github.com/malli-fi/malli/site/diag"
	"github.com/malli-fi/malli/site/markdown"
	"github.com/malli-fi/malli/site/page"
)

// resolveLinks finds the target of every body link that stays on the site:
// a document (a relative .md path, in the linking page's language unless a
// translation is named; a bundle's folder; a site-absolute URL), an
// attachment, or a generated page, with the anchor checked. It records
// where each link goes; it does not touch the body.
func (idx *index) resolveLinks(d *page.Document, r *docResult) {
	for i, l := range d.Body.Links {
		if l.Refused {
			continue // a scheme malli does not publish: the page stage reported it (url.scheme)
		}
		u, err := url.Parse(l.Dest)
		pos := d.Pos(l.Offset)
		if err != nil {
			r.diags.Errorf(pos, diag.LinkBroken, l.Dest)
			continue
		}
		if u.Scheme != "" || u.Host != "" || strings.HasPrefix(l.Dest, "//") {
			continue // external
		}
		var target *page.Document
		var href string
		rel := path.Join(d.Dir, u.Path)
		switch {
		case u.Path == "":
			target = d
		case strings.HasPrefix(u.Path, "/"):
			target, href = idx.bySiteURL(u.Path)
		case strings.HasPrefix(rel, "../") || rel == "..":
			// out of content/: broken
		case strings.HasSuffix(rel, ".md"):
			if t := idx.byPath[rel]; t != nil && t.Lang != page.DefaultLang {
				target = t // a translation named on purpose: x.sv.md
			} else if t != nil {
				target = idx.variant(t.Key(), d.Lang) // x.md: in the linking page's language
			}
		default:
			if published, ok := idx.assets[rel]; ok {
				if !published && idx.published(d) {
					r.diags.Errorf(pos, diag.LinkDraft, l.Dest)
					continue
				}
				href = "/" + rel
			} else if t := idx.byPath[path.Join(rel, "index.md")]; t != nil {
				target = idx.variant(t.Key(), d.Lang)
			} else if rel == "." {
				href = langPrefix(d.Lang) + "/" // the home page, in the linking document's language
			} else if idx.pages["/"+rel+"/"] {
				href = langPrefix(d.Lang) + "/" + rel + "/" // a listing
			}
		}
		if target == nil && href == "" {
			dg := r.diags.Errorf(pos, diag.LinkBroken, l.Dest)
			if !strings.HasPrefix(u.Path, "/") && !strings.HasPrefix(rel, "../") {
				r.misses = append(r.misses, miss{d: dg, query: rel, paths: true, from: d.Dir})
			}
			continue
		}
		t := markdown.Target{Set: true}
		if target != nil {
			if !idx.published(target) && idx.published(d) {
				r.diags.Errorf(pos, diag.LinkDraft, l.Dest)
				continue
			}
			href = target.URL
			if u.Fragment != "" && !hasAnchor(target, u.Fragment) {
				dg := r.diags.Errorf(pos, diag.LinkBrokenAnchor, u.Fragment, target.File.Path)
				var ids []string
				for _, h := range target.Body.Headings {
					ids = append(ids, h.ID)
				}
				r.misses = append(r.misses, miss{d: dg, query: u.Fragment, cands: ids})
				continue
			}
			if target != d {
				r.edge(Edge{From: d.Key(), To: target.Key()})
			}
			if target.Lang != d.Lang {
				t.HrefLang = string(target.Lang) // an untranslated target
			}
		}
		if u.Fragment != "" {
			href += "#" + u.Fragment
		}
		if u.Path == "" {
			t.Href = "#" + u.Fragment
		} else {
			t.Href = idx.href(href)
		}
		r.Links[i] = t
	}
}

// langPrefix is the URL prefix of lang's pages: "" or "/sv".
func langPrefix(lang diag.Lang) string {
	if lang == page.DefaultLang {
		return ""
	}
	return "/" + string(lang)
}

// bySiteURL resolves a site-absolute link such as "/toimintamallit/x/": a
// document, a generated page or a published attachment.
func (idx *index) bySiteURL(p string) (*page.Document, string) {
	want := p
	if !strings.HasSuffix(want, "/") && path.Ext(want) == "" {
		want += "/"
	}
	if d := idx.byURL[want]; d != nil {
		return d, ""
	}
	if idx.pages[want] || idx.pages[p] {
		return nil, want
	}
	if published, ok := idx.assets[strings.TrimPrefix(p, "/")]; ok && published {
		return nil, p
	}
	return nil, ""
}

// relPath writes the content path to as a link from the content folder
// from: "../toimintamallit/x.md" from "hankkeet".
func relPath(from, to string) string {
	if from == "" || from == "." {
		return to
	}
	return strings.Repeat("../", strings.Count(from, "/")+1) + to
}

// hasAnchor reports whether d has a heading or a front matter list item
// with id.
func hasAnchor(d *page.Document, id string) bool { return d.Anchors[id] }
