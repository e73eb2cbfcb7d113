package page

import (
	"fmt"
	"sort"
	"strconv"
	"strings"

	"github.com/malli-fi/malli/site/diag"
	"github.com/malli-fi/malli/site/internal/isodate"
	"github.com/malli-fi/malli/site/schema"
)

// The checks of code lists whose codes carry facts (x-malli-enum-facts):
// a code in force on the document's dates (x-malli-in-force), and the
// codes of one object belonging together (x-malli-belongs-to), such as an
// area's municipalities, wellbeing services counties and regions.

// span is the document's dates a value's codes must be in force on: some
// day from From to To (To "" for the one day From), read from the fields
// the schema names.
type span struct {
	From, To       string
	FromKey, ToKey string // the fields, as the message names them
	Pointer        string // the value they apply to
}

// spans returns the dates of each x-malli-in-force value whose date
// fields hold dates; a document without them has no dates to check.
func (d *Document) spans() []span {
	var out []span
	for _, f := range d.Report.InForce {
		from, _ := schema.Get(d.Params, f.Spec.From)
		s := span{Pointer: f.Pointer, FromKey: lastToken(f.Spec.From)}
		if s.From, _ = from.(string); !isodate.Valid(s.From) {
			continue
		}
		if f.Spec.To != "" {
			to, _ := schema.Get(d.Params, f.Spec.To)
			if t, _ := to.(string); isodate.Valid(t) && t >= s.From {
				s.To, s.ToKey = t, lastToken(f.Spec.To)
			}
		}
		out = append(out, s)
	}
	return out
}

// spanAt returns the dates that apply at pointer: those of the nearest
// x-malli-in-force value that holds it.
func spanAt(spans []span, ptr string) (span, bool) {
	best, found := span{}, false
	for _, s := range spans {
		if (ptr == s.Pointer || strings.HasPrefix(ptr, s.Pointer+"/")) && (!found || len(s.Pointer) > len(best.Pointer)) {
			best, found = s, true
		}
	}
	return best, found
}

// checkCodes reports each code not in force on the document's dates
// (code.not-in-force) and each code that does not belong with the codes
// of another list of its object (the x-malli-belongs-to rule's code).
func (d *Document) checkCodes() diag.List {
	var diags diag.List
	if len(d.Report.InForce) == 0 && len(d.Report.BelongsTo) == 0 {
		return diags
	}
	spans := d.spans()
	for _, s := range spans {
		v, _ := schema.Get(d.Params, s.Pointer)
		d.eachCode(v, s.Pointer, func(ptr, code string, ps schema.Periods) {
			if inForce(ps, s.From, s.To) {
				return
			}
			dg := diags.Errorf(d.PointerPos(ptr, true), diag.CodeNotInForce,
				d.Report.Label(ptr), d.code(ptr, code), spanWords(s), validityWords(ps))
			if next := ps[len(ps)-1].ReplacedBy; next != "" {
				dg.Hint = replacedWords(d.code(ptr, next))
			}
		})
	}
	for _, b := range d.Report.BelongsTo {
		obj, _ := schema.Get(d.Params, b.Pointer)
		m, _ := obj.(map[string]any)
		in, _ := m[b.Spec.In].([]any)
		items, _ := m[b.Spec.Items].([]any)
		if len(in) == 0 || len(items) == 0 {
			continue
		}
		listed := map[string]bool{}
		for _, c := range in {
			if s, ok := c.(string); ok {
				listed[s] = true
			}
		}
		inPtr := b.Pointer + "/" + schema.EscapeToken(b.Spec.In)
		s, dated := spanAt(spans, b.Pointer)
		for i, it := range items {
			code, _ := it.(string)
			ptr := fmt.Sprintf("%s/%s/%d", b.Pointer, schema.EscapeToken(b.Spec.Items), i)
			facts := d.Report.EnumFacts(ptr)
			ps := facts[code]
			if len(ps) == 0 {
				continue
			}
			values := factValues(ps, b.Spec.Fact, s, dated)
			if len(values) == 0 || anyListed(values, listed) {
				continue
			}
			var named []schema.Field
			for _, v := range values {
				named = append(named, d.code(inPtr+"/0", v))
			}
			dg := diags.Errorf(d.PointerPos(ptr, true), b.Spec.Diag,
				d.Report.Label(ptr), d.code(ptr, code), schema.OrWords(named), d.Report.Label(inPtr))
			dg.Hint = d.belongsHint(ptr, facts, b.Spec.Fact, listed, s, dated, named, inPtr)
		}
	}
	return diags
}

// belongsHint names the codes that would belong where there are a few
// ("15 Keski-Suomen hyvinvointialue" for region 13), else asks that the
// item's own fact be added to the other list.
func (d *Document) belongsHint(ptr string, facts map[string]schema.Periods, fact string, listed map[string]bool, s span, dated bool, named []schema.Field, inPtr string) diag.Localized {
	codes := make([]string, 0, len(facts))
	for c := range facts {
		codes = append(codes, c)
	}
	sort.Strings(codes)
	var fits []schema.Field
	for _, c := range codes {
		ps := facts[c]
		if dated && !inForce(ps, s.From, s.To) {
			continue
		}
		if anyListed(factValues(ps, fact, s, dated), listed) {
			fits = append(fits, d.code(ptr, c))
		}
	}
	in := d.Report.Label(inPtr)
	if len(fits) > 0 && len(fits) <= 5 {
		or := schema.OrWords(fits)
		return diag.Words{
			FI: fmt.Sprintf("kentän %s koodeihin sopii %s", in.In(diag.FI), or.In(diag.FI)),
			SV: fmt.Sprintf("till koderna i fältet %s passar %s", in.In(diag.SV), or.In(diag.SV)),
			EN: fmt.Sprintf("%s fits the codes in %s", or.In(diag.EN), in.In(diag.EN)),
		}
	}
	and := andWords(named)
	return diag.Words{
		FI: fmt.Sprintf("lisää %s kenttään %s tai korjaa arvo", and.In(diag.FI), in.In(diag.FI)),
		SV: fmt.Sprintf("lägg till %s i fältet %s eller rätta värdet", and.In(diag.SV), in.In(diag.SV)),
		EN: fmt.Sprintf("add %s to %s, or correct the value", and.In(diag.EN), in.In(diag.EN)),
	}
}

