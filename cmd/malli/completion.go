package main

// malli completion bash|zsh|fish: scripts made from the command table, so
// that they complete every command and flag there is, and the content
// types of the site (or malli's own) for malli new.

import (
	"fmt"
	"os"
	"sort"
	"strings"
	"testing/fstest"

	"github.com/malli-fi/malli/site"
	"github.com/malli-fi/malli/site/diag"
)

func (c *cli) completion(p *parsed) int {
	if len(p.args) == 0 {
		return c.usage("completion", msgShellNeeded.In(c.lang))
	}
	if len(p.args) > 1 {
		return c.usage("completion", fmt.Sprintf(msgUnexpectedArg.In(c.lang), p.args[1]))
	}
	types := typeNames(p.str("C", "."))
	var script string
	switch p.args[0] {
	case "bash":
		script = bashCompletion(types)
	case "zsh":
		script = zshCompletion(types, c.lang)
	case "fish":
		script = fishCompletion(types, c.lang)
	default:
		msg := fmt.Sprintf(msgUnknownShell.In(c.lang), p.args[0])
		if best := closest(p.args[0], []string{"bash", "zsh", "fish"}); best != "" {
			msg += "; " + fmt.Sprintf(msgDidYouMean.In(c.lang), best)
		}
		return c.usage("completion", msg)
	}
	fmt.Fprint(c.stdout, script)
	return exitOK
}

// typeNames are the names and folders of the content types of the site in
// root, or of malli's own schemas when root has none.
func typeNames(root string) []string {
	reg, err := site.LoadTypes(os.DirFS(root))
	if err != nil {
		if reg, err = site.LoadTypes(fstest.MapFS{}); err != nil {
			return nil
		}
	}
	seen := map[string]bool{}
	var out []string
	for _, t := range reg.Types {
		for _, n := range []string{t.Name, t.Folder} {
			if n != "" && !seen[n] && safeWord(n) {
				seen[n] = true
				out = append(out, n)
			}
		}
	}
	sort.Strings(out)
	return out
}

// safeWord reports whether s can stand in a shell script unquoted.
func safeWord(s string) bool {
	for _, r := range s {
		if !(r >= 'a' && r <= 'z' || r >= 'A' && r <= 'Z' || r >= '0' && r <= '9' || r == '_' || r == '-' || r == '.') {
			return false
		}
	}
	return s != ""
}

// flagWords are every way of writing the flags of c, for completion.
func flagWords(c *command) []string {
	var out []string
	for _, k := range c.flags {
		f := flagSpecs[k]
		out = append(out, "--"+f.name)
		if f.short != "" {
			out = append(out, "-"+f.short)
		}
	}
	return out
}

// valueFlags are the flags that take a value, by what the value is:
// "dir", "file" or "" (anything), and the fixed values of some.
func valueFlags() (dirs, files, other []string) {
	var keys []string
	for k := range flagSpecs {
		keys = append(keys, k)
	}
	sort.Strings(keys)
	for _, k := range keys {
		f := flagSpecs[k]
		if f.isBool() {
			continue
		}
		names := []string{"--" + f.name}
		if f.short != "" {
			names = append(names, "-"+f.short)
		}
		switch {
		case f.value == valueDir:
			dirs = append(dirs, names...)
		case f.value == valueFile || k == "report":
			files = append(files, names...)
		default:
			other = append(other, names...)
		}
	}
	return
}

var fixedValues = map[string][]string{
	"--format": diag.Formats,
	"--lang":   {"fi", "sv", "en"},
}

