// Package schemas embeds the JSON Schemas of malli's content types, so that
// a site without a schemas/ folder of its own still builds, and the schemas
// of malli's exports (export/), which are malli's and not a site's.
package schemas

import "embed"

// FS holds every *.json file of this folder: the content types.
//
//go:embed *.json
var FS embed.FS

// ExportFS holds the export schemas, export/*.schema.json.
//
//go:embed export/*.json
var ExportFS embed.FS
