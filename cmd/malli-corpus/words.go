package main

// The word banks of the corpus: places, organisations, people and the
// sentences its documents are made of. Every name is fictional or generic;
// the municipalities' numbers and the regions' codes are the official ones.

// region is a maakunta with the forms its names take in sentences.
type region struct {
	code string // maakunta code, 01–21
	name string // Pirkanmaa
	gen  string // Pirkanmaan
	loc  string // Pirkanmaalla
}

// municipality is a kunta of a region.
type municipality struct {
	code   string // kuntanumero
	name   string // Tampere
	gen    string // Tampereen
	loc    string // Tampereella
	region int    // index into regions
}

var regions = []region{
	{"01", "Uusimaa", "Uudenmaan", "Uudellamaalla"},
	{"02", "Varsinais-Suomi", "Varsinais-Suomen", "Varsinais-Suomessa"},
	{"04", "Satakunta", "Satakunnan", "Satakunnassa"},
	{"05", "Kanta-Häme", "Kanta-Hämeen", "Kanta-Hämeessä"},
	{"06", "Pirkanmaa", "Pirkanmaan", "Pirkanmaalla"},
	{"07", "Päijät-Häme", "Päijät-Hämeen", "Päijät-Hämeessä"},
	{"08", "Kymenlaakso", "Kymenlaakson", "Kymenlaaksossa"},
	{"09", "Etelä-Karjala", "Etelä-Karjalan", "Etelä-Karjalassa"},
	{"10", "Etelä-Savo", "Etelä-Savon", "Etelä-Savossa"},
	{"11", "Pohjois-Savo", "Pohjois-Savon", "Pohjois-Savossa"},
	{"12", "Pohjois-Karjala", "Pohjois-Karjalan", "Pohjois-Karjalassa"},
	{"13", "Keski-Suomi", "Keski-Suomen", "Keski-Suomessa"},
	{"14", "Etelä-Pohjanmaa", "Etelä-Pohjanmaan", "Etelä-Pohjanmaalla"},
	{"15", "Pohjanmaa", "Pohjanmaan", "Pohjanmaalla"},
	{"16", "Keski-Pohjanmaa", "Keski-Pohjanmaan", "Keski-Pohjanmaalla"},
	{"17", "Pohjois-Pohjanmaa", "Pohjois-Pohjanmaan", "Pohjois-Pohjanmaalla"},
	{"18", "Kainuu", "Kainuun", "Kainuussa"},
	{"19", "Lappi", "Lapin", "Lapissa"},
}

var municipalities = []municipality{
	{"091", "Helsinki", "Helsingin", "Helsingissä", 0},
	{"049", "Espoo", "Espoon", "Espoossa", 0},
	{"092", "Vantaa", "Vantaan", "Vantaalla", 0},
	{"853", "Turku", "Turun", "Turussa", 1},
	{"734", "Salo", "Salon", "Salossa", 1},
	{"609", "Pori", "Porin", "Porissa", 2},
	{"684", "Rauma", "Rauman", "Raumalla", 2},
	{"109", "Hämeenlinna", "Hämeenlinnan", "Hämeenlinnassa", 3},
	{"694", "Riihimäki", "Riihimäen", "Riihimäellä", 3},
	{"837", "Tampere", "Tampereen", "Tampereella", 4},
	{"536", "Nokia", "Nokian", "Nokialla", 4},
	{"398", "Lahti", "Lahden", "Lahdessa", 5},
	{"111", "Heinola", "Heinolan", "Heinolassa", 5},
	{"286", "Kouvola", "Kouvolan", "Kouvolassa", 6},
	{"285", "Kotka", "Kotkan", "Kotkassa", 6},
	{"405", "Lappeenranta", "Lappeenrannan", "Lappeenrannassa", 7},
	{"153", "Imatra", "Imatran", "Imatralla", 7},
	{"491", "Mikkeli", "Mikkelin", "Mikkelissä", 8},
	{"740", "Savonlinna", "Savonlinnan", "Savonlinnassa", 8},
	{"297", "Kuopio", "Kuopion", "Kuopiossa", 9},
	{"140", "Iisalmi", "Iisalmen", "Iisalmessa", 9},
	{"167", "Joensuu", "Joensuun", "Joensuussa", 10},
	{"422", "Lieksa", "Lieksan", "Lieksassa", 10},
	{"179", "Jyväskylä", "Jyväskylän", "Jyväskylässä", 11},
	{"992", "Äänekoski", "Äänekosken", "Äänekoskella", 11},
	{"743", "Seinäjoki", "Seinäjoen", "Seinäjoella", 12},
	{"408", "Lapua", "Lapuan", "Lapualla", 12},
	{"905", "Vaasa", "Vaasan", "Vaasassa", 13},
	{"272", "Kokkola", "Kokkolan", "Kokkolassa", 14},
	{"564", "Oulu", "Oulun", "Oulussa", 15},
	{"678", "Raahe", "Raahen", "Raahessa", 15},
	{"205", "Kajaani", "Kajaanin", "Kajaanissa", 16},
	{"765", "Sotkamo", "Sotkamon", "Sotkamossa", 16},
	{"698", "Rovaniemi", "Rovaniemen", "Rovaniemellä", 17},
	{"240", "Kemi", "Kemin", "Kemissä", 17},
}

