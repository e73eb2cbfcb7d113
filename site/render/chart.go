package render

import (
	"fmt"
	"html/template"
	"strconv"
	"strings"

	"github.com/malli-fi/malli/site/diag"
)

// chartData is what a chart needs besides a comparison's columns: the
// scale's lowest and highest value.
type chartData struct{ min, max float64 }

// The chart's geometry, in SVG user units (CSS pixels at full size): a
// label column for the phases, then the bars, then room for the value.
const (
	chartWidth = 440
	barX       = 116 // where the bars start
	barSpan    = 260 // the length of a bar at the scale's highest value
	barHeight  = 18
	rowHeight  = 28
	groupHead  = 24 // a line of a group's title
)

// phaseChart draws the group means of a comparison by phase as horizontal
// bars: under each group's title a bar per evaluation, labelled with its
// phase and with its mean, coloured with the traffic light of the scale
// value nearest to it, on an axis of the scale's values. Its text
// alternative is its own description, which says every figure, and the
// tables beside it.
func phaseChart(ph *Phases, s *scoring, th *Theme, lang diag.Lang) template.HTML {
	span := ph.chart.max - ph.chart.min
	if span <= 0 || len(ph.Groups) == 0 {
		return ""
	}
	id := "kaavio-" + ph.ID
	var body strings.Builder
	var desc []string
	y := 0
	for _, g := range ph.Groups {
		title := g.Title
		if title == "" {
			title = th.T(lang, "chart_all")
		}
		for _, line := range wrap(title, 46) {
			y += groupHead
			fmt.Fprintf(&body, `<text x="0" y="%d" class="chart-group">%s</text>`, y-6, esc(line))
		}
		var parts []string
		for i, col := range ph.Columns {
			t := g.Totals[i]
			cls := "chart-phase"
			if col.Current {
				cls += " current"
			}
			fmt.Fprintf(&body, `<text x="0" y="%d" class="%s">%s</text>`, y+barHeight-4, cls, esc(col.Phase))
			value := th.T(lang, "chart_none")
			if t.Scored > 0 {
				w := int((t.mean - ph.chart.min) / span * barSpan)
				light := s.light(t.mean)
				if light == "" {
					light = "none"
				}
				fmt.Fprintf(&body, `<rect x="%d" y="%d" width="%d" height="%d" class="bar light-%s"/>`, barX, y+2, max(w, 2), barHeight, esc(light))
				value = strconv.FormatFloat(t.mean, 'f', 1, 64)
				value = decimal(value, lang)
				fmt.Fprintf(&body, `<text x="%d" y="%d" class="chart-value">%s</text>`, barX+max(w, 2)+6, y+barHeight-4, esc(value))
			} else {
				fmt.Fprintf(&body, `<text x="%d" y="%d" class="chart-value">%s</text>`, barX, y+barHeight-4, esc(value))
			}
			parts = append(parts, col.Phase+" "+value)
			y += rowHeight
		}
		desc = append(desc, title+": "+strings.Join(parts, ", "))
		y += 8
	}
	// The axis: a tick and the value at each step of the scale.
	axis := y + 4
	var b strings.Builder
	height := axis + 24
	fmt.Fprintf(&b, `<svg xmlns="http://www.w3.org/2000/svg" class="chart" viewBox="0 0 %d %d" width="%d" height="%d" role="img" aria-labelledby="%s-title %s-desc">`, chartWidth, height, chartWidth, height, id, id)
	fmt.Fprintf(&b, "\n<title id=\"%s-title\">%s</title>", id, esc(th.T(lang, "chart_title")))
	fmt.Fprintf(&b, "\n<desc id=\"%s-desc\">%s</desc>", id, esc(th.T(lang, "chart_scale")+" "+decimal(strconv.FormatFloat(ph.chart.min, 'f', -1, 64), lang)+"–"+decimal(strconv.FormatFloat(ph.chart.max, 'f', -1, 64), lang)+". "+strings.Join(desc, ". ")+"."))
	for _, st := range s.scale {
		v, ok := number(st[s.scaleKey])
		if !ok {
			continue
		}
		x := barX + int((v-ph.chart.min)/span*barSpan)
		fmt.Fprintf(&b, "\n"+`<line x1="%d" y1="0" x2="%d" y2="%d" class="grid"/>`, x, x, axis)
		fmt.Fprintf(&b, "\n"+`<text x="%d" y="%d" class="chart-tick">%s</text>`, x, axis+18, esc(decimal(fmt.Sprint(st[s.scaleKey]), lang)))
	}
	fmt.Fprintf(&b, "\n"+`<line x1="%d" y1="%d" x2="%d" y2="%d" class="axis"/>`, barX, axis, barX+barSpan, axis)
	b.WriteString("\n" + strings.ReplaceAll(body.String(), "><", ">\n<"))
	b.WriteString("\n</svg>")
	return template.HTML(b.String())
}
