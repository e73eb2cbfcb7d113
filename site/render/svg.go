package render

import (
	"fmt"
	"html/template"
	"strconv"
	"strings"

	"github.com/malli-fi/malli/site/diag"
	"github.com/malli-fi/malli/site/frontmatter"
	"github.com/malli-fi/malli/site/page"
	"github.com/malli-fi/malli/site/schema"
)

// A step graph (x-malli-step-graph) is shown as a figure: two drawings of
// the same steps, one for wide screens with a lane for each actor and
// one column for narrow ones (the theme's CSS shows one of them), and
// the text alternative, the ordered list of the steps with everything
// the drawings say, in words.

// Diagram is a step graph as a page shows it.
type Diagram struct {
	ID     string        // the figure's id, unique on the page ("kaavio-steps")
	Title  string        // what it shows: the list's label ("Vaiheet")
	Wide   template.HTML // the SVG with the actors as lanes
	Narrow template.HTML // the SVG in one column, readable at 320 px
	Steps  []Step        // the text alternative, in order
}

// Step is one step of a step graph in the text alternative.
type Step struct {
	N      int
	ID     string  // its anchor, which the drawings' steps link to
	Name   string  // its name (the graph's name field), or its id
	Fields []Field // its other fields in source order but the next steps: the actor, the condition, legal bases, a model (a link by title), …
	Next   []Next  // where the path goes from it; none: the path ends
	Branch bool    // the path goes on to more than one step
}

// Next is a step the path goes to from another.
type Next struct {
	N         int
	Name      string
	Href      string // "#" and its id
	Condition string // when the path goes there, in words (the graph's condition field)
	Back      bool   // a return to the same or an earlier step
}

// flowStep is a step as the drawings lay it out.
type flowStep struct {
	id, name, actor, cond string
	next                  []int // the steps it goes to, by index, as listed
}

// flowText are the words of a drawing that are not the document's.
type flowText struct {
	title, desc string
	from, back  string // "{n}" stands for the step's number: where a jump comes from, where a return comes from
	end         string // below a step where the path ends
}

// flowWords are the theme's words of a drawing in lang, titled title.
func (th *Theme) flowWords(lang diag.Lang, title string) flowText {
	return flowText{
		title: title,
		desc:  th.T(lang, "steps_desc"),
		from:  th.T(lang, "steps_from"),
		back:  th.T(lang, "steps_back_from"),
		end:   th.T(lang, "steps_end_short"),
	}
}

// diagrams returns the step graphs of d as lang shows them, and adds
// their pointers to shown (which it makes if nil): the page shows those
// lists in the figure, not among its fields.
func (r *Renderer) diagrams(d *page.Document, lang diag.Lang, shown map[string]bool) ([]Diagram, map[string]bool) {
	var out []Diagram
	for _, sg := range d.Report.StepGraphs {
		dg, ok := r.diagram(d, sg, lang)
		if !ok {
			continue
		}
		if shown == nil {
			shown = map[string]bool{}
		}
		shown[sg.Pointer] = true
		out = append(out, dg)
	}
	return out, shown
}

func (r *Renderer) diagram(d *page.Document, sg schema.Located[schema.StepGraph], lang diag.Lang) (Diagram, bool) {
	steps := readFlow(d, sg, lang)
	if len(steps) == 0 {
		return Diagram{}, false
	}
	id := "kaavio-" + strings.ReplaceAll(strings.Trim(sg.Pointer, "/"), "/", "-")
	label := d.Report.Label(sg.Pointer).Label.In(lang)
	if label == "" {
		label = strings.TrimPrefix(sg.Pointer, "/")
	}
	words := r.th.flowWords(lang, label+" – "+d.Title)
	dg := Diagram{
		ID:     id,
		Title:  label,
		Wide:   template.HTML(drawFlow(steps, id+"-laaja", true, wideWidth, words)),
		Narrow: template.HTML(drawFlow(steps, id+"-kapea", false, narrowWidth, words)),
	}
	// The text alternative: each step's fields from the front matter, in
	// source order, labelled by the schema, references by their titles.
	list := nodeAt(d.Front, sg.Pointer)
	for i, s := range steps {
		st := Step{N: i + 1, ID: s.id, Name: s.name, Branch: len(s.next) > 1}
		if list != nil && i < len(list.Items) && list.Items[i].Kind == frontmatter.Map {
			ptr := fmt.Sprintf("%s/%d", sg.Pointer, i)
			for _, e := range list.Items[i].Entries {
				if e.Key == sg.Spec.ID || e.Key == sg.Spec.Name || e.Key == sg.Spec.Next {
					continue
				}
				st.Fields = append(st.Fields, field(r.g, d, lang, ptr+"/"+schema.EscapeToken(e.Key), e.Key, e.Value))
			}
		}
		for _, j := range s.next {
			t := steps[j]
			st.Next = append(st.Next, Next{N: j + 1, Name: t.name, Href: "#" + t.id, Condition: t.cond, Back: j <= i})
		}
		dg.Steps = append(dg.Steps, st)
	}
	return dg, true
}

