import type { Section } from '../section';

const scopeOf = (p: { percelen: string; gemeenten: string }): string =>
  [p.percelen && `percelen ${p.percelen}`, p.gemeenten && `gemeenten ${p.gemeenten}`].filter(Boolean).join(' in ');

/**
 * Dutch texts: funding, the answers of the result-based funding: the contract register, the
 * declaratie builder and onderaanneming. Keys are English identifiers; the standard's words stay
 * as the standard spells them.
 */
export const funding = {
  // ------------------------------------------------------------ shared phrases
  /** a problem and where it is: a field or element path of the document or request */
  'funding.at': (p: { where: string; problem: string }) => `${p.where}: ${p.problem}`,
  /** the problems of a refusal, each on a line of its own (see bulleted()) */
  'funding.bullet': (p: { item: string }) => `  - ${p.item}`,
  'funding.lines': (p: { list: string; item: string }) => `${p.list}\n${p.item}`,

  // ------------------------------------------------------------ the contract register file (libs/rules/src/config)
  'funding.register.invalid': (p: { source: string; problems: string }) =>
    `${p.source} is geen geldig contractregister (zie docs/contracts.md):\n${p.problems}`,
  'funding.register.source.default': () => 'Het aangeleverde contractregister',
  'funding.register.source.version': (p: { version: number }) => `Versie ${p.version} van het contractregister`,
  'funding.register.cannot-read': (p: { error: string }) => `kan niet worden gelezen: ${p.error}`,
  'funding.register.not-json': (p: { error: string }) => `is geen JSON: ${p.error}`,
  'funding.register.must-be-object': () => 'moet een object zijn',
  'funding.register.unknown-field': (p: { name: string; known: string }) => `onbekend veld "${p.name}" (bekende velden: ${p.known})`,
  'funding.register.must-be-list': () => 'moet een lijst zijn',
  'funding.register.must-not-be-empty': () => 'mag niet leeg zijn',
  'funding.register.must-be': (p: { what: string }) => `moet ${p.what} zijn`,
  'funding.register.invalid-value': (p: { value: string; what: string }) => `${p.value} is ongeldig: verwacht ${p.what}`,
  'funding.register.not-a-date': (p: { value: string }) => `${p.value} is geen datum (JJJJ-MM-DD)`,
  'funding.register.ends-before-start': (p: { vanaf: string; totEnMet: string }) => `eindigt (${p.totEnMet}) voordat het begint (${p.vanaf})`,
  'funding.register.not-one-of': (p: { value: string; options: string }) => `${p.value} is ongeldig: kies uit ${p.options}`,
  'funding.register.illustrative': () => 'moet true zijn (illustratieve standaardwaarden) of false (het echte contract)',
  'funding.register.gemeenten-object': () => 'moet een object zijn van CBS-gemeentecode naar naam, bijv. { "0503": "Delft" }',
  'funding.register.gemeente-key': () => 'de sleutel moet een CBS-gemeentecode van 4 cijfers zijn',
  'funding.register.no-gemeente': () => 'moet ten minste één gemeente noemen',
  'funding.register.gemeente-not-listed': (p: { gemeente: string }) => `gemeente ${p.gemeente} staat niet onder "gemeenten"`,
  'funding.register.beleid-object': () => 'moet een object zijn van CBS-gemeentecode naar { "proratie": ... }',
  'funding.register.categorie-not-in-wmo020': (p: { categorie: string }) => `${p.categorie} staat niet in WMO020 (01 ... 18)`,
  'funding.register.gebied-twice': (p: { code: string }) => `resultaatgebied ${p.code} staat er twee keer in`,
  'funding.register.gebied-not-listed': (p: { code: string }) => `"${p.code}" staat niet onder "resultaatgebieden"`,
  'funding.register.code-categorie': (p: { categorie: string; gebied: string }) =>
    `moet beginnen met de ProductCategorie ${p.categorie} van resultaatgebied ${p.gebied}`,
  'funding.register.gemeente-does-not-use': (p: { gemeente: string; productCode: string }) => `gemeente ${p.gemeente} gebruikt ${p.productCode} niet`,
  'funding.register.tarief-after-code': (p: { vanaf: string; totEnMet: string }) => `${p.vanaf} ligt na de laatste dag van de code (${p.totEnMet})`,
  'funding.register.second-tarief': (p: { vanaf: string; gemeente: string }) => `een tweede tarief vanaf ${p.vanaf} voor gemeente ${p.gemeente}`,
  'funding.register.tarief-gap': (p: { gemeente: string; vanaf: string; totEnMet: string }) =>
    `geen tarief voor gemeente ${p.gemeente} van ${p.vanaf} (de eerste dag van de code) tot en met ${p.totEnMet}`,
  'funding.register.no-tarief': (p: { gemeente: string }) => `geen tarief voor gemeente ${p.gemeente}`,
  'funding.register.code-twice': (p: { productCode: string; gemeente: string }) => `${p.productCode} staat twee keer in het register voor gemeente ${p.gemeente}`,
  'funding.register.contract-overlap': (p: { aanbieder: string; perceel: string; gemeente: string; vanaf: string }) =>
    `overlapt een ander contract van ${p.aanbieder} voor ${p.perceel} in gemeente ${p.gemeente} (vanaf ${p.vanaf})`,
  // what a value should be (after "moet ... zijn" and "verwacht ...")
  'funding.register.what.text': () => 'een niet-lege tekst',
  'funding.register.what.gemeente-naam': () => 'de naam van de gemeente',
  'funding.register.what.gemeentecode': () => 'een CBS-gemeentecode van 4 cijfers',
  'funding.register.what.gebied-code': () => 'een code van hoofdletters en cijfers (bijv. ORH)',
  'funding.register.what.categorie': () => 'een ProductCategorie uit WMO020 (01 ... 18)',
  'funding.register.what.product-code': () => 'een ProductCode van 1 tot 5 letters en cijfers',
  'funding.register.what.trede': () => 'een trede (een geheel getal vanaf 1)',
  'funding.register.what.eurocents': () => 'een bedrag in eurocenten (een geheel getal boven 0)',
  'funding.register.what.agb': () => 'de AGB-code van 8 cijfers van de aanbieder',

  // ------------------------------------------------------------ the contract register's versions and changes (libs/funding/src/contracts)
  'funding.contracts.title.invalid': () => 'Ongeldig contractregister',
  'funding.contracts.title.refused': () => 'Wijziging niet mogelijk',
  'funding.contracts.rejected': (p: { what: string; count: number; problems: string }) =>
    `${p.what} is niet opgeslagen: ${p.count === 1 ? 'één probleem' : `${p.count} problemen`} (zie docs/contracts.md):\n${p.problems}`,
  'funding.contracts.what.register': () => 'Het contractregister',
  'funding.contracts.what.changed': () => 'Het gewijzigde register',
  'funding.contracts.change-refused': (p: { problems: string }) => `De wijziging is niet doorgevoerd:\n${p.problems}`,
  'funding.contracts.no-version-yet': (p: { version: number }) =>
    `Er is geen versie ${p.version} van het contractregister: er is nog geen versie opgeslagen.`,
  'funding.contracts.no-such-version': (p: { version: number; latest: number }) =>
    `Er is geen versie ${p.version} van het contractregister; de versies zijn 1 tot en met ${p.latest}.`,
  'funding.contracts.version-conflict': (p: { basedOn: number; latest: number }) =>
    `De wijziging ging uit van versie ${p.basedOn} van het contractregister, maar versie ${p.latest} is nu de nieuwste. ` +
    `Bekijk wat er veranderd is (GET /v1/admin/contracts/diff?from=${p.basedOn}&to=${p.latest}) en stuur de wijziging opnieuw, uitgaande van versie ${p.latest}.`,
  'funding.contracts.reason-missing': () => 'zeg waarom deze versie wordt gemaakt (bijv. "tariefverhoging 2026")',
  'funding.contracts.unknown-code': (p: { productCode: string; known: string }) =>
    `${p.productCode} staat niet in het register (de codes zijn: ${p.known}); voeg de code toe door het hele register te uploaden`,
  'funding.contracts.gemeente-does-not-use': (p: { gemeente: string; productCode: string; usedBy: string }) =>
    `gemeente ${p.gemeente} gebruikt ${p.productCode} niet (de code wordt gebruikt door ${p.usedBy})`,
  'funding.contracts.tarief-before-code': (p: { vanaf: string; productCode: string; geldigVanaf: string }) =>
    `${p.vanaf} ligt vóór de dag waarop ${p.productCode} gebruikt mag worden (vanaf ${p.geldigVanaf}); een tarief vanaf ${p.vanaf} zou nooit gelden`,
  'funding.contracts.naam-needed': (p: { aanbieder: string }) => `aanbieder ${p.aanbieder} heeft nog geen contract in het register; geef de naam van de aanbieder op`,
  'funding.contracts.ends-before-start': (p: { index: number; aanbieder: string; vanaf: string; totEnMet: string }) =>
    `contracten[${p.index}] van ${p.aanbieder} begint op ${p.vanaf}, na ${p.totEnMet}; een contract kan niet eindigen voordat het begint (verwijder het door het hele register te uploaden)`,
  'funding.contracts.nothing-to-end': (p: { aanbieder: string; totEnMet: string; percelen: string; gemeenten: string }) =>
    `aanbieder ${p.aanbieder} heeft geen contract${scopeOf(p) ? ` voor ${scopeOf(p)}` : ''} dat na ${p.totEnMet} doorloopt`,
  'funding.contracts.gemeente-not-in-register': (p: { gemeente: string; known: string }) =>
    `gemeente ${p.gemeente} staat niet in het register (de gemeenten zijn: ${p.known})`,
  'funding.contracts.illustrative-notice': () =>
    'ILLUSTRATIEF: deze productcodes, tarieven en contracten zijn voorbeeldgegevens voor ontwikkeling, tests en demo\'s, niet het contract van de H4-gemeenten.',

  // ------------------------------------------------------------ what changed between two versions (contract-diff.ts)
  'funding.diff.from': (p: { vanaf: string }) => `vanaf ${p.vanaf}`,
  'funding.diff.from-to': (p: { vanaf: string; totEnMet: string }) => `van ${p.vanaf} tot en met ${p.totEnMet}`,
  'funding.diff.no-tarief': () => 'geen tarief',
  'funding.diff.illustrative-on': () => 'Het register is gemarkeerd als illustratief (voorbeeldgegevens, niet het echte contract).',
  'funding.diff.illustrative-off': () => 'Het register is niet langer gemarkeerd als illustratief: het is het echte contract.',
  'funding.diff.gemeente-added': (p: { gemeente: string }) => `Gemeente ${p.gemeente} toegevoegd.`,
  'funding.diff.gemeente-removed': (p: { gemeente: string }) => `Gemeente ${p.gemeente} verwijderd: TR381 en TR418 controleren haar declaraties niet meer.`,
  'funding.diff.gemeente-renamed': (p: { gemeente: string; before: string; after: string }) => `Gemeente ${p.gemeente} hernoemd van ${p.before} naar ${p.after}.`,
  'funding.diff.gebied-added': (p: { code: string; naam: string; categorie: string }) =>
    `Resultaatgebied ${p.code} (${p.naam}, ProductCategorie ${p.categorie}) toegevoegd.`,
  'funding.diff.gebied-removed': (p: { code: string; naam: string }) => `Resultaatgebied ${p.code} (${p.naam}) verwijderd.`,
  'funding.diff.gebied-renamed': (p: { code: string; before: string; after: string }) => `Resultaatgebied ${p.code} hernoemd van "${p.before}" naar "${p.after}".`,
  'funding.diff.gebied-categorie': (p: { code: string; before: string; after: string }) =>
    `ProductCategorie van resultaatgebied ${p.code} gewijzigd van ${p.before} naar ${p.after}.`,
  'funding.diff.product-added': (p: { code: string; product: string; period: string; gemeenten: string }) =>
    `Productcode ${p.code} (${p.product}) toegevoegd ${p.period} in ${p.gemeenten}.`,
  'funding.diff.product-removed': (p: { code: string; product: string; gemeenten: string }) => `Productcode ${p.code} (${p.product}) verwijderd in ${p.gemeenten}.`,
  'funding.diff.product-changed': (p: { code: string; before: string; after: string; gemeenten: string }) =>
    `Productcode ${p.code} gewijzigd van ${p.before} naar ${p.after} in ${p.gemeenten}.`,
  'funding.diff.product-period': (p: { code: string; after: string; before: string; gemeenten: string }) =>
    `Productcode ${p.code} mag worden gebruikt ${p.after} (was ${p.before}) in ${p.gemeenten}.`,
  'funding.diff.tarief': (p: { code: string; period: string; before: string; after: string; gemeenten: string }) =>
    `Tarief van ${p.code} ${p.period}: ${p.before} -> ${p.after} in ${p.gemeenten}.`,
  'funding.diff.contract-added': (p: { who: string; percelen: string; gemeente: string; period: string }) =>
    `Contract toegevoegd: ${p.who} voor ${p.percelen} in ${p.gemeente} ${p.period}.`,
  'funding.diff.contract-removed': (p: { who: string; percelen: string; gemeente: string; period: string }) =>
    `Contract verwijderd: ${p.who} voor ${p.percelen} in ${p.gemeente} (was ${p.period}).`,
  'funding.diff.contract-open': (p: { who: string; percelen: string; gemeente: string; before: string }) =>
    `Contract van ${p.who} voor ${p.percelen} in ${p.gemeente} loopt door zonder einddatum (eindigde eerst op ${p.before}).`,
  'funding.diff.contract-ends': (p: { who: string; percelen: string; gemeente: string; totEnMet: string; before: string }) =>
    `Contract van ${p.who} voor ${p.percelen} in ${p.gemeente} eindigt op ${p.totEnMet}${p.before ? ` (was ${p.before})` : ''}.`,
  'funding.diff.aanbieder-renamed': (p: { aanbieder: string; before: string; after: string }) => `Aanbieder ${p.aanbieder} hernoemd van ${p.before} naar ${p.after}.`,
  'funding.diff.beleid': (p: { gemeente: string; before: string; after: string }) => `Declaratiebeleid van ${p.gemeente}: proratie ${p.before} -> ${p.after}.`,

  // ------------------------------------------------------------ the declaratie builder (libs/funding/src/builder)
  'funding.build.invalid-periode': (p: { periode: string }) => `periode "${p.periode}" is geen kalendermaand; geef die als JJJJ-MM, bijv. 2026-04.`,
  'funding.build.already-declared': (p: { aanbieder: string; gemeente: string; month: string; next: string }) =>
    `aanbieder ${p.aanbieder} heeft ${p.month} al gedeclareerd bij gemeente ${p.gemeente} (een declaratie die niet als geheel is afgewezen); een maand wordt één keer gedeclareerd (TR318). ` +
    `Stel ${p.next} op: die declaratie bevat ook de correcties van ${p.month}.`,
  'funding.build.before-latest': (p: { aanbieder: string; gemeente: string; month: string; latest: string; next: string }) =>
    `${p.month} ligt vóór ${p.latest}, de laatste maand die aanbieder ${p.aanbieder} bij gemeente ${p.gemeente} heeft gedeclareerd; een DeclaratiePeriode volgt op de vorige (TR318), ` +
    `dus ${p.month} kan nu niet meer worden gedeclareerd. Stel ${p.next} op: die declaratie bevat de correcties van ${p.month}.`,
  'funding.build.gemeente-not-in-register': (p: { gemeente: string }) =>
    `het contractregister beschrijft gemeente ${p.gemeente} niet, dus er zijn geen tarieven om tegen te declareren; voeg de gemeente toe aan het register (docs/contracts.md).`,
  'funding.build.month-skipped': (p: { aanbieder: string; gemeente: string; latest: string; first: string; next: string }) =>
    `de laatste declaratie van aanbieder ${p.aanbieder} bij gemeente ${p.gemeente} is voor ${p.latest}, en in ${p.first} is zorg geleverd; ` +
    `stel eerst de declaratie voor ${p.next} op (TR318: elke maand volgt op de vorige).`,
  'funding.build.nothing-to-declare': (p: { gemeente: string; periode: string; skipped: number }) =>
    `niets te declareren bij gemeente ${p.gemeente} voor ${p.periode}: geen toewijzing met een start in die maand, en geen correctie nodig` +
    `${p.skipped ? ` (${p.skipped} ${p.skipped === 1 ? 'maand' : 'maanden'} weggelaten, zie skipped)` : ''}.`,
  'funding.build.rejected-by-rules': (p: { findings: string }) => `de declaratie zou als geheel worden afgewezen: ${p.findings}`,
  'funding.build.too-large': (p: { periode: string; lines: number; size: string; limit: string }) =>
    `de declaratie voor ${p.periode} bevat alleen al ${p.lines} prestaties van deze maand, ${p.size.replace('.', ',')} MB, boven de limiet van ${p.limit} MB van de uitwisseling; ` +
    'ze kan niet worden gesplitst (TR318: één declaratie per maand). Neem contact op met het H4-contractteam.',
  'funding.build.not-found': (p: { id: string }) => `U hebt geen opgestelde declaratie ${p.id}.`,
  /** a rule's finding on a line of the declaratie, the finding said in the same language */
  'funding.build.finding': (p: { rule: string; retourcode: string; finding: string }) => `${p.rule} (${p.retourcode}): ${p.finding}`,
  // why a month of a toewijzing is left out of a build (the `detail` of `skipped`)
  'funding.build.skip.awaiting-antwoord': (p: { referentieNummer: string }) =>
    `prestatie ${p.referentieNummer} wacht op het declaratie-antwoord (WMO325) van de gemeente; correcties voor deze maand volgen daarna.`,
  'funding.build.skip.withdrawn-not-credited': (p: { toewijzingNummer: string; referentieNummer: string; bedrag: string }) =>
    `toewijzing ${p.toewijzingNummer} is ingetrokken (RedenWijziging 13); prestatie ${p.referentieNummer} (${p.bedrag}) kan niet in een declaratie worden gecrediteerd (TR384): verreken deze met de gemeente.`,
  'funding.build.skip.not-in-register': (p: { productCode: string; gemeente: string; datum: string }) =>
    `ProductCode ${p.productCode} heeft in het contractregister geen tarief voor gemeente ${p.gemeente} op ${p.datum}; vraag het H4-contractteam het tarief toe te voegen (TR381/TR418).`,
  'funding.build.skip.no-contract': (p: { aanbieder: string; naam: string; perceel: string; gemeente: string; datum: string }) =>
    `aanbieder ${p.aanbieder} heeft geen contract voor ${p.naam} (perceel ${p.perceel}) in gemeente ${p.gemeente} op ${p.datum} (TR418).`,
  'funding.build.skip.exceeds-omvang': (p: { bedrag: string; toewijzingNummer: string; omvang: string }) =>
    `${p.bedrag} is meer dan de Omvang van toewijzing ${p.toewijzingNummer} (${p.omvang} per maand, TR321); vraag de gemeente om een toewijzing die bij het tarief past.`,
  'funding.build.skip.blocked-by-rules': (p: { soorten: string; findings: string }) => `${p.soorten} weggelaten: ${p.findings}`,
  'funding.build.skip.deferred-size-limit': (p: { limit: string }) =>
    `de declaratie zou groter worden dan de ${p.limit} MB van de uitwisseling; deze correctie gaat mee in de volgende declaratie.`,

  // ------------------------------------------------------------ onderaanneming (libs/funding/src/onderaanneming, apps/gateway/src/onderaanneming)
  /** one problem of a refusal: the field, the code a client acts on, and what is wrong */
  'funding.onderaanneming.problem': (p: { field: string; code: string; problem: string }) => `${p.field} (${p.code}): ${p.problem}`,
  'funding.onderaanneming.open': () => 'open',
  'funding.onderaanneming.relatie': (p: { id: string; onderaannemer: string; producten: string; vanaf: string; totEnMet: string }) =>
    `relatie ${p.id} (onderaannemer ${p.onderaannemer}, ${p.producten}, ${p.vanaf} t/m ${p.totEnMet})`,
  'funding.onderaanneming.invalid-agb': (p: { value: string; role: string }) => `"${p.value}" is geen AGB-code; geef de 8 cijfers van de ${p.role}.`,
  'funding.onderaanneming.same-party': () => 'De onderaannemer moet een andere aanbieder zijn dan de hoofdaannemer.',
  'funding.onderaanneming.unknown-gemeente': (p: { value: string }) => `"${p.value}" is geen CBS-gemeentecode; geef de 4 cijfers, bijv. 0503 voor Delft.`,
  'funding.onderaanneming.invalid-date': (p: { value: string }) => `"${p.value}" is geen datum; schrijf JJJJ-MM-DD.`,
  'funding.onderaanneming.invalid-end-date': (p: { value: string }) => `"${p.value}" is geen datum; schrijf JJJJ-MM-DD, of laat totEnMet weg voor een open einde.`,
  'funding.onderaanneming.ends-before-start': (p: { totEnMet: string; vanaf: string }) => `totEnMet ${p.totEnMet} ligt vóór vanaf ${p.vanaf}.`,
  'funding.onderaanneming.no-products': () =>
    'Noem ten minste één gedelegeerd product: {"categorie": "02"} voor een hele categorie of {"categorie": "02", "code": "02A03"} voor één productcode.',
  'funding.onderaanneming.invalid-categorie': (p: { value: string }) => `"${p.value}" is geen ProductCategorie; geef de twee cijfers.`,
  'funding.onderaanneming.invalid-code': (p: { value: string }) =>
    `"${p.value}" is geen ProductCode; geef de vijf tekens, of laat de code weg om de hele categorie te delegeren.`,
  'funding.onderaanneming.duplicate-product': (p: { product: string }) => `${p.product} staat er twee keer in.`,
  'funding.onderaanneming.unknown-aanbieder': (p: { code: string }) =>
    `${p.code} is geen aanbieder die op de gateway is aangesloten; registreer die eerst (iwmo admin party add --role aanbieder).`,
  'funding.onderaanneming.overlapping-relatie': (p: { relatie: string }) =>
    `Een product is in die periode al gedelegeerd door ${p.relatie}; beëindig die relatie eerst (iwmo admin onderaanneming end) of kies andere producten of data.`,
  'funding.onderaanneming.no-relatie': (p: { id: string }) => `Er is geen onderaannemingsrelatie ${p.id}.`,
  'funding.onderaanneming.extends-relatie': (p: { totEnMet: string }) => `De relatie eindigt al op ${p.totEnMet}; registreer een nieuwe relatie om haar te verlengen.`,
  'funding.onderaanneming.not-your-relatie': (p: { id: string }) => `U hebt geen onderaannemingsrelatie ${p.id}.`,
  'funding.onderaanneming.no-toewijzing': (p: { hoofdaannemer: string; nummer: string; gemeente: string }) =>
    `Hoofdaannemer ${p.hoofdaannemer} heeft bij de gateway geen toewijzing ${p.nummer} van gemeente ${p.gemeente}; neem het nummer over uit uw meldingen (GET /v1/onderaanneming/toewijzingen).`,
  'funding.onderaanneming.not-delegated-to-you': (p: { nummer: string; hoofdaannemer: string }) =>
    `Toewijzing ${p.nummer} van hoofdaannemer ${p.hoofdaannemer} is niet aan u gedelegeerd; meld alleen over de toewijzingen in uw meldingen, of vraag de hoofdaannemer de relatie te laten registreren.`,
  'funding.onderaanneming.withdrawn': (p: { gemeente: string; nummer: string; toewijzingsdatum: string }) =>
    `Gemeente ${p.gemeente} heeft toewijzing ${p.nummer} ingetrokken (RedenWijziging 13, Toewijzingsdatum ${p.toewijzingsdatum}); daarop kan niets meer worden gemeld.`,
  'funding.onderaanneming.outside-toewijzing': (p: { date: string; nummer: string; vanaf: string; totEnMet: string }) =>
    `${p.date} ligt buiten toewijzing ${p.nummer} (${p.vanaf} t/m ${p.totEnMet}); geef een datum binnen de toewijzing.`,
  'funding.onderaanneming.outside-delegation': (p: { date: string; hoofdaannemer: string; vanaf: string; totEnMet: string }) =>
    `${p.date} ligt buiten de delegatie door ${p.hoofdaannemer} (${p.vanaf} t/m ${p.totEnMet}); u kunt alleen dagen binnen de delegatie melden.`,
  'funding.onderaanneming.start-date': (p: { value: string }) => `Geef de Begindatum van de start als JJJJ-MM-DD (ontvangen: "${p.value}").`,
  'funding.onderaanneming.duplicate-start': (p: { nummer: string; begindatum: string }) =>
    `Een start van toewijzing ${p.nummer} op ${p.begindatum} is al gemeld; zie GET /v1/onderaanneming/opgaven.`,
  'funding.onderaanneming.stop-begindatum': (p: { value: string }) => `Geef de Begindatum van de start die deze stop beëindigt, als JJJJ-MM-DD (ontvangen: "${p.value}").`,
  'funding.onderaanneming.stop-einddatum': (p: { value: string }) => `Geef de Einddatum van de stop als JJJJ-MM-DD (ontvangen: "${p.value}").`,
  'funding.onderaanneming.invalid-reden': (p: { value: string; codes: string }) =>
    `"${p.value}" is geen RedenBeeindiging; gebruik een van ${p.codes} (codelijst WMO588).`,
  'funding.onderaanneming.stop-before-start': (p: { einddatum: string; begindatum: string }) =>
    `Einddatum ${p.einddatum} ligt vóór de Begindatum ${p.begindatum} van de start; een stop komt na de start.`,
  'funding.onderaanneming.no-start': (p: { nummer: string; begindatum: string }) =>
    `Er is geen start van toewijzing ${p.nummer} op ${p.begindatum}; meld eerst de start (soort "start"), of geef de Begindatum van de start die u stopt.`,
  'funding.onderaanneming.duplicate-stop': (p: { nummer: string }) => `Deze stop van toewijzing ${p.nummer} is al gemeld; zie GET /v1/onderaanneming/opgaven.`,
  'funding.onderaanneming.invalid-periode': (p: { value: string }) => `Geef de geleverde maand als JJJJ-MM (ontvangen: "${p.value}").`,
  'funding.onderaanneming.month-not-covered': (p: { nummer: string; vanaf: string; totEnMet: string; periode: string }) =>
    `Toewijzing ${p.nummer} en de delegatie ervan (${p.vanaf} t/m ${p.totEnMet}) dekken geen enkele dag van ${p.periode}; meld een maand die ze wel dekken.`,
  'funding.onderaanneming.first-day': (p: { value: string; cover: string }) =>
    `Geef de eerste geleverde dag als JJJJ-MM-DD (ontvangen: "${p.value}"), of laat begindatum weg voor ${p.cover}.`,
  'funding.onderaanneming.last-day': (p: { value: string; cover: string }) =>
    `Geef de laatste geleverde dag als JJJJ-MM-DD (ontvangen: "${p.value}"), of laat einddatum weg voor ${p.cover}.`,
  'funding.onderaanneming.outside-periode': (p: { date: string; periode: string }) =>
    `${p.date} valt niet in ${p.periode}; een prestatie beslaat één kalendermaand (TR319).`,
  'funding.onderaanneming.day-before-first': (p: { einddatum: string; begindatum: string }) => `${p.einddatum} ligt vóór ${p.begindatum}.`,
  'funding.onderaanneming.duplicate-prestatie': (p: { periode: string; nummer: string }) =>
    `Een prestatie voor ${p.periode} op toewijzing ${p.nummer} is al gemeld; een maand wordt één keer gemeld (de hoofdaannemer kan de prestatie afwijzen, waarna u haar opnieuw meldt).`,
  'funding.onderaanneming.invalid-soort': (p: { value: string }) => `"${p.value}" is geen opgave; gebruik start, stop of prestatie.`,
  'funding.onderaanneming.invalid-nummer': (p: { value: string }) => `"${p.value}" is geen ToewijzingNummer; geef het nummer uit uw melding.`,
  'funding.onderaanneming.no-opgave': (p: { id: string }) => `Er is geen opgave ${p.id}.`,
  'funding.onderaanneming.reason-required': () => 'Zeg waarom u de opgave afwijst (reden), zodat de onderaannemer weet wat te verbeteren.',
  'funding.onderaanneming.not-your-opgave': (p: { id: string }) => `U hebt geen opgave ${p.id} van een onderaannemer.`,
  'funding.onderaanneming.not-pending': (p: { id: string; status: string }) => `Opgave ${p.id} is ${p.status}, niet in afwachting van uw goedkeuring.`,
  'funding.onderaanneming.no-toewijzing-bericht': (p: { messageId: string }) =>
    `De gateway heeft de WMO301 ${p.messageId} van deze toewijzing niet, dus kan de gegevens van de cliënt niet invullen; stuur de start of stop zelf.`,
  'funding.onderaanneming.aanbieders-only': () => 'Onderaanneming speelt tussen aanbieders; een gemeente ziet alleen de berichten van de hoofdaannemer.',
  'funding.onderaanneming.no-bericht': (p: { id: string }) => `U hebt geen samengevoegd bericht ${p.id}.`,
  'funding.onderaanneming.already-submitted': (p: { id: string; status: string; messageId: string }) =>
    `Samengevoegd bericht ${p.id} is al ingediend (${p.status}, bericht ${p.messageId}).`,
  'funding.onderaanneming.no-melding': (p: { id: string }) => `U hebt geen melding ${p.id}.`,
  'funding.onderaanneming.merged-rejected': (p: { soort: string; identificatie: string; retourcodes: string; why: string }) =>
    `De gateway heeft het samengevoegde ${p.soort} ${p.identificatie} afgewezen (${p.retourcodes}): ${p.why}`,

  // ------------------------------------------------------------ what to do about a retourcode of a declaratie-antwoord (apps/gateway/src/reconciliation)
  'funding.fix.0001': () => 'De prestatie voldoet niet aan een technische controle (XSD of een conditie); verbeter het element dat het antwoord van de gateway noemt en declareer de prestatie opnieuw in de volgende declaratie.',
  'funding.fix.0611': () => 'Declareer tegen het gecontracteerde tarief van het product voor die periode (TR418); zoek in het contractregister het tarief op dat gold op de Begindatum.',
  'funding.fix.8017': () => 'Een credit heeft de debet nodig die ze terugdraait: vul VorigReferentieNummer met het ReferentieNummer van een toegekende debetprestatie, of laat de credit weg.',
  'funding.fix.8021': () => 'Geef de prestatie een nieuw ReferentieNummer; een ReferentieNummer wordt per aanbieder één keer gebruikt (TR314).',
  'funding.fix.8187': () => 'De Bsn hoort niet bij de toewijzing; declareer onder de Bsn van de cliënt van de toewijzing.',
  'funding.fix.9307': () => 'Laat de ProductPeriode beginnen op of na de Ingangsdatum van de toewijzing.',
  'funding.fix.9308': () => 'Laat de ProductPeriode eindigen op of vóór de Einddatum van de toewijzing.',
  'funding.fix.9319': () => 'Houd de ProductPeriode binnen één kalendermaand, de huidige of een eerdere declaratieperiode (TR319).',
  'funding.fix.9321': () => 'Declareer niet meer dan het toegewezen volume voor de periode.',
  'funding.fix.9322': () => 'Het totaal dat op de toewijzing is gedeclareerd is hoger dan het toegewezen volume; declareer alleen wat resteert, of vraag de gemeente om een wijziging.',
  'funding.fix.9338': () => 'Gebruik het ToewijzingNummer van een toewijzing die u voor deze cliënt hebt ontvangen (WMO301).',
  'funding.fix.9339': () => 'Gebruik de ProductCategorie van het toegewezen product.',
  'funding.fix.9340': () => 'Gebruik de ProductCode van het toegewezen product.',
  'funding.fix.9341': () => 'Gebruik een Eenheid die past bij de Eenheid van het toegewezen product (output: 82, of 83 met Frequentie 4 per maand).',
  'funding.fix.9346': () => 'Maak IngediendBedrag gelijk aan GeleverdVolume x ProductTarief (tenzij de Eenheid euro\'s is, 83).',
  'funding.fix.9366': () => 'De gemeente beantwoordde een ProductReferentie die niet in uw declaratie stond; neem contact op met de gemeente, aan uw kant valt niets te verbeteren.',
  'funding.fix.9367': () => 'Het antwoord van de gemeente herhaalde uw prestatie niet ongewijzigd; neem contact op met de gemeente, aan uw kant valt niets te verbeteren.',
  'funding.fix.9369': () => 'Het gedeclareerde totaal is hoger dan het toegewezen Budget; declareer alleen wat daarbinnen resteert.',
  'funding.fix.9384': () => 'De toewijzing is ingetrokken (RedenWijziging 13); declareer er niet op. Crediteer wat er eerder op is gedeclareerd.',
  'funding.fix.9387': () => 'Laat de ProductPeriode beginnen op de eerste dag van de maand, of op de Ingangsdatum van de toewijzing als die later in de maand valt.',
  'funding.fix.9388': () => 'Laat de ProductPeriode eindigen op de laatste dag van de maand, of op de Einddatum van de toewijzing als die eerder in de maand valt.',
  'funding.fix.9389': () => 'Crediteer eerst de bestaande debet van dit product en deze periode (VorigReferentieNummer), en declareer daarna de nieuwe debet.',
  'funding.fix.9390': () => 'Deze prestatie is al gecrediteerd; crediteer haar niet twee keer.',
  'funding.fix.S329': () => 'Gebruik een ProductCode uit de productcodelijst van de gemeente waarvoor u gecontracteerd bent.',
  'funding.fix.rule': (p: { rule: string; betekenis: string }) => `Verbeter wat ${p.rule} noemt ("${p.betekenis}") en declareer de prestatie opnieuw in de volgende declaratie.`,
  'funding.fix.general': () => 'Verbeter de prestatie zoals het antwoord van de gemeente aangeeft en declareer haar opnieuw in de volgende declaratie.',

  // ------------------------------------------------------------ dashboard users (apps/gateway/src/dashboard, the admin API)
  'funding.dashboard-users.username': () =>
    '2 tot 63 tekens: kleine letters, cijfers, ".", "_" of "-", beginnend met een letter of cijfer',
  'funding.dashboard-users.role': (p: { roles: string }) => `moet een van ${p.roles} zijn`,
  'funding.dashboard-users.gemeente-party': () => 'een gemeentegebruiker heeft de CBS-gemeentecode nodig (4 cijfers), bijv. 0503',
  'funding.dashboard-users.aanbieder-party': () => 'een aanbiedergebruiker heeft de AGB-code nodig (8 cijfers)',
  'funding.dashboard-users.no-party': (p: { role: string }) => `een ${p.role}-gebruiker ziet alle gemeenten; laat party weg`,
  'funding.dashboard-users.password-short': () => 'moet ten minste 12 tekens lang zijn; kies een langer wachtwoord, of laat het weg om er een te laten maken',
  'funding.dashboard-users.password-long': () => 'mag hoogstens 256 tekens lang zijn',
  'funding.dashboard-users.exists': (p: { username: string }) => `${p.username} bestaat al; kies een andere naam, of schakel eerst de oude gebruiker uit`,
  'funding.dashboard-users.unknown': (p: { username: string }) => `er is geen dashboardgebruiker ${p.username}; zie de lijst van gebruikers`,
} satisfies Section;