var firstNames = []string{
	"Aino", "Eeva", "Tiina", "Sanna", "Kalle", "Ville", "Juha", "Mikko", "Liisa", "Päivi",
	"Hannu", "Jari", "Kirsi", "Marja", "Anna", "Heikki", "Timo", "Outi", "Riikka", "Petri",
	"Sari", "Merja", "Jukka", "Tuula", "Pekka", "Minna", "Antti", "Katja", "Janne", "Leena",
}

var lastNames = []string{
	"Virtanen", "Korhonen", "Mäkinen", "Nieminen", "Mäkelä", "Hämäläinen", "Laine", "Heikkinen",
	"Koskinen", "Järvinen", "Lehtonen", "Lehtinen", "Saarinen", "Salminen", "Heinonen", "Niemi",
	"Heikkilä", "Kinnunen", "Salonen", "Turunen", "Salo", "Laitinen", "Tuominen", "Rantanen",
	"Karjalainen", "Jokinen", "Mattila", "Savolainen", "Lahtinen", "Ahonen",
}

var roles = []string{
	"Projektipäällikkö", "Projektikoordinaattori", "Työkykykoordinaattori", "Työhönvalmentaja",
	"Sosiaalityöntekijä", "Palveluesihenkilö", "Kehittämispäällikkö", "Asiakasvastaava",
	"Terveydenhoitaja", "Palvelujohtaja",
}

var steeringRoles = []string{
	"Puheenjohtaja, perusturvajohtaja", "Jäsen, TE-toimiston edustaja", "Jäsen, Kelan edustaja",
	"Jäsen, vammaisjärjestöjen edustaja", "Jäsen, kunnan työllisyyspalvelut", "Jäsen, kokemusasiantuntija",
	"Varapuheenjohtaja, sosiaalijohtaja", "Jäsen, työterveyshuollon edustaja",
}

var keywordPool = []string{
	"työkyky", "työllistyminen", "osatyökykyiset", "tuettu työllistyminen", "työhönvalmennus",
	"sote-keskus", "palvelutarpeen arviointi", "kuntouttava työtoiminta", "asiakasosallisuus",
	"monialainen yhteistyö", "mielenterveys", "päihdetyö", "pitkäaikaistyöttömyys", "nuoret",
	"ammatillinen kuntoutus", "työkokeilu", "työnantajayhteistyö", "palveluohjaus",
	"kokemusasiantuntijuus", "vammaiset henkilöt", "kehitysvammaiset", "työtoiminta",
	"terveystarkastus", "digitaaliset palvelut", "hyvinvointialue", "TE-palvelut", "Kela",
	"etsivä työ", "osallisuus", "asiakasvastaava",
}

var targetGroupPool = []string{
	"TE-toimiston asiakkaina olevat työttömät työnhakijat",
	"Ilman työtä olevat työikäiset, jotka eivät ole työnhakijoina TE-toimistossa",
	"Kuntouttavassa työtoiminnassa olevat asiakkaat",
	"Vammaiset ja kehitysvammaiset henkilöt työtoiminnassa",
	"Sosiaalihuollon mielenterveys- ja päihdetyön asiakkaat",
	"Pitkäaikaistyöttömät, joilla on työkykyä heikentäviä sairauksia",
	"Alle 30-vuotiaat työelämän ulkopuolella olevat nuoret",
	"Osatyökykyiset työnhakijat",
	"Mielenterveyskuntoutujat, jotka haluavat palkkatyöhön",
	"Maahan muuttaneet työnhakijat, joilla on tuen tarvetta",
	"Työnantajat, jotka palkkaavat osatyökykyisiä",
	"Ammattilaiset sosiaali- ja terveyspalveluissa ja työllisyyspalveluissa",
}

var developmentStages = []string{"idea", "in_development", "piloted", "in_use", "spreading"}

var legalPool = []string{
	"SHL 36 §", "SHL 39 §", "SHL 41 §", "SHL 42 §", "TervHL 13 §", "TervHL 32–33 §",
	"KUTY-laki 8 §", "Työvoima- ja yrityspalvelulaki 4 §", "Potilaslaki 4 a §",
	"Kehitysvammalaki 519/1977 2 §", "SHL 710/1982 27 d §", "SHL 710/1982 27 e §",
	"Laki monialaisesta yhteispalvelusta 1369/2014",
}

