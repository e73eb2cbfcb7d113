package watch

import (
	"errors"
	"fmt"
	"os"
	"strings"
	"syscall"
)

// sideFile reports whether name is a file editors keep beside the one
// being edited, which is never reported.
func sideFile(name string) bool {
	for _, suffix := range sideSuffixes {
		if strings.HasSuffix(name, suffix) {
			return true
		}
	}
	return strings.HasPrefix(name, ".#") || // Emacs locks
		len(name) >= 2 && name[0] == '#' && name[len(name)-1] == '#' || // Emacs auto-saves
		name == ".DS_Store" // macOS Finder
}

var sideSuffixes = []string{
	"~",                    // backups of Vim, Emacs and others
	".swp", ".swo", ".swx", // Vim swap files
	"___jb_tmp___", "___jb_old___", // JetBrains safe writes
	".vsctmp", // VS Code atomic saves
}

// transient reports whether name is one that editors make and remove
// again within a save, and which is not reported if that is what happened:
// Vim's write probe ("4913", or the next free number) and atomic-save
// temporary files.
func transient(name string) bool {
	return strings.Trim(name, "0123456789") == "" || strings.HasSuffix(name, ".tmp")
}

// limitHint returns what to add to err, from adding a watch or making a
// watcher, if it says a limit of inotify is reached.
func limitHint(err error) string {
	switch {
	case errors.Is(err, syscall.ENOSPC):
		return "; the limit of inotify watches is reached" + now("max_user_watches") +
			": raise it, e.g. sudo sysctl fs.inotify.max_user_watches=524288"
	case errors.Is(err, syscall.EMFILE):
		return "; the limit of open files or of inotify instances is reached" + now("max_user_instances") +
			": close other watchers or raise it, e.g. sudo sysctl fs.inotify.max_user_instances=1024"
	}
	return ""
}

// now returns the inotify limit name and its value, where it can be read.
func now(name string) string {
	data, err := os.ReadFile("/proc/sys/fs/inotify/" + name)
	if err != nil {
		return ""
	}
	return fmt.Sprintf(" (fs.inotify.%s = %s)", name, strings.TrimSpace(string(data)))
}