// readFlow reads the steps of the graph sg in d: names, actors by their
// labels in lang, conditions, and next steps by index (unknown ids, which
// page checks report, left out).
func readFlow(d *page.Document, sg schema.Located[schema.StepGraph], lang diag.Lang) []flowStep {
	list, _ := schema.Get(d.Params, sg.Pointer)
	items, _ := list.([]any)
	index := map[string]int{}
	steps := make([]flowStep, len(items))
	for i, it := range items {
		m, _ := it.(map[string]any)
		s := &steps[i]
		s.id = fmt.Sprint(m[sg.Spec.ID])
		if _, dup := index[s.id]; !dup {
			index[s.id] = i
		}
		s.name, _ = m[sg.Spec.Name].(string)
		if s.name == "" {
			s.name = s.id
		}
		if a, ok := m[sg.Spec.Actor].(string); ok {
			s.actor = a
			if l := d.Report.EnumLabel(fmt.Sprintf("%s/%d/%s", sg.Pointer, i, schema.EscapeToken(sg.Spec.Actor)), a); l != nil {
				s.actor = l.In(lang)
			}
		}
		if sg.Spec.Condition != "" {
			s.cond, _ = m[sg.Spec.Condition].(string)
		}
	}
	for i, it := range items {
		m, _ := it.(map[string]any)
		next, _ := m[sg.Spec.Next].([]any)
		for _, n := range next {
			if j, ok := index[fmt.Sprint(n)]; ok {
				steps[i].next = append(steps[i].next, j)
			}
		}
	}
	return steps
}

// nodeAt returns the front matter node at pointer ptr, or nil.
func nodeAt(n *frontmatter.Node, ptr string) *frontmatter.Node {
	if ptr == "" {
		return n
	}
	for _, tok := range strings.Split(ptr[1:], "/") {
		tok = strings.ReplaceAll(strings.ReplaceAll(tok, "~1", "/"), "~0", "~")
		switch {
		case n == nil:
			return nil
		case n.Kind == frontmatter.Map:
			n = n.Get(tok)
		case n.Kind == frontmatter.List:
			i, err := strconv.Atoi(tok)
			if err != nil || i < 0 || i >= len(n.Items) {
				return nil
			}
			n = n.Items[i]
		default:
			return nil
		}
	}
	return n
}

// The drawings' measures, in CSS pixels at scale 1. The narrow drawing is
// as wide as the page's text column at 320 px, so that its text is shown
// at its size there; the wide one never scales down (its box scrolls
// sideways where the window is narrower than it).
const (
	wideWidth   = 720 // the wide drawing's width, unless its lanes need more
	narrowWidth = 272
	minLane     = 240 // the narrowest lane of the wide drawing

	nameSize, nameLine   = 15, 20 // a step's name: font size and line height
	smallSize, smallLine = 14, 18 // its actor, a condition, the lanes' names
	pad                  = 10     // inside a box
	gap                  = 40     // between a step and the next one's condition
	track                = 12     // between the side channels' lines
	arrowX               = 20     // where the arrow down enters a box, from its left
	bandIndent           = 32     // where a condition starts, from the box's left
	nameEm, smallEm      = 62, 56 // the average width of a character of a name (bold) and of the smaller text, in per cent of its size
)

