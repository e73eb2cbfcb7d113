package main

// The flag parser: GNU-style long flags (--base-url URL, --base-url=URL),
// one-letter flags (-o DIR), the single-dash long form Go's flag package
// accepted (-drafts), flags before and after the arguments, and "--" to
// end them. Unknown flags get a "did you mean".

import (
	"fmt"
	"strings"

	"github.com/malli-fi/malli/site/diag"
	"github.com/malli-fi/malli/site/schema"
)

// parsed is a command line after its flags are parsed.
type parsed struct {
	cmd  *command
	vals map[string][]string // by flag key (see flagSpecs), every value given
	args []string            // the arguments that are not flags
	lang diag.Lang
}

func (p *parsed) has(key string) bool { return len(p.vals[key]) > 0 }

// str is the last value of the flag key, or def.
func (p *parsed) str(key, def string) string {
	if v := p.vals[key]; len(v) > 0 {
		return v[len(v)-1]
	}
	return def
}

// all is every value of the flag key, in order.
func (p *parsed) all(key string) []string { return p.vals[key] }

// on is whether the switch key is set (its last value is true).
func (p *parsed) on(key string) bool { return p.str(key, "false") == "true" }

// forward writes the flags keys that were given, and then the arguments,
// as a command that parses its own flags with Go's flag package takes
// them: -name=value ..., --, args.
func (p *parsed) forward(keys ...string) []string {
	var out []string
	for _, k := range keys {
		for _, v := range p.vals[k] {
			out = append(out, "-"+flagSpecs[k].name+"="+v)
		}
	}
	return append(append(out, "--"), p.args...)
}

// usageError is a command line malli does not understand.
type usageError struct{ msg string }

func (e *usageError) Error() string { return e.msg }

// lookup finds the flag named by name (without dashes) among keys.
func lookup(name string, keys []string) (string, *flagSpec) {
	for _, k := range keys {
		f := flagSpecs[k]
		if f.name == name || (f.short != "" && f.short == name) {
			return k, f
		}
	}
	return "", nil
}

// flagName is how help writes f: --name, or -x for a one-letter flag
// written with one dash.
func flagName(f *flagSpec, short bool) string {
	if short && f.short != "" {
		return "-" + f.short
	}
	return "--" + f.name
}

// parseFlags parses args by the flags of cmd, with messages in lang.
func parseFlags(cmd *command, args []string, lang diag.Lang) (*parsed, error) {
	p := &parsed{cmd: cmd, vals: map[string][]string{}, lang: lang}
	fail := func(w words, a ...any) error {
		return &usageError{fmt.Sprintf(w.In(lang), a...)}
	}
	for i := 0; i < len(args); i++ {
		a := args[i]
		if a == "--" {
			p.args = append(p.args, args[i+1:]...)
			break
		}
		if len(a) < 2 || a[0] != '-' {
			p.args = append(p.args, a)
			continue
		}
		name, value, hasValue := strings.TrimLeft(a, "-"), "", false
		if k := strings.IndexByte(name, '='); k >= 0 {
			name, value, hasValue = name[:k], name[k+1:], true
		}
		written := a
		if hasValue {
			written = a[:strings.IndexByte(a, '=')]
		}
		key, f := lookup(name, cmd.flags)
		if f == nil {
			return nil, unknownFlag(cmd, written, name, lang)
		}
		if f.isBool() {
			if !hasValue {
				value = "true"
			}
			switch value {
			case "true", "1":
				value = "true"
			case "false", "0":
				value = "false"
			default:
				return nil, fail(msgBadBool, written, value)
			}
		} else if !hasValue {
			if i+1 >= len(args) {
				return nil, fail(msgNeedsValue, written, written, f.value.In(lang))
			}
			i++
			value = args[i]
		}
		p.vals[key] = append(p.vals[key], value)
	}
	return p, nil
}

// unknownFlag is the error for a flag cmd does not have: a flag of
// build given to check, a flag of another command, or a typo with the
// nearest flag of cmd.
func unknownFlag(cmd *command, written, name string, lang diag.Lang) error {
	unknown := fmt.Sprintf(msgUnknownFlag.In(lang), written)
	if owners := flagOwners(name, cmd); len(owners) > 0 {
		return &usageError{elsewhere(cmd, written, owners, lang)}
	}
	if len(name) <= 1 {
		return &usageError{unknown}
	}
	if best := closest(name, flagNames(cmd.flags)); best != "" {
		return &usageError{unknown + "; " + fmt.Sprintf(msgDidYouMean.In(lang), "--"+best)}
	}
	var all []string
	for _, c := range commands {
		all = append(all, flagNames(c.flags)...)
	}
	if best := closest(name, all); best != "" {
		return &usageError{unknown + "; " + fmt.Sprintf(msgDidYouMean.In(lang), "--"+best) + " " + elsewhere(cmd, "--"+best, flagOwners(best, cmd), lang)}
	}
	return &usageError{unknown}
}