// legalText explains each legal basis for the legislation tables.
var legalText = map[string][2]string{
	"SHL 36 §":                           {"Sosiaalihuoltolaki 1301/2014", "palvelutarpeen arviointi"},
	"SHL 39 §":                           {"Sosiaalihuoltolaki 1301/2014", "asiakassuunnitelma"},
	"SHL 41 §":                           {"Sosiaalihuoltolaki 1301/2014", "monialainen yhteistyö"},
	"SHL 42 §":                           {"Sosiaalihuoltolaki 1301/2014", "omatyöntekijä"},
	"TervHL 13 §":                        {"Terveydenhuoltolaki 1326/2010", "työttömien terveystarkastukset ja -neuvonta"},
	"TervHL 32–33 §":                     {"Terveydenhuoltolaki 1326/2010", "palveluihin ohjaus ja yhteistyö"},
	"KUTY-laki 8 §":                      {"Laki kuntouttavasta työtoiminnasta 189/2001", "aktivointisuunnitelma"},
	"Työvoima- ja yrityspalvelulaki 4 §": {"Laki julkisesta työvoima- ja yrityspalvelusta 916/2012", "palvelujen yhteistyö"},
	"Potilaslaki 4 a §":                  {"Laki potilaan asemasta ja oikeuksista 785/1992", "terveys-, hoito- ja kuntoutussuunnitelma"},
	"Kehitysvammalaki 519/1977 2 §":      {"Laki kehitysvammaisten erityishuollosta 519/1977", "työtoiminta ja työhönvalmennus"},
	"SHL 710/1982 27 d §":                {"Sosiaalihuoltolaki 710/1982", "vammaisten työllistymistä tukeva toiminta"},
	"SHL 710/1982 27 e §":                {"Sosiaalihuoltolaki 710/1982", "vammaisten työtoiminta"},
	"Laki monialaisesta yhteispalvelusta 1369/2014": {"Laki työllistymistä edistävästä monialaisesta yhteispalvelusta 1369/2014", "TYP-yhteispalvelu"},
}

// projectThemes name projects: "Tuetusti töihin" + " Tampereella".
var projectThemes = []string{
	"Tuetusti töihin", "Työkyky keskiöön", "Osallisena työelämään", "Työkykyä yhdessä",
	"Polku työhön", "Kohti työtä", "Työkyvyn tuki kuntoon", "Tukea työhön", "Työelämään osalliseksi",
	"Askel työhön", "Voimaa työkykyyn", "Työ kuuluu kaikille",
}

// modelBases name operating models: base + " " + a locative.
var modelBases = []string{
	"Työkyvyn tuen tiimi", "Asiakasvastaavamalli", "Yksilöllinen työhönvalmennus",
	"Alihankintamalli työtoiminnassa", "Työkykykoordinaattorin vastaanotto", "Matalan kynnyksen työkykypiste",
	"Työttömien terveystarkastukset", "Ammatillinen kuntoutusohjaus", "Kokemusasiantuntijatoiminta",
	"Digitaalinen palvelutarpeen arviointi", "Monialainen työkykyarvio", "Työnantajayhteistyön malli",
	"Työkokeilun tehostettu tuki", "Ryhmämuotoinen työkykyvalmennus", "Etsivä sosiaalityö työttömille",
	"Mielenterveyden tuki työnhakijoille", "Päihdetyön ja työllisyyspalvelujen yhteistyö",
	"Osatyökykyisten palveluohjaus", "Nuorten työkykyä tukeva ohjaamomalli", "IPS-työhönvalmennus",
}

// pathBases name service paths.
var pathBases = []string{
	"Työkyvyn tuen polku", "Tuetun työllistymisen polku", "Kuntouttavasta työtoiminnasta palkkatyöhön",
	"Nuoren polku työelämään", "Osatyökykyisen polku avoimille työmarkkinoille",
	"Mielenterveyskuntoutujan polku työhön", "Pitkäaikaistyöttömän työkykypolku",
	"Polku työtoiminnasta työsuhteeseen",
}

// step is a template of a service path's step.
type step struct {
	name, actor, desc string
	legal             []string
}