// drawFlow draws steps top to bottom in order, each a box that links to
// the step's details (#id) with its number, name and actor, the name
// wrapped on as many lines as it needs. With lanes, each actor has a
// column of its own, named at its top, and a step's box sits in its
// actor's lane. An arrow goes down from a step to the next one in order
// when the path goes there; a jump further forward goes round by the
// channel on the right, a return to the same or an earlier step by the
// channel on the left, each line on a track of its own, so that no line
// crosses a box or a text. Above a step's box, where the arrows come in,
// are its condition and, for each jump or return into it, where that
// comes from in words ("↪ vaiheesta 1", "↩ paluu vaiheesta 7"); below a
// step where the path ends, words that say so.
func drawFlow(steps []flowStep, id string, lanes bool, width int, words flowText) string {
	n := len(steps)
	// The actors' lanes, in the order their first steps come.
	lane := make([]int, n)
	var actors []string
	if lanes {
		at := map[string]int{}
		for i, s := range steps {
			j, ok := at[s.actor]
			if !ok {
				j = len(actors)
				at[s.actor] = j
				actors = append(actors, s.actor)
			}
			lane[i] = j
		}
	} else {
		actors = []string{""}
	}
	// The edges, and the channels' tracks.
	type edge struct{ from, to, track int }
	var seq, jumps, backs []edge
	for i, s := range steps {
		for _, j := range s.next {
			switch {
			case j == i+1:
				seq = append(seq, edge{from: i, to: j})
			case j > i:
				jumps = append(jumps, edge{i, j, len(jumps)})
			default:
				backs = append(backs, edge{i, j, len(backs)})
			}
		}
	}
	left, right := 0, 0
	if len(backs) > 0 {
		left = track + track*len(backs)
	}
	if len(jumps) > 0 {
		right = track + track*len(jumps)
	}
	laneW := width - left - right
	margin := 1 // a box's distance from its lane's sides
	if lanes {
		laneW = max(minLane, laneW/len(actors))
		margin = 10
		width = left + laneW*len(actors) + right
	}
	boxX := func(i int) int { return left + lane[i]*laneW + margin }
	boxW := laneW - 2*margin

	// What comes into each step and goes out of it.
	seqIn := make([]bool, n)
	for _, e := range seq {
		seqIn[e.to] = true
	}
	var notes [][]string // per step: the words above its box
	notes = make([][]string, n)
	for i, s := range steps {
		if s.cond != "" {
			notes[i] = append(notes[i], wrap(s.cond, chars(boxW-bandIndent, smallSize, smallEm))...)
		}
	}
	for _, e := range jumps {
		notes[e.to] = append(notes[e.to], "↪ "+strings.ReplaceAll(words.from, "{n}", strconv.Itoa(e.from+1)))
	}
	for _, e := range backs {
		notes[e.to] = append(notes[e.to], "↩ "+strings.ReplaceAll(words.back, "{n}", strconv.Itoa(e.from+1)))
	}
	sideSlots := make([]int, n) // per step: the lines leaving or entering its sides
	for _, e := range append(append([]edge(nil), jumps...), backs...) {
		sideSlots[e.from]++
		sideSlots[e.to]++
	}

	// The rows, top to bottom.
	var b strings.Builder
	top := 4
	header := 0
	var laneNames [][]string
	if lanes {
		for _, a := range actors {
			l := wrap(a, chars(boxW, smallSize, smallEm))
			laneNames = append(laneNames, l)
			header = max(header, len(l)*smallLine+14)
		}
	}
	type box struct {
		y, h, bandY int
		name, actor []string
	}
	boxes := make([]box, n)
	y := top + header
	for i, s := range steps {
		bx := &boxes[i]
		bx.bandY = y
		if len(notes[i]) > 0 {
			y += len(notes[i])*smallLine + 6
		}
		bx.y = y
		bx.name = wrap(strconv.Itoa(i+1)+". "+s.name, chars(boxW-2*pad, nameSize, nameEm))
		if s.actor != "" {
			bx.actor = wrap(s.actor, chars(boxW-2*pad, smallSize, smallEm))
		}
		bx.h = 2*pad + len(bx.name)*nameLine + len(bx.actor)*smallLine + 4
		bx.h = max(bx.h, 26+10*sideSlots[i])
		y += bx.h + gap
	}
	height := y - gap + 4
	if len(steps[n-1].next) == 0 {
		height += smallLine + 8 // the words that the path ends
	}

	class := "steps steps-narrow"
	if lanes {
		class = "steps steps-wide"
	}
	fmt.Fprintf(&b, `<svg xmlns="http://www.w3.org/2000/svg" class="%s" viewBox="0 0 %d %d" width="%d" height="%d" role="group" aria-labelledby="%s-title %s-desc">`+"\n", class, width, height, width, height, id, id)
	fmt.Fprintf(&b, `<title id="%s-title">%s</title>`+"\n", id, esc(words.title))
	fmt.Fprintf(&b, `<desc id="%s-desc">%s</desc>`+"\n", id, esc(words.desc))
	fmt.Fprintf(&b, `<defs><marker id="%s-arrow" viewBox="0 0 10 10" refX="9" refY="5" markerWidth="7" markerHeight="7" orient="auto-start-reverse"><path d="M0 0L10 5L0 10z" fill="currentColor"/></marker></defs>`+"\n", id)
	if lanes {
		for j, names := range laneNames {
			x := left + j*laneW
			fmt.Fprintf(&b, `<rect x="%d" y="%d" width="%d" height="%d" class="lane lane-%d"/>`+"\n", x, top, laneW, height-top, j%2)
			for k, l := range names {
				fmt.Fprintf(&b, `<text x="%d" y="%d" class="lane-name">%s</text>`+"\n", x+margin, top+8+(k+1)*smallLine-4, esc(l))
			}
		}
	}
	// The steps.
	for i, s := range steps {
		bx := boxes[i]
		x := boxX(i)
		indent := 0
		if seqIn[i] {
			indent = bandIndent
		}
		for k, l := range notes[i] {
			fmt.Fprintf(&b, `<text x="%d" y="%d" class="step-note">%s</text>`+"\n", x+indent, bx.bandY+(k+1)*smallLine-4, esc(l))
		}
		fmt.Fprintf(&b, `<a href="#%s">`+"\n", esc(s.id))
		fmt.Fprintf(&b, `<rect x="%d" y="%d" width="%d" height="%d" rx="6" class="step"/>`+"\n", x, bx.y, boxW, bx.h)
		ty := bx.y + pad
		for _, l := range bx.name {
			ty += nameLine
			fmt.Fprintf(&b, `<text x="%d" y="%d" class="step-name">%s</text>`+"\n", x+pad, ty-5, esc(l))
		}
		for _, l := range bx.actor {
			ty += smallLine
			fmt.Fprintf(&b, `<text x="%d" y="%d" class="step-actor">%s</text>`+"\n", x+pad, ty, esc(l))
		}
		b.WriteString("</a>\n")
		if len(s.next) == 0 {
			fmt.Fprintf(&b, `<text x="%d" y="%d" class="step-end">%s</text>`+"\n", x+pad, bx.y+bx.h+smallLine+2, esc("■ "+words.end))
		}
	}
	// The arrows: down to the next step in order, and round by the side
	// channels, leaving and entering the boxes' sides at slots of their own.
	for _, e := range seq {
		f, t := boxes[e.from], boxes[e.to]
		sx, tx := boxX(e.from)+arrowX, boxX(e.to)+arrowX
		if sx == tx {
			fmt.Fprintf(&b, `<path d="M%d %dV%d" class="edge" marker-end="url(#%s-arrow)"/>`+"\n", sx, f.y+f.h, t.y-1, id)
			continue
		}
		mid := f.y + f.h + gap/2
		fmt.Fprintf(&b, `<path d="M%d %dV%dH%dV%d" class="edge" marker-end="url(#%s-arrow)"/>`+"\n", sx, f.y+f.h, mid, tx, t.y-1, id)
	}
	slot := make([]int, n)
	sideY := func(i int) int {
		y := boxes[i].y + 16 + 10*slot[i]
		slot[i]++
		return y
	}
	for _, e := range jumps {
		x := width - right + track + track*e.track
		fy, ty := sideY(e.from), sideY(e.to)
		fmt.Fprintf(&b, `<path d="M%d %dH%dV%dH%d" class="edge edge-jump" marker-end="url(#%s-arrow)"/>`+"\n", boxX(e.from)+boxW, fy, x, ty, boxX(e.to)+boxW+1, id)
	}
	for _, e := range backs {
		x := left - track - track*e.track
		fy, ty := sideY(e.from), sideY(e.to)
		fmt.Fprintf(&b, `<path d="M%d %dH%dV%dH%d" class="edge edge-back" marker-end="url(#%s-arrow)"/>`+"\n", boxX(e.from), fy, x, ty, boxX(e.to)-1, id)
	}
	b.WriteString("</svg>")
	return b.String()
}

