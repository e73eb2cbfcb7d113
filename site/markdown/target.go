package markdown

// Target is where a body link goes once the graph stage has resolved it.
type Target struct {
	Set      bool   // false: leave the link as written (an external or refused link)
	Href     string // the final URL
	HrefLang string // the target's language when it differs from the page's; "" otherwise
}

// RenderWith renders the body with each link i pointing at targets[i].
func (d *Doc) RenderWith(targets []Target) ([]byte, error) {
	for i, t := range targets {
		if i < len(d.Links) && t.Set {
			d.Links[i].SetDest(t.Href)
			if t.HrefLang != "" {
				d.Links[i].SetAttr("hreflang", t.HrefLang)
			}
		}
	}
	return d.Render()
}
