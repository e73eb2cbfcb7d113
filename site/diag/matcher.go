package diag

import _ "embed"

// ProblemMatcher is a GitHub Actions problem matcher for the text format:
// with it, GitHub turns each "file:line:col: severity: message [code]"
// line of `malli check` into an annotation (in any of the three
// languages), so a workflow that prints the text log needs no second run
// in the github format. Its source is site/diag/problem-matcher.json; a
// site keeps a copy at ProblemMatcherPath and its workflow says
//
//   - run: echo "::add-matcher::.github/malli-problem-matcher.json"
//
// before the check step. It has two matchers, malli-error and
// malli-warning, whose severity comes from the matcher (GitHub takes only
// "error" and "warning", not the Finnish or Swedish words); each takes
// file, line, column, message and code. The paths in the text log must be
// relative to the repository for GitHub to place the annotations
// (ReportOptions.Path with RepoPaths).
//
//go:embed problem-matcher.json
var ProblemMatcher []byte

// ProblemMatcherPath is where `malli init` puts ProblemMatcher in a new
// site, relative to the repository root.
const ProblemMatcherPath = ".github/malli-problem-matcher.json"
