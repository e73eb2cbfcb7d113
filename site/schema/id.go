// ValidProperty: checking a value malli derives (the id a file name gives)
// by the type's own rules.

package schema

// ValidProperty reports whether v would be a valid value of property key of
// the object at pointer parent, by every schema that declares the property
// there. It is how a value malli derives, such as the id a file name gives,
// is checked by the type's own rules rather than by Go code.
func (r *Report) ValidProperty(parent, key string, v any) bool {
	for _, s := range r.applicable[parent] {
		if p := s.Properties[key]; p != nil && p.Validate(v) != nil {
			return false
		}
	}
	return true
}