func bashCompletion(types []string) string {
	dirs, files, other := valueFlags()
	all := append(append(append([]string{}, dirs...), files...), other...)
	var b strings.Builder
	b.WriteString("# bash completion for malli: source <(malli completion bash)\n")
	b.WriteString("_malli() {\n")
	b.WriteString("    local cur=\"${COMP_WORDS[COMP_CWORD]}\" prev=\"\" cmd=\"\" i\n")
	b.WriteString("    [[ $COMP_CWORD -gt 0 ]] && prev=\"${COMP_WORDS[COMP_CWORD-1]}\"\n")
	b.WriteString("    for ((i = 1; i < COMP_CWORD; i++)); do\n")
	b.WriteString("        case \"${COMP_WORDS[i]}\" in\n")
	fmt.Fprintf(&b, "            %s) ((i++)) ;;\n", strings.Join(all, "|"))
	b.WriteString("            -*) ;;\n")
	b.WriteString("            *) cmd=\"${COMP_WORDS[i]}\"; break ;;\n")
	b.WriteString("        esac\n")
	b.WriteString("    done\n")
	b.WriteString("    case \"$prev\" in\n")
	fmt.Fprintf(&b, "        %s) COMPREPLY=($(compgen -d -- \"$cur\")); return ;;\n", strings.Join(dirs, "|"))
	fmt.Fprintf(&b, "        %s) COMPREPLY=($(compgen -f -- \"$cur\")); return ;;\n", strings.Join(files, "|"))
	for _, f := range []string{"--format", "--lang"} {
		fmt.Fprintf(&b, "        %s) COMPREPLY=($(compgen -W \"%s\" -- \"$cur\")); return ;;\n", f, strings.Join(fixedValues[f], " "))
	}
	var rest []string
	for _, f := range other {
		if fixedValues[f] == nil {
			rest = append(rest, f)
		}
	}
	fmt.Fprintf(&b, "        %s) return ;;\n", strings.Join(rest, "|"))
	b.WriteString("    esac\n")
	b.WriteString("    local words=\"\"\n")
	b.WriteString("    case \"$cmd\" in\n")
	fmt.Fprintf(&b, "        \"\") words=\"%s --help --version --lang -C\" ;;\n", strings.Join(commandNames(), " "))
	for _, c := range commands {
		fmt.Fprintf(&b, "        %s) words=\"%s\" ;;\n", c.name, strings.Join(flagWords(c), " "))
	}
	b.WriteString("    esac\n")
	b.WriteString("    if [[ -n \"$cmd\" && \"$cur\" != -* ]]; then\n")
	b.WriteString("        case \"$cmd\" in\n")
	fmt.Fprintf(&b, "            new) [[ \"$prev\" == new ]] && words=\"%s\" || words=\"\" ;;\n", strings.Join(types, " "))
	fmt.Fprintf(&b, "            help) words=\"%s\" ;;\n", strings.Join(commandNames(), " "))
	b.WriteString("            completion) words=\"bash zsh fish\" ;;\n")
	b.WriteString("            init) COMPREPLY=($(compgen -d -- \"$cur\")); return ;;\n")
	b.WriteString("            *) words=\"\" ;;\n")
	b.WriteString("        esac\n")
	b.WriteString("    fi\n")
	b.WriteString("    COMPREPLY=($(compgen -W \"$words\" -- \"$cur\"))\n")
	b.WriteString("}\n")
	b.WriteString("complete -F _malli malli\n")
	return b.String()
}

// zshQuote quotes s for zsh in single quotes, with ':' escaped for _describe.
func zshQuote(s string) string {
	s = strings.ReplaceAll(s, ":", "\\:")
	return "'" + strings.ReplaceAll(s, "'", "'\\''") + "'"
}