// eachCode calls f for every string in v, at pointer ptr or below it,
// that is a code with enum facts.
func (d *Document) eachCode(v any, ptr string, f func(ptr, code string, ps schema.Periods)) {
	switch v := v.(type) {
	case string:
		if ps := d.Report.EnumFacts(ptr)[v]; len(ps) > 0 {
			f(ptr, v, ps)
		}
	case []any:
		for i, x := range v {
			d.eachCode(x, ptr+"/"+strconv.Itoa(i), f)
		}
	case map[string]any:
		keys := make([]string, 0, len(v))
		for k := range v {
			keys = append(keys, k)
		}
		sort.Strings(keys)
		for _, k := range keys {
			d.eachCode(v[k], ptr+"/"+schema.EscapeToken(k), f)
		}
	}
}

// code is a code with its label at ptr, printed `"099" (Honkajoki)`.
func (d *Document) code(ptr, code string) schema.Field {
	return schema.Field{Key: code, Label: d.Report.EnumLabel(ptr, code)}
}

func inForce(ps schema.Periods, from, to string) bool {
	for _, p := range ps {
		if p.Overlaps(from, to) {
			return true
		}
	}
	return false
}

// factValues returns the values of fact in the periods that overlap the
// dates (all periods when there are none, or none overlap), in order and
// each once.
func factValues(ps schema.Periods, fact string, s span, dated bool) []string {
	var out []string
	add := func(p schema.Period) {
		v, ok := p.Facts[fact]
		if !ok {
			return
		}
		for _, o := range out {
			if o == v {
				return
			}
		}
		out = append(out, v)
	}
	if dated && inForce(ps, s.From, s.To) {
		for _, p := range ps {
			if p.Overlaps(s.From, s.To) {
				add(p)
			}
		}
		return out
	}
	for _, p := range ps {
		add(p)
	}
	return out
}

func anyListed(values []string, listed map[string]bool) bool {
	for _, v := range values {
		if listed[v] {
			return true
		}
	}
	return false
}

func lastToken(ptr string) string {
	return ptr[strings.LastIndex(ptr, "/")+1:]
}

// spanWords says the document's dates: "ajalla 2021-01-01–2022-12-31
// (start_date–end_date)", or "päivänä 2021-01-01 (start_date)".
func spanWords(s span) diag.Localized {
	if s.To == "" || s.To == s.From {
		return diag.Words{
			FI: fmt.Sprintf("päivänä %s (%s)", s.From, s.FromKey),
			SV: fmt.Sprintf("den %s (%s)", s.From, s.FromKey),
			EN: fmt.Sprintf("on %s (%s)", s.From, s.FromKey),
		}
	}
	return diag.Words{
		FI: fmt.Sprintf("millään päivällä ajalla %s–%s (%s–%s)", s.From, s.To, s.FromKey, s.ToKey),
		SV: fmt.Sprintf("någon dag under tiden %s–%s (%s–%s)", s.From, s.To, s.FromKey, s.ToKey),
		EN: fmt.Sprintf("on any day from %s to %s (%s–%s)", s.From, s.To, s.FromKey, s.ToKey),
	}
}

// validityWords says when a code was in force: "2020-12-31 asti",
// "2021-01-01 alkaen", or its periods joined.
func validityWords(ps schema.Periods) diag.Localized {
	from, to := ps[0].From, ps[len(ps)-1].To
	switch {
	case from == "" && to != "":
		return diag.Words{FI: to + " asti", SV: "till och med " + to, EN: "until " + to}
	case from != "" && to == "":
		return diag.Words{FI: from + " alkaen", SV: "från och med " + from, EN: "from " + from}
	default:
		return diag.Words{FI: from + "–" + to, SV: from + "–" + to, EN: "from " + from + " to " + to}
	}
}

// replacedWords is the hint for a code that another took the place of.
func replacedWords(next schema.Field) diag.Localized {
	return diag.Words{
		FI: "sen tilalle tuli " + next.In(diag.FI),
		SV: "den ersattes av " + next.In(diag.SV),
		EN: "it was replaced by " + next.In(diag.EN),
	}
}

// andWords joins codes with "ja"/"och"/"and".
func andWords(fields []schema.Field) diag.Localized {
	join := func(lang diag.Lang, and string) string {
		parts := make([]string, len(fields))
		for i, f := range fields {
			parts[i] = f.In(lang)
		}
		return strings.Join(parts, and)
	}
	return diag.Words{FI: join(diag.FI, " ja "), SV: join(diag.SV, " och "), EN: join(diag.EN, " and ")}
}
