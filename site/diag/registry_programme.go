package diag

// Codes of the checks that read a project's programme (what the programme
// asks of its projects) and a self-evaluation's subject. Each comment gives
// an example of input that triggers the code and how to fix it.
var (
	// A project whose programme sets no maximum aid ratio, so the state aid
	// cannot be checked against it: state_aid_eur 750000 with a programme
	// that has no max_aid_ratio. The arguments: the programme, its ratio
	// field, the project's field and the field it is a share of.
	// Fix: add the ratio to the programme (Työkykyohjelma: 0.8, 80 %).
	RatioMissing = code("ratio.missing", Text{
		"asiakirjassa %q ei ole kenttää %s, joten kentän %s enimmäisosuutta kentästä %s ei tarkisteta; lisää enimmäisosuus ohjelmaan",
		"dokumentet %q har inget fält %s, så fältet %s kontrolleras inte mot sin högsta andel av fältet %s; lägg till andelen i programmet",
		"document %q has no field %s, so the share of field %s in field %s is not checked; add the maximum ratio to the programme"})
	// A project that lacks what its programme asks of every project, in the
	// programme's words (its project_requirements): e.g. no hankesalkku_id
	// in a published Työkykyohjelma project, or a steering group none of
	// whose members is marked disability_organisation: true. The severity
	// is the programme's. The arguments: the programme, the field, the
	// programme's wording.
	// Fix: fill in the field (or mark the member who represents disability
	// organisations).
	ProgrammeRequirement = code("programme.requirement", Text{
		"ohjelma %q edellyttää kentän %s: %s",
		"programmet %q kräver fältet %s: %s",
		"programme %q requires field %s: %s"})
	// A report due later than its programme allows: a final report with
	// due_date 2023-12-31 for a project that ended 2022-12-31 in a
	// programme whose final_report_months is 6 (due 2023-06-30). The
	// arguments: the recorded date, the derived date, the programme, its
	// months and the field counted from.
	// Fix: correct the due date, or the project's end date.
	ReportDueLate = code("report.due-late", Text{
		"määräpäivä %s on myöhemmin kuin %s, jonka ohjelma %q sallii: %d kuukautta kentän %s päivästä",
		"förfallodagen %s är senare än %s, som programmet %q tillåter: %d månader från datumet i fältet %s",
		"due date %s is later than %s, which programme %q allows: %d months from the date in field %s"})
	// A self-evaluation that scores a criterion for other measures than its
	// subject's: k4 (for measure 2) scored for a project of measure 1. The
	// criterion needs no score; a score would count in the totals. The
	// arguments: the criterion, its measures, the subject.
	// Fix: remove the score, or correct the project's measure or the
	// criterion's measures.
	ScoreOtherMeasure = code("score.other-measure", Text{
		"kriteeri %q koskee vain toimenpidekokonaisuuksia %s, joihin arvioinnin kohde %q ei kohdistu; kriteeriä ei tarvitse pisteyttää",
		"kriteriet %q gäller bara åtgärdshelheterna %s, som föremålet för utvärderingen %q inte inriktas på; kriteriet behöver inte poängsättas",
		"criterion %q applies only to measures %s, which the subject %q does not target; it needs no score"})
)