func zshCompletion(types []string, lang diag.Lang) string {
	dirs, files, other := valueFlags()
	all := append(append(append([]string{}, dirs...), files...), other...)
	var b strings.Builder
	b.WriteString("#compdef malli\n")
	b.WriteString("# zsh completion for malli: malli completion zsh > \"${fpath[1]}/_malli\"\n")
	b.WriteString("_malli() {\n")
	b.WriteString("    local cmd=\"\" prev=\"${words[CURRENT-1]}\" i\n")
	b.WriteString("    local -a cmds flags\n")
	b.WriteString("    cmds=(\n")
	for _, c := range commands {
		fmt.Fprintf(&b, "        %s\n", zshQuote(c.name+":"+firstLine(c.summary.In(lang))))
	}
	b.WriteString("    )\n")
	b.WriteString("    for (( i = 2; i < CURRENT; i++ )); do\n")
	b.WriteString("        case \"${words[i]}\" in\n")
	fmt.Fprintf(&b, "            (%s) (( i++ )) ;;\n", strings.Join(all, "|"))
	b.WriteString("            (-*) ;;\n")
	b.WriteString("            (*) cmd=\"${words[i]}\"; break ;;\n")
	b.WriteString("        esac\n")
	b.WriteString("    done\n")
	b.WriteString("    case \"$prev\" in\n")
	fmt.Fprintf(&b, "        (%s) _files -/; return ;;\n", strings.Join(dirs, "|"))
	fmt.Fprintf(&b, "        (%s) _files; return ;;\n", strings.Join(files, "|"))
	for _, f := range []string{"--format", "--lang"} {
		fmt.Fprintf(&b, "        (%s) compadd -- %s; return ;;\n", f, strings.Join(fixedValues[f], " "))
	}
	var rest []string
	for _, f := range other {
		if fixedValues[f] == nil {
			rest = append(rest, f)
		}
	}
	fmt.Fprintf(&b, "        (%s) return ;;\n", strings.Join(rest, "|"))
	b.WriteString("    esac\n")
	b.WriteString("    if [[ -z \"$cmd\" ]]; then\n")
	b.WriteString("        if [[ \"$PREFIX\" == -* ]]; then compadd -- --help --version --lang -C; else _describe command cmds; fi\n")
	b.WriteString("        return\n")
	b.WriteString("    fi\n")
	b.WriteString("    case \"$cmd\" in\n")
	for _, c := range commands {
		fmt.Fprintf(&b, "        (%s) flags=(%s) ;;\n", c.name, strings.Join(flagWords(c), " "))
	}
	b.WriteString("    esac\n")
	b.WriteString("    if [[ \"$PREFIX\" == -* ]]; then compadd -- $flags; return; fi\n")
	b.WriteString("    case \"$cmd\" in\n")
	fmt.Fprintf(&b, "        (new) [[ \"$prev\" == new ]] && compadd -- %s ;;\n", strings.Join(types, " "))
	fmt.Fprintf(&b, "        (help) compadd -- %s ;;\n", strings.Join(commandNames(), " "))
	b.WriteString("        (completion) compadd -- bash zsh fish ;;\n")
	b.WriteString("        (init) _files -/ ;;\n")
	b.WriteString("    esac\n")
	b.WriteString("}\n")
	b.WriteString("if [[ \"${funcstack[1]}\" == _malli ]]; then _malli \"$@\"; else compdef _malli malli; fi\n")
	return b.String()
}

// fishQuote quotes s for fish in single quotes.
func fishQuote(s string) string {
	s = strings.ReplaceAll(s, "\\", "\\\\")
	return "'" + strings.ReplaceAll(s, "'", "\\'") + "'"
}

func firstLine(s string) string {
	s, _, _ = strings.Cut(s, "\n")
	return s
}

func fishCompletion(types []string, lang diag.Lang) string {
	var b strings.Builder
	b.WriteString("# fish completion for malli: malli completion fish > ~/.config/fish/completions/malli.fish\n")
	b.WriteString("complete -c malli -f\n")
	names := strings.Join(commandNames(), " ")
	for _, c := range commands {
		fmt.Fprintf(&b, "complete -c malli -n 'not __fish_seen_subcommand_from %s' -a %s -d %s\n", names, c.name, fishQuote(firstLine(c.summary.In(lang))))
	}
	b.WriteString("complete -c malli -n 'not __fish_seen_subcommand_from " + names + "' -l version\n")
	for _, c := range commands {
		cond := fishQuote("__fish_seen_subcommand_from " + c.name)
		for _, k := range c.flags {
			f := flagSpecs[k]
			line := "complete -c malli -n " + cond
			if f.short != "" {
				line += " -s " + f.short
			}
			line += " -l " + f.name
			switch {
			case f.isBool():
			case fixedValues["--"+f.name] != nil:
				line += " -x -a " + fishQuote(strings.Join(fixedValues["--"+f.name], " "))
			case f.value == valueDir:
				line += " -x -a '(__fish_complete_directories)'"
			case f.value == valueFile || k == "report":
				line += " -r -F"
			default:
				line += " -x"
			}
			line += " -d " + fishQuote(strings.Join(strings.Fields(f.help.In(lang)), " "))
			b.WriteString(line + "\n")
		}
	}
	fmt.Fprintf(&b, "complete -c malli -n '__fish_seen_subcommand_from new; and test (count (commandline -opc)) -eq 2' -a %s\n", fishQuote(strings.Join(types, " ")))
	fmt.Fprintf(&b, "complete -c malli -n '__fish_seen_subcommand_from help' -a %s\n", fishQuote(names))
	b.WriteString("complete -c malli -n '__fish_seen_subcommand_from completion' -a 'bash zsh fish'\n")
	b.WriteString("complete -c malli -n '__fish_seen_subcommand_from init' -a '(__fish_complete_directories)'\n")
	return b.String()
}
