package diag

import (
	"os"
	"path/filepath"
	"strings"
)

// RepoPaths returns the PathMapper that turns paths relative to the site's
// folder siteDir into slash-separated paths relative to the repository
// root, as GitHub's annotations, GitLab's code quality widget and SARIF
// want them: a site in "docs" of its repository gives "docs/content/x.md"
// for "content/x.md".
//
// pathPrefix (the --path-prefix flag) is the site folder's path inside the
// repository, such as "docs"; when it is not "" it is used as it is and
// nothing is looked up ("." says the site is the repository's root).
// Otherwise the root is found by RepoRoot. When no root is found, or
// siteDir is not inside it, paths stay as they are.
func RepoPaths(siteDir, pathPrefix string, getenv func(string) string) PathMapper {
	if pathPrefix != "" {
		return PrefixPaths(pathPrefix)
	}
	root := RepoRoot(siteDir, getenv)
	if root == "" {
		return PrefixPaths("")
	}
	rel, ok := relPath(root, siteDir)
	if !ok {
		return PrefixPaths("")
	}
	return PrefixPaths(rel)
}

// RepoRoot returns the root folder of the repository that holds siteDir,
// or "" if there is none: GITHUB_WORKSPACE (GitHub Actions) or
// CI_PROJECT_DIR (GitLab CI) when siteDir is inside it, else the nearest
// folder at or above siteDir that holds a .git folder or file (a worktree
// or submodule has a .git file). getenv is os.Getenv in malli and a map in
// tests; nil reads no variables.
//
// Walking up for .git rather than running `git rev-parse --show-toplevel`
// needs no git program (CI images often lack one) and no process, and
// gives the same answer for ordinary clones, worktrees and submodules.
func RepoRoot(siteDir string, getenv func(string) string) string {
	if getenv != nil {
		for _, v := range []string{"GITHUB_WORKSPACE", "CI_PROJECT_DIR"} {
			if dir := getenv(v); dir != "" {
				if _, ok := relPath(dir, siteDir); ok {
					return dir
				}
			}
		}
	}
	dir, err := absolute(siteDir)
	if err != nil {
		return ""
	}
	for {
		if _, err := os.Lstat(filepath.Join(dir, ".git")); err == nil {
			return dir
		}
		parent := filepath.Dir(dir)
		if parent == dir {
			return ""
		}
		dir = parent
	}
}

// relPath returns the slash-separated path of dir relative to root, and
// whether dir is root or inside it. Both are made absolute with their
// symlinks resolved first, so /tmp and /private/tmp agree.
func relPath(root, dir string) (string, bool) {
	r, err1 := absolute(root)
	d, err2 := absolute(dir)
	if err1 != nil || err2 != nil {
		return "", false
	}
	rel, err := filepath.Rel(r, d)
	if err != nil || rel == ".." || strings.HasPrefix(rel, ".."+string(filepath.Separator)) {
		return "", false
	}
	return filepath.ToSlash(rel), true
}

// absolute returns p made absolute, with symlinks resolved when p exists.
func absolute(p string) (string, error) {
	abs, err := filepath.Abs(p)
	if err != nil {
		return "", err
	}
	if real, err := filepath.EvalSymlinks(abs); err == nil {
		return real, nil
	}
	return abs, nil
}
