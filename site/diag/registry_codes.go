package diag

// Codes of the code lists: an area's codes that do not belong together,
// and a code that was not in force on the document's dates. The schemas
// say what belongs to what (x-malli-enum-facts, x-malli-belongs-to) and
// which dates count (x-malli-in-force). Each comment gives an example and
// the fix.
var (
	// A wellbeing services county in an area whose regions do not include
	// the county's region: "regions: ["13"]" (Keski-Suomi) with
	// "wellbeing_counties: ["13"]" (Pohjois-Savon hyvinvointialue, in
	// region 11). The two lists overlap numerically but mean different
	// places. The arguments: the county (field and code), the region it
	// belongs to, and the regions field.
	// Fix: write the county of the region (15, Keski-Suomen
	// hyvinvointialue), or correct the regions.
	AreaCountyRegion = code("area.county-region", Text{
		"kentän %s arvo %s on maakunnassa %s, jota ei ole kentässä %s",
		"värdet %[2]s i fältet %[1]s ligger i landskapet %[3]s, som inte finns i fältet %[4]s",
		"field %s: %s is in region %s, which is not in %s"})
	// A municipality in an area whose regions do not include its region:
	// "regions: ["13"]" with "municipalities: ["297"]" (Kuopio, in region
	// 11). The arguments: the municipality (field and code), its region,
	// and the regions field.
	// Fix: add the municipality's region to the regions, or correct the
	// municipality number.
	AreaMunicipalityRegion = code("area.municipality-region", Text{
		"kentän %s arvo %s on maakunnassa %s, jota ei ole kentässä %s",
		"värdet %[2]s i fältet %[1]s ligger i landskapet %[3]s, som inte finns i fältet %[4]s",
		"field %s: %s is in region %s, which is not in %s"})
	// A municipality in an area whose wellbeing services counties do not
	// include its county: "wellbeing_counties: ["15"]" with
	// "municipalities: ["297"]" (Kuopio, in county 13). The arguments: the
	// municipality (field and code), its county, and the counties field.
	// Fix: add the municipality's county, or correct the municipality
	// number.
	AreaMunicipalityCounty = code("area.municipality-county", Text{
		"kentän %s arvo %s kuuluu hyvinvointialueeseen %s, jota ei ole kentässä %s",
		"värdet %[2]s i fältet %[1]s hör till välfärdsområdet %[3]s, som inte finns i fältet %[4]s",
		"field %s: %s belongs to wellbeing services county %s, which is not in %s"})
	// A code that was not in force on the document's dates: a project of
	// 2021–2022 in municipality 099 Honkajoki, which merged into 214
	// Kankaanpää on 1.1.2021. The arguments: the field, the code with its
	// label, the document's dates (with the fields they come from) and the
	// code's own validity.
	// Fix: use the code in force then (the hint names the successor), or
	// correct the dates.
	CodeNotInForce = code("code.not-in-force", Text{
		"kentän %s arvo %s ei ollut voimassa %s; se oli voimassa %s",
		"värdet %[2]s i fältet %[1]s var inte i kraft %[3]s; det var i kraft %[4]s",
		"field %s: %s was not in force %s; it was in force %s"})
)
