//go:build !linux

package publish

// exchange returns errNoExchange: only Linux exchanges two names in one
// step. A variable, so that tests can replace it.
var exchange = func(a, b string) error { return errNoExchange }