var stepPool = []step{
	{"Työkyvyn tuen tarpeen tunnistaminen", "sote_keskus", "Ammattilainen tunnistaa työkyvyn tuen tarpeen vastaanotolla tai työttömien terveystarkastuksessa ja ohjaa asiakkaan arvioon.", []string{"TervHL 13 §"}},
	{"Palvelutarpeen arviointi", "sosiaalihuolto", "Omatyöntekijä arvioi asiakkaan kanssa palvelutarpeen sekä työ- ja toimintakyvyn ja kirjaa tavoitteet asiakassuunnitelmaan.", []string{"SHL 36 §", "SHL 39 §"}},
	{"Monialainen työkykyarvio", "terveydenhuolto", "Lääkäri, terveydenhoitaja ja sosiaalityöntekijä arvioivat työkyvyn yhdessä asiakkaan kanssa.", []string{"TervHL 32–33 §"}},
	{"Palveluun hakeutuminen ja sopiminen", "tyohonvalmentaja", "Asiakas valitsee palvelun vapaaehtoisesti, ja työhönvalmentaja laatii hänen kanssaan yhteistyösopimuksen.", nil},
	{"Osaamisen kartoittaminen", "tyohonvalmentaja", "Osaaminen, vahvuudet ja tavoitteet kartoitetaan yhdestä kolmeen tapaamisen aikana.", nil},
	{"Nopea työn etsintä", "tyohonvalmentaja", "Työhönvalmentaja ottaa yhteyttä työnantajiin viikoittain ja järjestää ensimmäisen tapaamisen kuukauden sisällä.", []string{"Työvoima- ja yrityspalvelulaki 4 §"}},
	{"Työskentely työnantajan kanssa", "tyonantaja", "Työnantaja ja työhönvalmentaja räätälöivät työtehtävät ja sopivat tuesta.", nil},
	{"Työsuhteen tukeminen", "tyohonvalmentaja", "Valmentaja tukee työntekijää ja työyhteisöä ja vähentää tukea asteittain.", []string{"SHL 41 §"}},
	{"Ohjaus TE-palveluihin", "te_toimisto", "TE-toimisto tarjoaa työnhakijalle työllistymistä edistäviä palveluja ja sopii työllistymissuunnitelmasta.", []string{"Työvoima- ja yrityspalvelulaki 4 §"}},
	{"Ammatillinen kuntoutus", "kela", "Kela arvioi oikeuden ammatilliseen kuntoutukseen ja järjestää kuntoutuspalvelun.", nil},
	{"Monialainen yhteispalvelu", "typ", "TYP:ssä TE-toimisto, kunta ja Kela laativat yhdessä monialaisen työllistymissuunnitelman.", []string{"Laki monialaisesta yhteispalvelusta 1369/2014"}},
	{"Kuntouttava työtoiminta", "kunta", "Asiakas osallistuu kuntouttavaan työtoimintaan aktivointisuunnitelman mukaisesti.", []string{"KUTY-laki 8 §"}},
	{"Työtoiminta alihankintamallilla", "sosiaalihuolto", "Asiakas osallistuu työtoimintaan työnantajan työpaikalla ennen siirtymistä työhönvalmennukseen.", []string{"SHL 710/1982 27 e §"}},
	{"Opintoihin ohjaaminen", "oppilaitos", "Oppilaitos ja ohjaaja suunnittelevat asiakkaan kanssa opinnot, jotka tukevat työllistymistä.", nil},
	{"Työterveyshuollon tuki", "tyoterveyshuolto", "Työterveyshuolto seuraa työkykyä työsuhteen alussa ja sopii tarvittavista mukautuksista.", nil},
	{"Vertaistuki ja järjestön toiminta", "jarjesto", "Järjestö tarjoaa vertaisryhmän ja kokemusasiantuntijan tuen polun aikana.", nil},
}

// criteriaSets are the criteria sets of the corpus; self-evaluations score one.
var criteriaSets = []struct {
	id, title, summary string
	scale              []scaleStep
	groups             []string
	criteria           []string // titles, grouped round robin
}{
	{
		"hankehakemusten-arviointikriteerit", "Hankehakemusten arviointikriteerit",
		"Työkykyohjelman valtionavustushakemusten arviointikriteerit: kolmetoista kriteeriä kolmessa ryhmässä, pisteytys 0–2. Hankkeet käyttävät samoja kriteerejä itsearvioinnissa.",
		[]scaleStep{{0, "Ei toteudu", "red"}, {1, "Toteutuu osittain", "yellow"}, {2, "Toteutuu täysin", "green"}},
		[]string{"I Hankkeen lähtökohdat", "II Hankkeen toteutettavuus", "III Sisältökehittäminen"},
		[]string{
			"Hanke täyttää valtionavustushankkeiden yleiset myöntämisen edellytykset",
			"Hanke edistää ohjelman yleisiä tavoitteita",
			"Hanke edistää toimenpidekokonaisuuden 1 tavoitteita",
			"Hanke edistää toimenpidekokonaisuuden 2 tavoitteita",
			"Hanke on sovitettu yhteen alueen sote-keskuksen kehittämisen kanssa",
			"Hankesuunnitelma on realistinen",
			"Tarvittava yhteistyö on kuvattu",
			"Kytkennät, osallistuminen ja viestintä on kuvattu",
			"Hanke on sitoutunut arviointiin ja tiedonkeruuseen",
			"Tavoitteet ja toimenpiteet on esitetty konkreettisesti",
			"Tavoiteltavat tulokset on esitetty konkreettisesti",
			"Olemassa olevia hyviä käytäntöjä hyödynnetään",
			"Muuta olennaista huomioitavaa",
		},
	},
	{
		"tuetun-tyollistymisen-laatukriteerit", "Tuetun työllistymisen laatukriteerit",
		"Laatukriteerit, joilla työhönvalmennuksen toteutumista arvioidaan: kymmenen kriteeriä, pisteytys 1–5. Kriteerit perustuvat tuetun työllistymisen viiteen vaiheeseen.",
		[]scaleStep{{1, "Ei lainkaan", "red"}, {2, "Vähäisesti", "red"}, {3, "Osittain", "yellow"}, {4, "Pääosin", "green"}, {5, "Täysin", "green"}},
		[]string{"Palveluun pääsy", "Työn etsintä", "Tuki työssä"},
		[]string{
			"Palveluun pääsee jokainen työhön haluava",
			"Valmentajalla on enintään 20 asiakasta",
			"Työn etsintä alkaa kuukauden kuluessa",
			"Valmentaja tapaa työnantajia viikoittain",
			"Työpaikat ovat avoimilla työmarkkinoilla",
			"Asiakkaan toiveet ohjaavat työn etsintää",
			"Tuki jatkuu työsuhteen alettua",
			"Palvelu on yhteensovitettu sosiaali- ja terveyspalvelujen kanssa",
			"Etuusneuvonta on osa palvelua",
			"Valmentajat saavat menetelmäkoulutusta",
		},
	},
	{
		"sote-keskuksen-tyokyvyn-tuen-kriteerit", "Sote-keskuksen työkyvyn tuen kriteerit",
		"Kriteerit, joilla sosiaali- ja terveyskeskus arvioi työkyvyn tuen palvelukokonaisuuttaan: kahdeksan kriteeriä, pisteytys 0–3.",
		[]scaleStep{{0, "Ei aloitettu", "red"}, {1, "Suunnitteilla", "yellow"}, {2, "Osittain käytössä", "yellow"}, {3, "Vakiintunut", "green"}},
		[]string{"Rakenteet", "Palvelut"},
		[]string{
			"Työkyvyn tuen tiimi on nimetty",
			"Asiakasvastaavamalli on käytössä",
			"Työkyvyn tuen tarve tunnistetaan systemaattisesti",
			"Palvelutarpeen arviointi on rakenteistettu",
			"Yhteistyö TE-palvelujen ja Kelan kanssa on sovittu",
			"Asiakkaat osallistuvat kehittämiseen",
			"Henkilöstö on koulutettu",
			"Toimintamalli on kuvattu Innokylään",
		},
	},
}