// flagOwners are the commands other than cmd that have the flag name.
func flagOwners(name string, cmd *command) []string {
	var out []string
	for _, c := range commands {
		if _, f := lookup(name, c.flags); f != nil && c != cmd {
			out = append(out, c.name)
		}
	}
	return out
}

// flagNames are the long names of the flags keys.
func flagNames(keys []string) []string {
	var out []string
	for _, k := range keys {
		out = append(out, flagSpecs[k].name)
	}
	return out
}

// elsewhere says that flag belongs to other commands than cmd.
func elsewhere(cmd *command, flag string, owners []string, lang diag.Lang) string {
	if cmd.name == "check" && len(owners) == 1 && owners[0] == "build" {
		return fmt.Sprintf(msgBuildOnly.In(lang), flag)
	}
	return fmt.Sprintf(msgOtherCommand.In(lang), flag, cmd.name, list(owners, lang))
}

// commandByName returns the command called name, or nil.
func commandByName(name string) *command {
	for _, c := range commands {
		if c.name == name {
			return c
		}
	}
	return nil
}

// commandNames lists the names of the commands, in help order.
func commandNames() []string {
	var out []string
	for _, c := range commands {
		out = append(out, c.name)
	}
	return out
}

// langFromArgs finds --lang in args before they are parsed, so that
// parse errors are in the language asked for. ok is false when none is
// given; a value that is not a language is reported by the parser.
func langFromArgs(args []string) (lang diag.Lang, given string, ok bool) {
	for i := 0; i < len(args); i++ {
		a := args[i]
		if a == "--" {
			break
		}
		var v string
		switch {
		case a == "--lang" || a == "-lang":
			if i+1 >= len(args) {
				return "", "", false
			}
			v = args[i+1]
			i++
		case strings.HasPrefix(a, "--lang="), strings.HasPrefix(a, "-lang="):
			v = a[strings.IndexByte(a, '=')+1:]
		default:
			continue
		}
		l, good := diag.ParseLang(v)
		if !good {
			return "", v, true
		}
		lang, given, ok = l, v, true
	}
	return lang, given, ok
}

// envLang is the language the environment asks for: the first set of
// LC_ALL, LC_MESSAGES and LANG, as POSIX orders them; sv_* is Swedish,
// en_* English, anything else Finnish.
func envLang(getenv func(string) string) diag.Lang {
	for _, k := range []string{"LC_ALL", "LC_MESSAGES", "LANG"} {
		v := getenv(k)
		if v == "" {
			continue
		}
		switch {
		case v == "sv" || strings.HasPrefix(v, "sv_") || strings.HasPrefix(v, "sv-") || strings.HasPrefix(v, "sv."):
			return diag.SV
		case v == "en" || strings.HasPrefix(v, "en_") || strings.HasPrefix(v, "en-") || strings.HasPrefix(v, "en."):
			return diag.EN
		}
		return diag.FI
	}
	return diag.FI
}

// globalFlags are the flags that may come before the command, as in
// malli --lang sv help or malli -C site build.
var globalFlags = []string{"lang", "C"}

// splitCommand finds the command in args: the first argument that is not
// a global flag or its value. It returns the command's name and the rest,
// with the flags before it moved after it.
func splitCommand(args []string) (name string, rest []string, ok bool) {
	var before []string
	for i := 0; i < len(args); i++ {
		a := args[i]
		if len(a) < 2 || a[0] != '-' {
			return a, append(before, args[i+1:]...), true
		}
		n := strings.TrimLeft(a, "-")
		if _, f := lookup(n, globalFlags); f != nil && !strings.Contains(n, "=") && i+1 < len(args) {
			before = append(before, a, args[i+1])
			i++
			continue
		}
		before = append(before, a)
	}
	return "", before, false
}

// closest is the candidate nearest to s, for a "did you mean", or "".
func closest(s string, candidates []string) string { return schema.Closest(s, candidates) }
