package diag

// Codes of monitoring data: documents whose schema allows aggregate figures
// only (x-malli-aggregates-only), such as a project's monitoring data.
// Each comment gives an example and the fix.
var (
	// What looks like data on one person in a document of aggregate
	// figures: a Finnish personal identity code (with a valid check
	// character) in the front matter or the body, a body table with a
	// column that names persons ("| Asiakas | Aloitti | … |"), or one
	// indicator twice in one round's values, as rows per client would be.
	// The argument says which. Fix: remove it; person-level data go to
	// THL and TTL as agreed, never to the site.
	MonitoringPersonLevel = code("monitoring.person-level", Text{
		"seurantatiedoissa saa olla vain koottuja lukuja, mutta tässä on %s",
		"uppföljningsdata får bara innehålla sammanställda tal, men här finns %s",
		"monitoring data may hold aggregate figures only, but here is %s"})
	// A count of persons below the schema's small-number threshold, e.g.
	// 3 clients referred to Kela with min_count 5: the value of an
	// indicator that counts clients, the number of clients n a value is
	// computed from, or the clients a share stands for (7 % of n = 14 is
	// one client). The arguments: what the number is, the number of
	// persons, the threshold. Fix: write suppressed: true instead of the
	// value, or combine rounds or categories until the count reaches the
	// threshold.
	MonitoringSmallCell = code("monitoring.small-cell", Text{
		"%s koskee vain %d henkilöä, vähemmän kuin pienten lukujen raja %d",
		"%s gäller bara %d personer, färre än gränsen för små tal %d",
		"%s concerns only %d persons, fewer than the small-number threshold of %d"})
)
