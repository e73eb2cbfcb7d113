package main

// The help pages, laid out from the table in commands.go.

import (
	"strings"

	"github.com/malli-fi/malli/site/diag"
)

// topHelp is malli help: every command and how to start.
func topHelp(lang diag.Lang) string {
	var b strings.Builder
	b.WriteString(helpTitle.In(lang) + "\n\n")
	b.WriteString(helpUsage.In(lang) + "\n")
	b.WriteString("  malli " + helpCommand.In(lang) + " " + helpFlagsWord.In(lang) + "\n\n")
	b.WriteString(helpCommands.In(lang) + "\n")
	width := 0
	for _, c := range commands {
		width = max(width, len(c.name))
	}
	for _, c := range commands {
		b.WriteString("  " + c.name + strings.Repeat(" ", width-len(c.name)+2) + c.summary.In(lang) + "\n")
	}
	b.WriteString("\n" + helpStart.In(lang) + "\n\n")
	for _, w := range []words{helpFlagForms, helpLanguage, helpColour, helpExit} {
		b.WriteString(paragraph(w.In(lang), width80, ""))
	}
	return b.String()
}

// commandHelp is malli help COMMAND: what it does, its flags, examples.
func commandHelp(c *command, lang diag.Lang) string {
	var b strings.Builder
	b.WriteString("malli " + c.name + " — " + c.summary.In(lang) + "\n\n")
	b.WriteString(helpUsage.In(lang) + "\n")
	line := "  malli " + c.name + " " + helpFlagsWord.In(lang)
	if a := c.args.In(lang); a != "" {
		line += " " + a
	}
	b.WriteString(line + "\n\n")
	b.WriteString(paragraph(c.about.In(lang), width80, "") + "\n")
	b.WriteString(helpFlags.In(lang) + "\n")
	b.WriteString(flagTable(c.flags, lang))
	if len(c.examples) > 0 {
		b.WriteString("\n" + helpExamples.In(lang) + "\n")
		for _, e := range c.examples {
			b.WriteString("  " + e.line + "\n")
			b.WriteString("      " + e.what.In(lang) + "\n")
		}
	}
	b.WriteString("\n" + paragraph(helpFlagForms.In(lang), width80, ""))
	switch c.name {
	case "build", "check", "serve", "new", "init":
		b.WriteString(paragraph(helpExit.In(lang), width80, ""))
	}
	b.WriteString(helpSeeAlso.In(lang) + "\n")
	return b.String()
}

// flagTable lays out flags in two columns: the flag and its value, and
// what it means; a long flag puts its meaning on the next line.
func flagTable(keys []string, lang diag.Lang) string {
	const maxLeft = 26
	left := make([]string, len(keys))
	width := 0
	for i, k := range keys {
		f := flagSpecs[k]
		s := "      "
		if f.short != "" {
			s = "  -" + f.short + ", "
		}
		s += "--" + f.name
		if !f.isBool() {
			s += " " + f.value.In(lang)
		}
		left[i] = s
		if n := len([]rune(s)); n <= maxLeft {
			width = max(width, n)
		}
	}
	var b strings.Builder
	indent := strings.Repeat(" ", width+2)
	for i, k := range keys {
		n := len([]rune(left[i]))
		if n > width {
			b.WriteString(left[i] + "\n" + indent)
		} else {
			b.WriteString(left[i] + strings.Repeat(" ", width-n+2))
		}
		b.WriteString(strings.TrimPrefix(paragraph(flagSpecs[k].help.In(lang), width80, indent), indent))
	}
	return b.String()
}

// width80 is the width help is wrapped to.
const width80 = 80

// paragraph is text as one paragraph, its words wrapped to lines of at
// most width runes (a longer word stands alone), each after indent.
func paragraph(text string, width int, indent string) string {
	var b strings.Builder
	line := indent
	for _, w := range strings.Fields(text) {
		if line != indent && len([]rune(line))+1+len([]rune(w)) > width {
			b.WriteString(line + "\n")
			line = indent
		}
		if line != indent {
			line += " "
		}
		line += w
	}
	b.WriteString(line + "\n")
	return b.String()
}
