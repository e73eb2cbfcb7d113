// Package defaulttheme embeds malli's default theme, so that a site without
// a themes/default/ folder of its own still builds.
package defaulttheme

import "embed"

// FS holds the theme's layouts, partials, static files and UI strings.
//
//go:embed layouts partials static i18n
var FS embed.FS