// chars is how many characters of text at size px fit in width px, by an
// average width of em per cent of the size that errs on the wide side
// (nameEm, smallEm), so that wrapped lines fit.
func chars(width, size, em int) int {
	return max(8, width*100/(size*em))
}

// wrap breaks s into lines of at most n characters at its spaces; a word
// longer than a line is broken with a hyphen. Nothing is left out.
func wrap(s string, n int) []string {
	var lines []string
	var cur []rune
	for _, w := range strings.Fields(s) {
		r := []rune(w)
		for len(r) > n {
			// The word goes on where the line has room, if some.
			room := n - 1
			if len(cur) > 0 {
				room = n - len(cur) - 2
				if room < 4 {
					lines = append(lines, string(cur))
					cur, room = nil, n-1
				}
			}
			part := string(r[:room]) + "-"
			if len(cur) > 0 {
				part = string(cur) + " " + part
			}
			lines = append(lines, part)
			cur, r = nil, r[room:]
		}
		switch {
		case len(cur) == 0:
			cur = r
		case len(cur)+1+len(r) <= n:
			cur = append(append(cur, ' '), r...)
		default:
			lines = append(lines, string(cur))
			cur = r
		}
	}
	if len(cur) > 0 {
		lines = append(lines, string(cur))
	}
	return lines
}

func esc(s string) string { return template.HTMLEscapeString(s) }