type scaleStep struct {
	value        int
	label, color string
}

// Sentences, by the section they belong to. A document draws from a pool
// without repeating until it is used up.
var sentences = map[string][]string{
	"intro": {
		"Tämä kuvaus on laadittu Työkykyohjelman hankkeessa ja se päivitetään, kun toiminta vakiintuu.",
		"Kuvaus noudattaa Innokylän toimintamallipohjaa, jotta se on helppo siirtää palveluun.",
		"Sivun tiedot perustuvat hankkeen loppuraporttiin ja toimijoiden yhteisiin työpajoihin.",
		"Kuvausta on kommentoitu asiakasraadissa ja alueen yhteistyöryhmässä.",
	},
	"perusidea": {
		"Mallin tavoitteena on, että työttömien asiakkaiden työ- ja toimintakyvyn tuen tarve tunnistetaan aiempaa paremmin ja heitä autetaan kohti työelämää.",
		"Työkyvyn tuki on asiakasryhmäkohtainen palvelukokonaisuus ja yksilöllinen palvelupolku, jotka vahvistavat asiakkaan työllistymisen edellytyksiä.",
		"Asiakkaalle nimetään *asiakasvastaava*, joka kulkee hänen rinnallaan koko palvelun ajan.",
		"Moniammatillinen tiimi kokoaa yhteen sosiaalityön, terveydenhuollon ja työllisyyspalvelujen osaamisen.",
		"Palvelu on **matalan kynnyksen** palvelu: asiakas voi hakeutua siihen itse ilman lähetettä.",
		"Työhönvalmentaja etsii asiakkaan kanssa työtä avoimilta työmarkkinoilta heti, kun asiakas on siihen valmis.",
		"Mallissa yhdistyvät yksilöllinen ohjaus, ryhmätoiminta ja työnantajien kanssa tehtävä yhteistyö.",
		"Toiminta perustuu asiakkaan omiin tavoitteisiin, ja suunnitelma päivitetään aina tilanteen muuttuessa.",
		"Tiimi tekee jalkautuvaa työtä ja tapaa asiakkaita myös heidän omissa arkiympäristöissään.",
	},
	"ymparisto": {
		"Malli toteutetaan sosiaali- ja terveyskeskuksessa yhteistyössä TE-palvelujen, Kelan ja kunnan työllisyyspalvelujen kanssa.",
		"Alueella on useita hankkeita, joiden työ sovitetaan yhteen alueellisessa ohjausryhmässä.",
		"Palvelukokonaisuus jäsentyy yhteistyöpalveluihin, verkostopalveluihin, yhteisöpalveluihin ja omatoimipalveluihin.",
		"Kunnan työllisyyspalvelut ja hyvinvointialue ovat sopineet työnjaosta kirjallisesti.",
		"Järjestöt tarjoavat vertaistukea ja matalan kynnyksen toimintaa palvelujen rinnalla.",
		"Toimintaympäristö on muuttunut nopeasti, kun sosiaali- ja terveyspalvelujen järjestämisvastuu siirtyi hyvinvointialueille.",
		"Työllisyyspalvelujen siirto kunnille muuttaa yhteistyön rakenteita, ja malli on päivitetty vastaamaan uutta työnjakoa.",
	},
	"kohderyhma": {
		"Työttömillä on muita enemmän pitkäaikaissairauksia, ja työkyvyttömyyden riski kasvaa jo puolen vuoden työttömyyden jälkeen.",
		"Suurimmat työkykyä heikentävät sairausryhmät ovat mielenterveyden häiriöt, tuki- ja liikuntaelinsairaudet ja päihdeongelmat.",
		"Asiakasymmärrystä on kerätty haastatteluilla, asiakasraadeilla ja palautekyselyillä.",
		"Kokemusasiantuntijat ovat osallistuneet palvelun suunnitteluun alusta asti.",
		"Moni asiakas kertoi, että hänen työkykyään ei ollut aiemmin arvioitu kokonaisuutena.",
		"Asiakkaat toivoivat ennen kaikkea, että heillä on yksi tuttu ihminen, jonka puoleen kääntyä.",
		"Kohderyhmän tavoittamiseksi tehdään etsivää työtä yhteistyössä järjestöjen kanssa.",
	},
	"ehdot": {
		"Käyttöönotto edellyttää, että TE-palvelujen, Kelan ja sosiaali- ja terveyskeskuksen kesken sovitaan asiakkaiden ohjautumisesta.",
		"Henkilöstön työkyvyn tuen osaaminen on varmistettava koulutuksella ja työnohjauksella.",
		"Asiakastietojen vaihtamiseen tarvitaan asiakkaan suostumus ja sovitut käytännöt.",
		"Työhönvalmentajalla saa olla samanaikaisesti enintään kaksikymmentä asiakasta.",
		"Johdon sitoutuminen ja pysyvä rahoitus ovat toiminnan jatkumisen ehtoja.",
		"Mallin levittäminen edellyttää, että sen keskeiset osat ja niiden laatukriteerit on kuvattu.",
	},
	"lahtotilanne": {
		"Työttömien työkyvyn tukea on kehitetty aiemmin hankkeina, mutta kehittäminen ei ole juurtunut osaksi palvelujärjestelmää.",
		"Työttömillä on työssä käyviä huonommat mahdollisuudet saada työkykyä edistäviä palveluja.",
		"Ennen mallin käyttöönottoa asiakkaat ohjautuivat palvelusta toiseen ilman yhteistä suunnitelmaa.",
		"Osalla asiakkaista tuen, hoidon ja kuntoutuksen tarvetta ei ollut tunnistettu lainkaan.",
	},
	"muutos": {
		"Tavoitteena on, että työkyvyn tuen tarpeet tunnistetaan ja asiakkaan tarpeisiin vastaava palvelukokonaisuus on olemassa.",
		"Asiakas saa yhteen sovitetut työkyvyn tuen ja työllistymisen tuen palvelut.",
		"Ammattilaisten osaaminen vahvistuu, ja yhteistyöstä tulee osa perustyötä.",
		"Yhä useampi asiakas siirtyy palkkatyöhön tai koulutukseen.",
	},
	"mittaaminen": {
		"Hanke kerää yhtenäiset alku-, väli- ja lopputilanteen tiedot asiakkaiden työ- ja toimintakyvystä.",
		"Mittareina käytetään työllistyneiden osuutta, työsuhteiden kestoa ja asiakkaiden kokemaa työkykyä.",
		"Tiedot kerätään THL:n ja TTL:n kanssa sovitulla tavalla, eikä henkilötason tietoja julkaista.",
		"Itsearvioinnit tehdään hankkeen alussa, puolivälissä ja lopussa.",
	},
	"arviointitietoa": {
		"Ulkoinen arviointi totesi mallin parantaneen asiakkaiden ohjautumista palveluihin.",
		"Asiakaspalautteen mukaan palvelu koettiin selkeäksi ja helposti saavutettavaksi.",
		"Arvioinnissa havaittiin, että työnantajayhteistyö vaatii lisää resursseja.",
	},
	"arvot": {
		"Toiminnan keskeisiä periaatteita ovat asiakaslähtöisyys, vapaaehtoisuus ja luottamus.",
		"Jokainen on työkykyinen johonkin työhön, jos työ suunnitellaan hänen tarpeidensa mukaan.",
		"Asiakas on oman elämänsä asiantuntija, ja hänen tavoitteensa ohjaavat työskentelyä.",
		"Palvelussa kunnioitetaan asiakkaan itsemääräämisoikeutta ja yksityisyyttä.",
	},
	"vaiheet": {
		"Toiminta etenee vaiheittain, mutta vaiheiden järjestys voi vaihdella asiakkaan tilanteen mukaan.",
		"Jokaisen vaiheen lopuksi asiakas ja asiakasvastaava arvioivat yhdessä, mitä on saavutettu.",
		"Vaiheiden kesto vaihtelee muutamasta viikosta useaan kuukauteen.",
	},
	"lainsaadanto": {
		"Mallin toteutus perustuu sosiaalihuoltolakiin, terveydenhuoltolakiin ja työllisyyspalveluja koskevaan lainsäädäntöön.",
		"Säädökset määrittävät vastuut, mutta käytännön työnjako sovitaan alueella.",
	},
	"tausta": {
		"Alueella on paljon pitkään työttömänä olleita, joiden työkyvyn tuen tarve on jäänyt tunnistamatta.",
		"Aiemmissa selvityksissä todettiin, että palvelut ovat hajallaan eikä kukaan vastaa asiakkaan kokonaisuudesta.",
		"Hankkeen tarve nousi esiin alueen sote-keskuksen kehittämistyössä ja työllisyyspalvelujen asiakaspalautteessa.",
		"Kuntouttavassa työtoiminnassa on paljon asiakkaita, jotka haluaisivat palkkatyöhön.",
	},
	"tavoitteet": {
		"Hankkeen päätavoite on vahvistaa osatyökykyisten työttömien työllistymisen edellytyksiä.",
		"Hanke rakentaa alueelle pysyvän työkyvyn tuen palvelukokonaisuuden.",
		"Tavoitteena on myös vahvistaa ammattilaisten osaamista ja yhteistyötä.",
		"Osatavoitteille on asetettu mittarit, joita seurataan neljännesvuosittain.",
	},
	"toimenpiteet": {
		"Hankkeessa koulutetaan työhönvalmentajat laatukriteereihin perustuvaan menetelmään.",
		"Sote-keskukseen perustetaan työkyvyn tuen tiimi, ja asiakkaille nimetään asiakasvastaavat.",
		"Palvelupolku kuvataan yhdessä TE-palvelujen, Kelan ja järjestöjen kanssa.",
		"Asiakkaat ja kokemusasiantuntijat osallistuvat palvelun kehittämiseen työpajoissa.",
		"Työnantajille järjestetään tilaisuuksia, joissa kerrotaan osatyökykyisten palkkaamisen tuista.",
	},
	"yhteistyo": {
		"Hanke tekee tiivistä yhteistyötä TE-toimiston, Kelan ja kunnan työllisyyspalvelujen kanssa.",
		"Järjestöt osallistuvat hankkeeseen vertaistuen ja kokemusasiantuntijuuden kautta.",
		"Yhteistyötä alueen muiden Työkykyohjelman hankkeiden kanssa tehdään yhteisissä verkostotapaamisissa.",
	},
	"organisointi": {
		"Hankkeella on ohjausryhmä, jossa on vammaisjärjestöjen ja asiakkaiden edustus.",
		"Projektipäällikkö vastaa hankkeen toteutuksesta ja raportoi ohjausryhmälle.",
		"Hankkeen henkilöstö työskentelee osana sote-keskuksen tiimejä.",
	},
	"arviointi": {
		"Arvioinnin yhteyshenkilö koordinoi tiedonkeruuta THL:n ja TTL:n kanssa.",
		"Hanke tekee itsearvioinnin alku-, väli- ja lopputilanteessa.",
		"Arvioinnissa seurataan työllistyneiden määrää, työnantajakontaktien määrää ja työsuhteiden kestoa.",
	},
	"viestinta": {
		"Hanke viestii tuloksistaan alueen verkkosivuilla, uutiskirjeessä ja Innokylässä.",
		"Ammattilaisille järjestetään webinaareja mallin käyttöönotosta.",
	},
	"tulokset": {
		"Hankkeen aikana palveluun ohjautui yli kolmesataa asiakasta.",
		"Noin viidennes asiakkaista siirtyi palkkatyöhön tai koulutukseen.",
		"Toimintamallit on kuvattu Innokylään, ja ne jatkuvat hyvinvointialueen perustoimintana.",
	},
	"polku": {
		"Polku alkaa, kun työkyvyn tuen tarve tunnistetaan sosiaali- tai terveyspalveluissa.",
		"Polku voi haarautua asiakkaan tilanteen mukaan, ja asiakas voi palata aiempaan vaiheeseen.",
		"Jokaisessa vaiheessa asiakkaalla on nimetty vastuuhenkilö.",
		"Siirtymät vaiheesta toiseen sovitaan asiakkaan kanssa, eikä hänen tarvitse kertoa tilannettaan uudelleen.",
	},
	"yhdyspinnat": {
		"Polun rakentamisessa on huomioitava yhdyspinnat TE-palvelujen ja Kelan kuntoutuspalvelujen kanssa.",
		"Sosiaalihuollon, Kelan, TE-palvelujen ja TYP:n työnjako on sovittu ja kuvattu.",
		"Työnantajayhteistyöstä sovitaan kunnan työllisyyspalvelujen kanssa, jotta työnantajia ei lähestytä päällekkäin.",
	},
	"seuranta": {
		"Asiakkaiden ohjautumista ja etenemistä polulla seurataan yhtenäisellä kartoituksella.",
		"Seurantatiedot kootaan neljännesvuosittain ohjausryhmälle.",
	},
	"havainnot": {
		"Työhönvalmentajien koulutus ja mittarit ovat hyvällä tasolla.",
		"Yhteistyö TE-palvelujen kanssa on vakiintunut, mutta Kelan osallistuminen on vielä vähäistä.",
		"Asiakkaiden ohjautuminen palveluun on parantunut edellisestä arvioinnista.",
		"Työnantajakontakteja on vielä tavoitetta vähemmän.",
	},
	"toteutus": {
		"Arviointi tehtiin työpajassa, johon osallistuivat hankkeen henkilöstö ja yhteistyökumppanit.",
		"Jokainen arvioija pisteytti kriteerit ensin itsenäisesti, minkä jälkeen pisteistä sovittiin yhdessä.",
		"Arvioinnin tukena käytettiin asiakaspalautetta ja seurantatietoja.",
	},
	"kehittamistoimet": {
		"Työhönvalmentajille varataan viikoittain aikaa työnantajakontakteille.",
		"Kelan kanssa sovitaan ohjauksesta ammatilliseen kuntoutukseen.",
		"Asiakasraadin toimintaa laajennetaan.",
		"Seurantatietojen keruu automatisoidaan asiakastietojärjestelmässä.",
	},
	"ohjelma": {
		"Ohjelman lähtökohta on, että jokainen on työkykyinen johonkin työhön, jos työ suunnitellaan hänen tarpeidensa mukaan.",
		"Painopistettä siirretään työkyvyttömyyden tarkastelusta olemassa olevan työkyvyn vahvistamiseen.",
		"Valtionavustus kattaa enintään 80 prosenttia hankkeen hyväksyttävistä kustannuksista.",
		"Hankkeiden on kirjattava toimintamallinsa Innokylään ja arvioitava etenemistään.",
	},
	"kriteeristo": {
		"Kriteeristöä käytetään sekä hakemusten arvioinnissa että hankkeiden itsearvioinnissa.",
		"Jokainen kriteeri pisteytetään asteikolla, ja pisteet perustellaan lyhyesti.",
		"Kriteerit on ryhmitelty, jotta tuloksia voi verrata ryhmittäin.",
	},
	"yleinen": {
		"Kehittämistyössä on hyödynnetty aiempien hankkeiden kokemuksia ja kansallisia suosituksia.",
		"Toimintaa kehitetään jatkuvasti asiakkailta ja ammattilaisilta saadun palautteen perusteella.",
		"Yhteinen kieli ja selkeä työnjako ovat osoittautuneet onnistumisen edellytyksiksi.",
		"Asiakkaan näkökulmasta tärkeintä on, että palvelut toimivat yhtenä kokonaisuutena.",
		"Kokemukset on koottu oppaaksi, jota muut alueet voivat hyödyntää.",
		"Työ jatkuu hankkeen päätyttyä osana hyvinvointialueen ja kunnan perustoimintaa.",
		"Pilotoinnin aikana toimintatapoja muutettiin useaan otteeseen palautteen perusteella.",
		"Digitaaliset palvelut täydentävät mutta eivät korvaa henkilökohtaisia tapaamisia.",
		"Ammattilaisten yhteiset koulutukset ovat lisänneet luottamusta organisaatioiden välillä.",
		"Ratkaisu on skaalattavissa myös pienempiin kuntiin, kun tiimi toimii verkostomaisesti.",
	},
}

