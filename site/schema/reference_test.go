package schema_test

import (
	"testing"

	"github.com/malli-fi/malli/schemas"
	"github.com/malli-fi/malli/site/schema"
)

// TestReferenceOfTheRealSchemas checks the field reference against facts
// of this repository's schemas: if the walk lost nested fields, code
// labels, references or whose requirement a field is, it would fail.
func TestReferenceOfTheRealSchemas(t *testing.T) {
	reg, diags := schema.Compile(schemas.FS, ".")
	if len(diags) > 0 {
		t.Fatalf("Compile: %v", diags)
	}
	find := func(fs []schema.FieldDoc, name string) *schema.FieldDoc {
		for i := range fs {
			if fs[i].Name == name {
				return &fs[i]
			}
		}
		t.Fatalf("no field %s among %d", name, len(fs))
		return nil
	}
	project := reg.ByName("project").Reference()
	if project[0].Name != "title" || project[2].Name != "status" {
		t.Errorf("the reference starts %s, %s, %s; want title, summary, status first", project[0].Name, project[1].Name, project[2].Name)
	}
	title := find(project, "title")
	if title.RequiredDraft == nil || title.Label.In("sv") == "" || title.Description.In("en") == "" {
		t.Errorf("title = %+v; want required in a draft, labelled and described in every language", title)
	}
	status := find(project, "status")
	if len(status.Codes) < 2 || status.Codes[0].Label.In("fi") == "" {
		t.Errorf("status codes = %+v; want the code list with labels", status.Codes)
	}
	programme := find(project, "programme")
	if len(programme.RefTypes) != 1 || programme.RefTypes[0] != "programme" {
		t.Errorf("programme refers to %v, want [programme]", programme.RefTypes)
	}
	if hk := find(project, "hankesalkku_id"); hk.RequiredDraft != nil {
		t.Errorf("hankesalkku_id is required in a draft; the programme requires it of published projects only")
	}
	contacts := find(project, "contact_persons")
	if email := find(contacts.Fields, "email"); email.Format != "email" {
		t.Errorf("contact_persons/*/email format = %q, want email", email.Format)
	}
	path := reg.ByName("service_path").Reference()
	steps := find(path, "steps")
	if actor := find(steps.Fields, "actor"); len(actor.Codes) == 0 {
		t.Errorf("steps/*/actor has no codes; want the actor kinds")
	}
}
