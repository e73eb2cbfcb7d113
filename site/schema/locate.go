// Positions in schema files: where a compile error or a pointer into a
// schema's JSON is.

package schema

import (
	"bytes"
	"encoding/json"
	"errors"
	"strconv"
	"strings"

	"github.com/malli-fi/malli/site/diag"
	"github.com/malli-fi/malli/site/internal/lineindex"
	"github.com/santhosh-tekuri/jsonschema/v5"
)

// compileProblem places an error of compiling a schema file: at the key a
// meta-schema violation is about, at a "$ref" that names a missing file,
// else at the top of the file.
func compileProblem(file string, data []byte, err error) (diag.Pos, diag.Code, string) {
	var ve *jsonschema.ValidationError
	if errors.As(err, &ve) {
		leaf := ve
		for len(leaf.Causes) > 0 {
			leaf = leaf.Causes[0]
		}
		line, col := locateJSON(data, leaf.InstanceLocation)
		return diag.Pos{File: file, Line: line, Col: col}, diag.SchemaCompile, leaf.InstanceLocation + ": " + leaf.Message
	}
	msg := strings.ReplaceAll(err.Error(), baseURL, "")
	if _, after, ok := strings.Cut(msg, " compilation failed: "); ok {
		msg = after
	}
	if i := strings.LastIndex(msg, "schema "); i >= 0 {
		if name, _, ok := strings.Cut(msg[i+len("schema "):], " is not in the schemas folder"); ok {
			name = strings.SplitN(name, "#", 2)[0]
			line, col := 1, 1
			if at := bytes.Index(data, []byte(name)); at >= 0 {
				line, col = lineindex.New(data).At(at)
			}
			return diag.Pos{File: file, Line: line, Col: col}, diag.SchemaRefMissing, name

		}
	}
	return diag.Pos{File: file, Line: 1, Col: 1}, diag.SchemaCompile, msg
}

// locateJSON returns the line and column of the key (or, for an array item,
// the value) at pointer in the JSON text data; 1:1 if it is not found.
func locateJSON(data []byte, pointer string) (int, int) {
	var want []string
	if pointer != "" {
		for _, t := range strings.Split(pointer[1:], "/") {
			want = append(want, unescape(t))
		}
	}
	dec := json.NewDecoder(bytes.NewReader(data))
	at := -1
	var walk func(depth int) bool // reports whether the target was found
	walk = func(depth int) bool {
		start := skipSpace(data, int(dec.InputOffset()))
		tok, err := dec.Token()
		if err != nil {
			return false
		}
		if depth == len(want) {
			at = start
			return true
		}
		d, ok := tok.(json.Delim)
		if !ok {
			return false
		}
		switch d {
		case '{':
			for dec.More() {
				keyAt := skipSpace(data, int(dec.InputOffset()))
				kt, err := dec.Token()
				if err != nil {
					return false
				}
				if k, _ := kt.(string); k == want[depth] {
					if depth+1 == len(want) {
						at = keyAt
						return true
					}
					return walk(depth + 1)
				}
				if !skipValue(dec) {
					return false
				}
			}
		case '[':
			for i := 0; dec.More(); i++ {
				if strconv.Itoa(i) == want[depth] {
					return walk(depth + 1)
				}
				if !skipValue(dec) {
					return false
				}
			}
		}
		return false
	}
	if !walk(0) || at < 0 {
		return 1, 1
	}
	return lineindex.New(data).At(at)
}

func skipValue(dec *json.Decoder) bool {
	var v json.RawMessage
	return dec.Decode(&v) == nil
}

// skipSpace moves past white space, commas and colons: the decoder's offset
// is the end of the previous token.
func skipSpace(data []byte, i int) int {
	for i < len(data) && strings.IndexByte(" \t\r\n,:", data[i]) >= 0 {
		i++
	}
	return i
}
