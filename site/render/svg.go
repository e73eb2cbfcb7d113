package render

import (
	"fmt"
	"html/template"
	"strings"

	"github.com/malli-fi/malli/site/diag"
	"github.com/malli-fi/malli/site/page"
	"github.com/malli-fi/malli/site/schema"
)

// stepDiagram draws the steps of a step graph (x-malli-step-graph) top to
// bottom as an SVG figure: a box per step with its name and actor, an arrow
// down to the next step in order, and arrows around the right side for other
// "next" steps. The SVG is a picture of the ordered list beside it, so its
// text alternative names the steps in order.
func stepDiagram(d *page.Document, sg schema.Located[schema.StepGraph], lang diag.Lang) template.HTML {
	list, _ := schema.Get(d.Params, sg.Pointer)
	steps, _ := list.([]any)
	if len(steps) == 0 {
		return ""
	}
	const (
		w, h, gap, left = 420, 56, 36, 16
	)
	index := map[string]int{}
	for i, s := range steps {
		m, _ := s.(map[string]any)
		index[fmt.Sprint(m[sg.Spec.ID])] = i
	}
	height := len(steps)*(h+gap) - gap + 32
	var b strings.Builder
	var names []string
	id := "kaavio-" + strings.ReplaceAll(strings.Trim(sg.Pointer, "/"), "/", "-")
	fmt.Fprintf(&b, `<svg xmlns="http://www.w3.org/2000/svg" class="steps" viewBox="0 0 %d %d" width="%d" height="%d" role="img" aria-labelledby="%s-title">`, w+120, height, w+120, height, id)
	b.WriteString(`<defs><marker id="` + id + `-arrow" viewBox="0 0 10 10" refX="9" refY="5" markerWidth="8" markerHeight="8" orient="auto-start-reverse"><path d="M0 0L10 5L0 10z" fill="currentColor"/></marker></defs>`)
	side := 0
	for i, s := range steps {
		m, _ := s.(map[string]any)
		name, _ := m[sg.Spec.Name].(string)
		if name == "" {
			name = fmt.Sprint(m[sg.Spec.ID])
		}
		names = append(names, fmt.Sprintf("%d. %s", i+1, name))
		y := 16 + i*(h+gap)
		actor := ""
		if a, ok := m[sg.Spec.Actor].(string); ok {
			actor = a
			if l := d.Report.EnumLabel(fmt.Sprintf("%s/%d/%s", sg.Pointer, i, sg.Spec.Actor), a); l != nil {
				actor = l.In(lang)
			}
		}
		fmt.Fprintf(&b, `<rect x="%d" y="%d" width="%d" height="%d" rx="6" class="step"/>`, left, y, w, h)
		fmt.Fprintf(&b, `<text x="%d" y="%d" class="step-name">%s</text>`, left+12, y+24, esc(fmt.Sprintf("%d. %s", i+1, clip(name, 48))))
		if actor != "" {
			fmt.Fprintf(&b, `<text x="%d" y="%d" class="step-actor">%s</text>`, left+12, y+44, esc(clip(actor, 56)))
		}
		next, _ := m[sg.Spec.Next].([]any)
		for _, n := range next {
			j, ok := index[fmt.Sprint(n)]
			if !ok {
				continue
			}
			if j == i+1 {
				x := left + w/2
				fmt.Fprintf(&b, `<line x1="%d" y1="%d" x2="%d" y2="%d" class="edge" marker-end="url(#%s-arrow)"/>`, x, y+h, x, y+h+gap-2, id)
				continue
			}
			side++
			ty := 16 + j*(h+gap)
			x := left + w + 12 + 14*side
			fmt.Fprintf(&b, `<path d="M%d %d H%d V%d H%d" class="edge" fill="none" marker-end="url(#%s-arrow)"/>`, left+w, y+h/2, x, ty+h/2, left+w+2, id)
		}
	}
	fmt.Fprintf(&b, `<title id="%s-title">%s</title></svg>`, id, esc(strings.Join(names, "; ")))
	return template.HTML(b.String())
}

func clip(s string, n int) string {
	r := []rune(s)
	if len(r) <= n {
		return s
	}
	return string(r[:n-1]) + "…"
}

func esc(s string) string { return template.HTMLEscapeString(s) }
