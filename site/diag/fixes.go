package diag

// fixes says, for every code, how a user fixes the problem: one sentence
// in each language, shown in the user guide's code reference (and by
// FixOf to anyone who wants it). TestEveryCodeHasAFix keeps it complete.
var fixes = map[string]Text{
	"area.county-region": {
		"Kirjoita alueen oikea hyvinvointialue (esim. maakunta 13 Keski-Suomi kuuluu hyvinvointialueeseen 15) tai korjaa maakunnat.",
		"Skriv landskapets rätta välfärdsområde (t.ex. landskap 13 Mellersta Finland hör till välfärdsområde 15) eller rätta landskapen.",
		"Write the region's own wellbeing services county (e.g. region 13 Central Finland belongs to county 15), or correct the regions."},
	"area.municipality-county": {
		"Lisää kunnan hyvinvointialue hyvinvointialueisiin tai korjaa kuntanumero.",
		"Lägg till kommunens välfärdsområde bland välfärdsområdena eller rätta kommunnumret.",
		"Add the municipality's wellbeing services county to the counties, or correct the municipality number."},
	"area.municipality-region": {
		"Lisää kunnan maakunta maakuntiin tai korjaa kuntanumero.",
		"Lägg till kommunens landskap bland landskapen eller rätta kommunnumret.",
		"Add the municipality's region to the regions, or correct the municipality number."},
	"asset.conflict": {
		"Nimeä tiedosto uudelleen tai siirrä se: malli kirjoittaa itse tähän polkuun.",
		"Byt namn på filen eller flytta den: malli skriver själv till den sökvägen.",
		"Rename or move the file: malli writes that path itself."},
	"asset.control": {
		"Poista tiedosto sisällöstä ja tee palvelimen asetukset CI-työnkulussa tai julkaisupalvelun asetuksissa.",
		"Ta bort filen ur innehållet och gör serverns inställningar i CI-arbetsflödet eller i webbhotellets inställningar.",
		"Remove the file from content/ and configure hosting in the CI workflow or the hosting service's settings."},
	"asset.kind": {
		"Julkaise sisältö asiakirjana tai tallenna liite jossakin sallitussa muodossa (esim. PDF, PNG, SVG, CSV).",
		"Publicera innehållet som ett dokument eller spara bilagan i ett tillåtet format (t.ex. PDF, PNG, SVG, CSV).",
		"Publish the content as a document, or save the attachment in one of the allowed kinds (e.g. PDF, PNG, SVG, CSV)."},
	"asset.mismatch": {
		"Tallenna tiedosto uudelleen siinä muodossa, jota sen pääte lupaa, tai vaihda pääte oikeaksi.",
		"Spara filen på nytt i det format som ändelsen anger, eller byt till rätt ändelse.",
		"Save the file again in the format its extension names, or give it the right extension."},
	"asset.svg-active": {
		"Vie kuva piirto-ohjelmasta tavallisena SVG:nä ilman skriptejä ja ulkoisia viittauksia, tai PNG-kuvana.",
		"Exportera bilden som en vanlig SVG utan skript och externa referenser, eller som PNG.",
		"Export the drawing as a plain SVG without scripts or external references, or as a PNG."},
	"asset.svg-invalid": {
		"Tallenna SVG uudelleen piirto-ohjelmasta; käsin muokatusta tiedostosta puuttuu usein sulkeva tagi.",
		"Spara SVG-filen på nytt från ritprogrammet; en handredigerad fil saknar ofta en sluttagg.",
		"Save the SVG again from the drawing program; a hand-edited file often lacks a closing tag."},
	"code.not-in-force": {
		"Käytä koodia, joka oli voimassa asiakirjan päivinä (vihje nimeää seuraajan), tai korjaa päivämäärät.",
		"Använd koden som gällde under dokumentets datum (tipset nämner efterföljaren) eller rätta datumen.",
		"Use the code in force on the document's dates (the hint names its successor), or correct the dates."},
	"frontmatter.alias-cycle": {
		"Viittaa ankkuriin vasta sen arvon päätyttyä.",
		"Referera till ankaret först efter att dess värde har slutat.",
		"Refer to the anchor only after its value has ended."},
	"frontmatter.alias-expansion": {
		"Kirjoita arvot auki tai käytä vähemmän sisäkkäisiä viittauksia (*ankkuri).",
		"Skriv ut värdena eller använd färre kapslade referenser (*ankare).",
		"Write the values out, or use fewer nested aliases (*anchor)."},
	"frontmatter.complex-key": {
		"Käytä kentän nimenä pelkkää sanaa, esim. title:.",
		"Använd ett enkelt ord som fältnamn, t.ex. title:.",
		"Use a plain word as the key, e.g. title:."},
	"frontmatter.duplicate-key": {
		"Poista toinen kentistä tai nimeä se uudelleen; ensimmäinen määrittely näytetään huomautuksena.",
		"Ta bort det ena fältet eller byt namn på det; den första definitionen visas som en anmärkning.",
		"Delete or rename one of them; the first definition is shown in a note."},
	"frontmatter.merge": {
		"Yhdistä vain ankkuroituja avain–arvo-pareja: <<: *oletukset tai <<: [*a, *b].",
		"Slå bara samman förankrade nyckel–värde-par: <<: *standard eller <<: [*a, *b].",
		"Merge only anchored mappings: <<: *defaults or <<: [*a, *b]."},
	"frontmatter.missing": {
		"Aloita tiedosto rivillä ---, kirjoita kentät ja päätä ne rivillä ---. malli new TYYPPI \"Otsikko\" kirjoittaa valmiin pohjan.",
		"Börja filen med raden ---, skriv fälten och avsluta med raden ---. malli new TYP \"Rubrik\" skriver en färdig mall.",
		"Start the file with a line ---, write the fields, and end them with a line ---. malli new TYPE \"Title\" writes a ready template."},
	"frontmatter.not-mapping": {
		"Kirjoita etutiedot riveinä muotoa avain: arvo.",
		"Skriv front matter som rader på formen nyckel: värde.",
		"Write the front matter as key: value lines."},
	"frontmatter.syntax": {
		"Korjaa kirjoitusasu ilmoitetussa kohdassa; usein syynä on puuttuva lainausmerkki, sulje tai kaksoispisteen jälkeinen välilyönti.",
		"Rätta syntaxen på den angivna platsen; ofta saknas ett citattecken, en parentes eller ett mellanslag efter kolon.",
		"Correct the syntax at the position given; often a quote, a bracket or the space after a colon is missing."},
	"frontmatter.tab": {
		"Sisennä välilyönneillä; editorin asetus \"Insert spaces\" estää virheen jatkossa.",
		"Gör indrag med mellanslag; redigerarens inställning \"Insert spaces\" förhindrar felet i fortsättningen.",
		"Indent with spaces; the editor's \"Insert spaces\" setting prevents it in future."},
	"frontmatter.too-deep": {
		"Tee rakenteesta matalampi: etutiedoissa riittää muutama taso, kuten lista henkilöitä nimineen ja sähköposteineen.",
		"Gör strukturen grundare: front matter behöver bara några nivåer, t.ex. en lista personer med namn och e-post.",
		"Make the structure flatter: front matter needs only a few levels, such as a list of people with names and e-mail addresses."},
	"frontmatter.unclosed": {
		"Lisää etutietojen loppuun rivi, jolla on vain aloittava erotin (--- tai +++).",
		"Lägg till en rad med bara den inledande avgränsaren (--- eller +++) efter fälten.",
		"Add a line holding only the opening delimiter (--- or +++) after the fields."},
	"id.duplicate": {
		"Nimeä toinen tiedosto uudelleen; tunnisteen pitää olla tyypin sisällä yksilöllinen.",
		"Byt namn på den ena filen; en identifierare måste vara unik inom typen.",
		"Rename one of the files; an id must be unique within its type."},
	"link.broken": {
		"Korjaa polku: se on suhteessa tiedoston omaan kansioon (esim. ../toimintamallit/malli.md).",
		"Rätta sökvägen: den är relativ till filens egen mapp (t.ex. ../toimintamallit/modell.md).",
		"Correct the path: it is relative to the file's own folder (e.g. ../toimintamallit/model.md)."},
	"link.broken-anchor": {
		"Käytä kohdesivun otsikon tunnistetta (otsikko pienillä kirjaimilla, välilyönnit viivoina) tai poista #-osa.",
		"Använd målsidans rubrik-id (rubriken med små bokstäver, mellanslag som bindestreck) eller ta bort #-delen.",
		"Use an id of a heading on the target page (the heading in lower case, spaces as hyphens), or drop the # part."},
	"link.draft": {
		"Julkaise luonnos (status: published) tai poista linkki.",
		"Publicera utkastet (status: published) eller ta bort länken.",
		"Publish the draft (status: published), or remove the link."},
	"markdown.raw-html": {
		"Kirjoita sisältö Markdownina tai poista HTML; --strict tekee tästä virheen.",
		"Skriv innehållet i Markdown eller ta bort HTML-koden; med --strict är detta ett fel.",
		"Write it in Markdown, or delete the HTML; --strict makes this an error."},
	"monitoring.person-level": {
		"Poista henkilötason tieto ja kirjaa vain kokonaisluvut; henkilötason aineisto kuuluu THL:lle ja TTL:lle sovitulla tavalla, ei sivustolle.",
		"Ta bort uppgifterna på personnivå och skriv bara summor; material på personnivå går till THL och TTL enligt överenskommelse, aldrig till webbplatsen.",
		"Remove the person-level data and record aggregates only; person-level data go to THL and TTL as agreed, never to the site."},
	"monitoring.small-cell": {
		"Kirjoita arvon sijaan suppressed: true tai yhdistä kierroksia tai luokkia, kunnes määrä ylittää kynnyksen.",
		"Skriv suppressed: true i stället för värdet eller slå ihop omgångar eller kategorier tills antalet når tröskeln.",
		"Write suppressed: true instead of the value, or combine rounds or categories until the count reaches the threshold."},
	"note.first-defined": {
		"Huomautus: näyttää toisen kohdan, johon ilmoitus viittaa; korjaa varsinainen ilmoitus.",
		"Anmärkning: visar den andra platsen som meddelandet gäller; rätta själva meddelandet.",
		"A note: it shows the other place the diagnostic is about; fix the diagnostic itself."},
	"output.collision": {
		"Nimeä toinen tiedostoista uudelleen niin, että nimet eroavat muutenkin kuin kirjainkoolta.",
		"Byt namn på den ena filen så att namnen skiljer sig på annat sätt än i skiftläge.",
		"Rename one of the files so that the names differ in more than letter case."},
	"page.bad-id": {
		"Nimeä tiedosto vihjeen mukaan: pienet kirjaimet a–z, numerot ja väliviivat.",
		"Byt namn på filen enligt tipset: små bokstäver a–z, siffror och bindestreck.",
		"Rename the file as the hint says: lower-case letters a–z, digits and hyphens."},
	"page.bad-name": {
		"Käytä kielipäätettä .sv.md tai .en.md, tai ei päätettä suomenkieliselle alkuperäiselle.",
		"Använd språkändelsen .sv.md eller .en.md, eller ingen ändelse för det finska originalet.",
		"Use the language suffix .sv.md or .en.md, or none for the Finnish original."},
	"page.bad-path": {
		"Siirrä tiedosto tyypin kansioon tai tee siitä kansio, jossa on index.md ja liitteet.",
		"Flytta filen till typens mapp, eller gör den till en mapp med index.md och bilagorna.",
		"Move the file into its type's folder, or make it a folder with index.md and its attachments."},
	"page.id-mismatch": {
		"Nimeä tiedosto tai id-kenttä niin, että ne ovat samat; muuten linkit lakkaavat toimimasta.",
		"Byt namn på filen eller id-fältet så att de stämmer överens; annars slutar länkarna fungera.",
		"Rename the file or the id so that they agree; otherwise links stop working."},
	"page.no-type": {
		"Siirrä tiedosto jonkin sisältötyypin kansioon tai lisää kansiolle skeema.",
		"Flytta filen till en innehållstyps mapp eller lägg till ett schema för mappen.",
		"Move the file into a content type's folder, or add a schema for the folder."},
	"path.next-unknown": {
		"Korjaa next-kentän askeleen tunniste tai lisää puuttuva askel polulle.",
		"Rätta stegets id i fältet next eller lägg till det saknade steget i stigen.",
		"Correct the step id in next, or add the missing step to the path."},
	"path.unreachable": {
		"Lisää askel jonkin aiemman askeleen next-listaan tai poista askel.",
		"Lägg till steget i next-listan för ett tidigare steg eller ta bort steget.",
		"Add the step to an earlier step's next list, or remove the step."},
	"programme.requirement": {
		"Täytä kenttä, jota ohjelma edellyttää (ohjelma-asiakirjan project_requirements kertoo, miksi).",
		"Fyll i fältet som programmet kräver (programdokumentets project_requirements säger varför).",
		"Fill in the field the programme requires (the programme document's project_requirements say why)."},
	"ratio.exceeded": {
		"Pienennä avustusta tai tarkista kustannukset; raja on ohjelma-asiakirjassa.",
		"Sänk understödet eller kontrollera kostnaderna; gränsen står i programdokumentet.",
		"Lower the aid or check the costs; the limit is in the programme document."},
	"ratio.missing": {
		"Lisää ohjelmalle enimmäisosuus (Työkykyohjelma: max_aid_ratio: 0.8).",
		"Lägg till den högsta andelen för programmet (Arbetsförmågeprogrammet: max_aid_ratio: 0.8).",
		"Add the maximum ratio to the programme (Work Ability Programme: max_aid_ratio: 0.8)."},
	"ref.draft": {
		"Julkaise viitattu luonnos tai poista viittaus.",
		"Publicera det refererade utkastet eller ta bort referensen.",
		"Publish the referenced draft, or remove the reference."},
	"ref.item-unknown": {
		"Käytä kohdeasiakirjan kohdan tunnistetta (esim. kriteeristön kriteerin id).",
		"Använd id:t för en post i måldokumentet (t.ex. ett kriteriums id i kriteriesamlingen).",
		"Use the id of an item of the target document (e.g. a criterion's id in the criteria set)."},
	"ref.unknown": {
		"Käytä olemassa olevan asiakirjan tunnistetta eli sen tiedostonimeä ilman .md-päätettä.",
		"Använd id:t för ett befintligt dokument, dvs. dess filnamn utan .md.",
		"Use the id of an existing document: its file name without .md."},
	"report.due-late": {
		"Korjaa määräpäivä tai hankkeen päättymispäivä.",
		"Rätta förfallodagen eller projektets slutdatum.",
		"Correct the due date, or the project's end date."},
	"schema.annotation": {
		"Lisää skeeman x-malli-merkintään puuttuvat avaimet (type ja folder).",
		"Lägg till de saknade nycklarna (type och folder) i schemats x-malli-annotering.",
		"Add the missing keys (type and folder) to the schema's x-malli annotation."},
	"schema.any-required": {
		"Lisää ainakin yksi luetelluista kentistä, esim. email tai phone.",
		"Lägg till minst ett av de nämnda fälten, t.ex. email eller phone.",
		"Add at least one of the fields named, e.g. email or phone."},
	"schema.at-most-ratio": {
		"Pienennä arvoa tai tarkista toinen kenttä.",
		"Sänk värdet eller kontrollera det andra fältet.",
		"Lower the value, or check the other field."},
	"schema.business-id": {
		"Kopioi Y-tunnus YTJ:stä (ytj.fi); viimeinen numero on tarkiste.",
		"Kopiera FO-numret från FODS (ytj.fi); den sista siffran är en kontrollsiffra.",
		"Copy the business id from the YTJ register (ytj.fi); its last digit is a check digit."},
	"schema.compile": {
		"Korjaa skeema ilmoitetussa kohdassa; sen pitää olla kelvollista JSONia ja JSON Schemaa (draft 2020-12).",
		"Rätta schemat på den angivna platsen; det måste vara giltig JSON och JSON Schema (draft 2020-12).",
		"Correct the schema at the position given; it must be valid JSON and JSON Schema (draft 2020-12)."},
	"schema.const": {
		"Kirjoita kenttään vaadittu arvo.",
		"Skriv det krävda värdet i fältet.",
		"Write the required value in the field."},
	"schema.duplicate-type": {
		"Anna toiselle skeemalle eri tyypin nimi ja kansio.",
		"Ge det ena schemat ett annat typnamn och en annan mapp.",
		"Give one of the schemas another type name and folder."},
	"schema.enum": {
		"Käytä jotakin luetelluista koodeista; editori näyttää niiden nimet, kun skeemat on kytketty.",
		"Använd en av de uppräknade koderna; redigeraren visar deras namn när schemana är kopplade.",
		"Use one of the codes listed; the editor shows their names when the schemas are wired."},
	"schema.exclusiveMaximum": {
		"Kirjoita rajaa pienempi arvo.",
		"Skriv ett värde som är mindre än gränsen.",
		"Write a value below the limit."},
	"schema.exclusiveMinimum": {
		"Kirjoita rajaa suurempi arvo.",
		"Skriv ett värde som är större än gränsen.",
		"Write a value above the limit."},
	"schema.format": {
		"Kirjoita arvo pyydetyssä muodossa: päivämäärä VVVV-KK-PP, sähköposti nimi@esimerkki.fi, osoite https://….",
		"Skriv värdet i den begärda formen: datum ÅÅÅÅ-MM-DD, e-post namn@exempel.fi, adress https://….",
		"Write the value in the form asked: a date YYYY-MM-DD, an e-mail name@example.fi, a URL https://…."},
	"schema.invalid": {
		"Korjaa arvo skeeman mukaiseksi; ilmoituksen loppuosa kertoo, mikä ei täsmää.",
		"Rätta värdet enligt schemat; slutet av meddelandet säger vad som inte stämmer.",
		"Make the value fit the schema; the end of the message says what does not match."},
	"schema.maxItems": {
		"Poista listasta ylimääräiset kohdat.",
		"Ta bort de överflödiga posterna ur listan.",
		"Remove the extra items from the list."},
	"schema.maxLength": {
		"Lyhennä tekstiä; pidempi kuvaus kuuluu leipätekstiin.",
		"Korta texten; en längre beskrivning hör till brödtexten.",
		"Shorten the text; a longer description belongs in the body."},
	"schema.maximum": {
		"Kirjoita enintään rajan suuruinen arvo.",
		"Skriv ett värde som högst är lika med gränsen.",
		"Write a value no greater than the limit."},
	"schema.minItems": {
		"Lisää listaan puuttuvat kohdat.",
		"Lägg till de saknade posterna i listan.",
		"Add the missing items to the list."},
	"schema.minLength": {
		"Kirjoita kenttään pidempi teksti.",
		"Skriv en längre text i fältet.",
		"Write a longer text in the field."},
	"schema.minimum": {
		"Kirjoita vähintään rajan suuruinen arvo.",
		"Skriv ett värde som minst är lika med gränsen.",
		"Write a value no less than the limit."},
	"schema.not-before": {
		"Korjaa päivämäärät niin, että jälkimmäinen on sama tai myöhempi.",
		"Rätta datumen så att det senare är samma eller senare.",
		"Correct the dates so that the later one is the same or later."},
	"schema.pattern": {
		"Kirjoita arvo pyydetyssä muodossa; ilmoitus kertoo muodon sanoin.",
		"Skriv värdet i den begärda formen; meddelandet beskriver formen i ord.",
		"Write the value in the form asked; the message describes the form in words."},
	"schema.ref-missing": {
		"Korjaa tiedostonimi tai lisää tiedosto schemas-kansioon.",
		"Rätta filnamnet eller lägg till filen i mappen schemas.",
		"Correct the file name, or add the file to schemas/."},
	"schema.required": {
		"Lisää kenttä; malli new TYYPPI \"Otsikko\" kirjoittaa pohjan, jossa vaaditut kentät ovat valmiina.",
		"Lägg till fältet; malli new TYP \"Rubrik\" skriver en mall med de krävda fälten.",
		"Add the field; malli new TYPE \"Title\" writes a template with the required fields."},
	"schema.required-published": {
		"Lisää kenttä tai pidä asiakirja luonnoksena (status: draft), kunnes tieto on olemassa.",
		"Lägg till fältet eller behåll dokumentet som utkast (status: draft) tills uppgiften finns.",
		"Add the field, or keep the document a draft (status: draft) until it is known."},
	"schema.type": {
		"Kirjoita arvo pyydettyä lajia: luku ilman yksikköä, teksti, lista tai kyllä/ei (true/false).",
		"Skriv ett värde av det begärda slaget: ett tal utan enhet, en text, en lista eller ja/nej (true/false).",
		"Write a value of the kind named: a number without a unit, a text, a list, or yes/no (true/false)."},
	"schema.unique": {
		"Poista toistuva arvo listasta.",
		"Ta bort det upprepade värdet ur listan.",
		"Remove the repeated value from the list."},
	"schema.unknown-key": {
		"Korjaa kentän nimen kirjoitusvirhe tai poista kenttä; kenttäviite luettelee tyypin kentät.",
		"Rätta stavfelet i fältnamnet eller ta bort fältet; fältreferensen listar typens fält.",
		"Correct the key's spelling, or remove it; the field reference lists the type's fields."},
	"score.duplicate": {
		"Poista toinen arvio tai korjaa sen kriteerin tunniste.",
		"Ta bort den ena bedömningen eller rätta dess kriteriums id.",
		"Remove one of the scores, or correct its criterion id."},
	"score.missing": {
		"Lisää kriteerille pisteet tai merkitse se not_applicable: true perusteluineen.",
		"Lägg till poäng för kriteriet eller markera det not_applicable: true med en motivering.",
		"Score the criterion, or mark it not_applicable: true with a rationale."},
	"score.na-reason": {
		"Kerro rationale-kentässä, miksi kriteeri ei koske hanketta.",
		"Förklara i fältet rationale varför kriteriet inte gäller.",
		"Say in rationale why the criterion does not apply."},
	"score.na-scored": {
		"Säilytä joko pisteet tai ei sovellu -merkintä, ei molempia.",
		"Behåll antingen poängen eller markeringen ej tillämplig, inte båda.",
		"Keep the score or the not-applicable mark, not both."},
	"score.other-measure": {
		"Poista pisteet tai korjaa hankkeen toimenpide tai kriteerin toimenpiteet.",
		"Ta bort poängen eller rätta projektets åtgärd eller kriteriets åtgärder.",
		"Remove the score, or correct the project's measure or the criterion's measures."},
	"score.scale": {
		"Käytä kriteeristön asteikon arvoa; kriteeristön sivu näyttää asteikon.",
		"Använd ett värde på kriteriesamlingens skala; kriteriesamlingens sida visar skalan.",
		"Use a value of the criteria set's scale; the criteria set's page shows it."},
	"section.missing": {
		"Lisää H2-otsikko (## Otsikko) ja sen teksti tai pidä asiakirja luonnoksena.",
		"Lägg till H2-rubriken (## Rubrik) och dess text, eller behåll dokumentet som utkast.",
		"Add the H2 heading (## Heading) and its text, or keep the document a draft."},
	"section.unknown": {
		"Korjaa otsikon kirjoitusasu tyypin osion nimeksi tai käytä alaotsikkoa (###).",
		"Rätta rubrikens stavning till ett av typens avsnitt, eller använd en underrubrik (###).",
		"Correct the heading to one of the type's sections, or use a subheading (###)."},
	"source.bad-name": {
		"Nimeä tiedosto vihjeen mukaan: ei merkkejä # ? % \\ eikä Windowsin varattuja nimiä.",
		"Byt namn på filen enligt tipset: inga tecken # ? % \\ och inga namn som Windows reserverar.",
		"Rename it as the hint says: no # ? % \\ characters and no names Windows reserves."},
	"source.bom": {
		"Tallenna tiedosto UTF-8-muodossa ilman BOM-merkkiä (editorin koodausvalinta).",
		"Spara filen som UTF-8 utan BOM (redigerarens val av kodning).",
		"Save the file as UTF-8 without BOM (the editor's encoding setting)."},
	"source.empty": {
		"Kirjoita etutiedot ja leipäteksti tai poista tiedosto.",
		"Skriv front matter och brödtext eller ta bort filen.",
		"Write front matter and a body, or delete the file."},
	"source.skipped": {
		"Nimeä tiedosto uudelleen, jos se pitää julkaista; muuten mitään ei tarvitse tehdä.",
		"Byt namn på filen om den ska publiceras; annars behöver inget göras.",
		"Rename it if it should be published; otherwise there is nothing to do."},
	"source.special": {
		"Poista laitetiedosto, putki tai pistoke sisällöstä; vain tavallisia tiedostoja voi julkaista.",
		"Ta bort enhetsfilen, röret eller uttaget; bara vanliga filer kan publiceras.",
		"Remove the device, pipe or socket; only ordinary files can be published."},
	"source.symlink": {
		"Kopioi tiedosto tai kansio sivustoon linkin sijaan.",
		"Kopiera filen eller mappen till webbplatsen i stället för länken.",
		"Copy the file or folder into the site instead of linking it."},
	"source.too-large": {
		"Jaa asiakirja osiin, pienennä liitettä tai linkitä se muualle.",
		"Dela upp dokumentet, komprimera bilagan eller länka till den på annat håll.",
		"Split the document, shrink the attachment, or link to it elsewhere."},
	"source.too-many-problems": {
		"Korjaa ensimmäiset ongelmat ja tarkista uudelleen.",
		"Rätta de första problemen och kontrollera igen.",
		"Correct the first problems and check again."},
	"source.utf8": {
		"Tallenna tiedosto UTF-8-muodossa (editorin koodausvalinta).",
		"Spara filen som UTF-8 (redigerarens val av kodning).",
		"Save the file as UTF-8 (the editor's encoding setting)."},
	"theme.execute": {
		"Korjaa ilmoitettu rivi sivupohjassa: käytä vain sivun tietoja, jotka oletusteeman vastaava pohja käyttää, tai poista pohja, jolloin oletusteeman pohja on käytössä.",
		"Rätta den angivna raden i sidmallen: använd bara sidans uppgifter som standardtemats motsvarande mall använder, eller ta bort mallen så att standardtemats mall används.",
		"Correct the line given in the template: use only the page data the default theme's matching template uses, or remove the template so that the default theme's is used."},
	"theme.template": {
		"Korjaa sivupohjan kirjoitusasu ilmoitetulla rivillä; usein {{if}}, {{range}} tai {{define}} on vailla {{end}}-merkintää.",
		"Rätta sidmallens syntax på den angivna raden; ofta saknar {{if}}, {{range}} eller {{define}} sitt {{end}}.",
		"Correct the template's syntax on the line given; often an {{if}}, {{range}} or {{define}} lacks its {{end}}."},
	"theme.unknown": {
		"Kirjoita theme-kenttään jonkin themes-kansion alikansion nimi tai poista kenttä, jolloin käytetään oletusteemaa.",
		"Skriv namnet på en undermapp till mappen themes i fältet theme, eller ta bort fältet så att standardtemat används.",
		"Write the name of a folder under themes/ in the theme field, or remove the field to use the default theme."},
	"translation.orphan": {
		"Lisää suomenkielinen alkuperäinen (sama nimi ilman kielipäätettä) tai korjaa käännöksen nimi.",
		"Lägg till det finska originalet (samma namn utan språkändelse) eller rätta översättningens namn.",
		"Add the Finnish original (the same name without a language suffix), or correct the translation's name."},
	"url.scheme": {
		"Linkitä osoitteeseen https:// (tai http://, mailto:, tel:) tai sivuston tiedostoon suhteellisella polulla.",
		"Länka med https:// (eller http://, mailto:, tel:) eller till en fil på webbplatsen med en relativ sökväg.",
		"Link with https:// (or http://, mailto:, tel:) or to a file of the site by a relative path."},
}

// FixOf returns how to fix a problem with code c, in each language.
func FixOf(c Code) (Text, bool) {
	t, ok := fixes[c.name]
	return t, ok
}

// In returns the text in lang (Finnish for an unknown language).
func (t Text) In(lang Lang) string { return t.in(lang) }
