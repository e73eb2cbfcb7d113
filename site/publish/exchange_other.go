package publish

// exchange returns errNoExchange: two names cannot yet be exchanged in one
// step. A variable, so that tests can replace it.
var exchange = func(a, b string) error { return errNoExchange }
