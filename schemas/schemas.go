// Package schemas embeds the JSON Schemas of malli's content types, so that
// a site without a schemas/ folder of its own still builds.
package schemas

import "embed"

// FS holds every *.json file of this folder.
//
//go:embed *.json
var FS embed.FS