// subheadings are the H3 headings a section may have.
var subheadings = map[string][]string{
	"perusidea":    {"Työkyvyn tuen tiimi", "Asiakasvastaavan tehtävät", "Palvelutarpeen arviointi", "Työhönvalmennus", "Ryhmätoiminta"},
	"ymparisto":    {"Yhteistyökumppanit", "Alueen palvelurakenne"},
	"kohderyhma":   {"Asiakasraati", "Kohderyhmän tavoittaminen"},
	"ehdot":        {"Osaaminen", "Resurssit"},
	"vaiheet":      {"Alkukartoitus", "Suunnitelma", "Työnhaku", "Tuki työssä"},
	"toimenpiteet": {"Koulutus", "Palvelupolun kuvaaminen", "Työnantajayhteistyö"},
	"polku":        {"Polun alku", "Haarautumat"},
	"havainnot":    {"Vahvuudet", "Kehittämiskohteet"},
}

var listItems = map[string][]string{
	"perusidea": {
		"moniammatillinen työkyvyn tuen tiimi ja asiakasvastaavamalli",
		"yhteensovitettu palvelukokonaisuus asiakasryhmittäin",
		"suunnitelmalliset ja koordinoidut palvelupolut",
		"asiakasosallisuuden menetelmät",
		"työkyvyn tuen mallinnus Innokylässä",
		"jalkautuva lähipalvelu ja etsivä työ",
	},
	"ehdot": {
		"työkyvyn tuen tarpeen aktiivinen tunnistaminen",
		"asiakkuus matalalla kynnyksellä ilman lähetettä",
		"vastuullinen asiakasohjaus asiakkuuden päättymiseen asti",
		"palvelutarpeen arviointi",
		"palvelujen saannin varmistaminen",
		"henkilöstön koulutus ja työnohjaus",
	},
	"toimenpiteet": {
		"työhönvalmentajien koulutus laatukriteereihin perustuvaan menetelmään",
		"asiakasvastaavamallin käyttöönotto",
		"palvelupolun kuvaaminen yhdessä yhteistyökumppanien kanssa",
		"työnantajaverkoston rakentaminen",
		"asiakasraadin perustaminen",
	},
	"kehittamistoimet": {
		"työnantajakontaktien määrän lisääminen",
		"Kelan kanssa tehtävän yhteistyön sopiminen",
		"seurantatietojen keruun yhtenäistäminen",
		"kokemusasiantuntijoiden palkkioiden vakinaistaminen",
	},
}
