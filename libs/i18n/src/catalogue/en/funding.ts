import type { funding as nl } from '../nl/funding';

const scopeOf = (p: { percelen: string; gemeenten: string }): string =>
  [p.percelen && `percelen ${p.percelen}`, p.gemeenten && `gemeenten ${p.gemeenten}`].filter(Boolean).join(' in ');

/** English texts: funding, the same keys and parameters as the Dutch section. */
export const funding: typeof nl = {
  // ------------------------------------------------------------ shared phrases
  'funding.at': (p) => `${p.where}: ${p.problem}`,
  'funding.bullet': (p) => `  - ${p.item}`,
  'funding.lines': (p) => `${p.list}\n${p.item}`,

  // ------------------------------------------------------------ the contract register file (libs/rules/src/config)
  'funding.register.invalid': (p) => `${p.source} is not a valid contract register (see docs/contracts.md):\n${p.problems}`,
  'funding.register.source.default': () => 'contract register',
  'funding.register.source.version': (p) => `contract register version ${p.version}`,
  'funding.register.cannot-read': (p) => `cannot be read: ${p.error}`,
  'funding.register.not-json': (p) => `is not JSON: ${p.error}`,
  'funding.register.must-be-object': () => 'must be an object',
  'funding.register.unknown-field': (p) => `unknown field "${p.name}" (known: ${p.known})`,
  'funding.register.must-be-list': () => 'must be a list',
  'funding.register.must-not-be-empty': () => 'must not be empty',
  'funding.register.must-be': (p) => `must be ${p.what}`,
  'funding.register.invalid-value': (p) => `${p.value} is not ${p.what}`,
  'funding.register.not-a-date': (p) => `${p.value} is not a date (YYYY-MM-DD)`,
  'funding.register.ends-before-start': (p) => `ends (${p.totEnMet}) before it starts (${p.vanaf})`,
  'funding.register.not-one-of': (p) => `${p.value} is not one of ${p.options}`,
  'funding.register.illustrative': () => 'must be true (illustrative defaults) or false (the real contract)',
  'funding.register.gemeenten-object': () => 'must be an object from CBS gemeentecode to name, e.g. { "0503": "Delft" }',
  'funding.register.gemeente-key': () => 'the key must be a 4-digit CBS gemeentecode',
  'funding.register.no-gemeente': () => 'must name at least one gemeente',
  'funding.register.gemeente-not-listed': (p) => `gemeente ${p.gemeente} is not listed under "gemeenten"`,
  'funding.register.beleid-object': () => 'must be an object from CBS gemeentecode to { "proratie": ... }',
  'funding.register.categorie-not-in-wmo020': (p) => `${p.categorie} is not in WMO020 (01 ... 18)`,
  'funding.register.gebied-twice': (p) => `resultaatgebied ${p.code} is listed twice`,
  'funding.register.gebied-not-listed': (p) => `"${p.code}" is not listed under "resultaatgebieden"`,
  'funding.register.code-categorie': (p) => `should start with the ProductCategorie ${p.categorie} of resultaatgebied ${p.gebied}`,
  'funding.register.gemeente-does-not-use': (p) => `gemeente ${p.gemeente} does not use ${p.productCode}`,
  'funding.register.tarief-after-code': (p) => `${p.vanaf} is after the code's last day ${p.totEnMet}`,
  'funding.register.second-tarief': (p) => `a second tarief from ${p.vanaf} for gemeente ${p.gemeente}`,
  'funding.register.tarief-gap': (p) => `no tarief for gemeente ${p.gemeente} from ${p.vanaf} (the code's first day) to ${p.totEnMet}`,
  'funding.register.no-tarief': (p) => `no tarief for gemeente ${p.gemeente}`,
  'funding.register.code-twice': (p) => `${p.productCode} is listed twice for gemeente ${p.gemeente}`,
  'funding.register.contract-overlap': (p) => `overlaps another contract of ${p.aanbieder} for ${p.perceel} in gemeente ${p.gemeente} (from ${p.vanaf})`,
  'funding.register.what.text': () => 'a non-empty text',
  'funding.register.what.gemeente-naam': () => 'the gemeente name',
  'funding.register.what.gemeentecode': () => 'a 4-digit CBS gemeentecode',
  'funding.register.what.gebied-code': () => 'a code of capitals and digits (e.g. ORH)',
  'funding.register.what.categorie': () => 'a WMO020 ProductCategorie (01 ... 18)',
  'funding.register.what.product-code': () => 'a ProductCode of 1 to 5 letters and digits',
  'funding.register.what.trede': () => 'a trede (a whole number from 1)',
  'funding.register.what.eurocents': () => 'an amount in eurocents (a whole number above 0)',
  'funding.register.what.agb': () => 'the 8-digit AGB-code of the aanbieder',

  // ------------------------------------------------------------ the contract register's versions and changes (libs/funding/src/contracts)
  'funding.contracts.title.invalid': () => 'Invalid contract register',
  'funding.contracts.title.refused': () => 'Change not possible',
  'funding.contracts.rejected': (p) => `${p.what} was not saved: ${p.count === 1 ? 'a problem' : `${p.count} problems`} (see docs/contracts.md):\n${p.problems}`,
  'funding.contracts.what.register': () => 'The contract register',
  'funding.contracts.what.changed': () => 'The changed register',
  'funding.contracts.change-refused': (p) => `The change was not made:\n${p.problems}`,
  'funding.contracts.no-version-yet': (p) => `There is no contract register version ${p.version}: no version is stored yet.`,
  'funding.contracts.no-such-version': (p) => `There is no contract register version ${p.version}; the versions are 1 to ${p.latest}.`,
  'funding.contracts.version-conflict': (p) =>
    `The change was based on contract register version ${p.basedOn}, but version ${p.latest} is the latest now. ` +
    `Look at what changed (GET /v1/admin/contracts/diff?from=${p.basedOn}&to=${p.latest}) and send the change again based on version ${p.latest}.`,
  'funding.contracts.reason-missing': () => 'say why this version is made (e.g. "tariefverhoging 2026")',
  'funding.contracts.unknown-code': (p) => `${p.productCode} is not in the register (its codes: ${p.known}); add the code by uploading the whole register`,
  'funding.contracts.gemeente-does-not-use': (p) => `gemeente ${p.gemeente} does not use ${p.productCode} (it is used by ${p.usedBy})`,
  'funding.contracts.tarief-before-code': (p) => `${p.vanaf} is before ${p.productCode} may be used (from ${p.geldigVanaf}); a tarief from then would never apply`,
  'funding.contracts.naam-needed': (p) => `aanbieder ${p.aanbieder} has no contract in the register yet; give its name`,
  'funding.contracts.ends-before-start': (p) =>
    `contracten[${p.index}] of ${p.aanbieder} starts on ${p.vanaf}, after ${p.totEnMet}; it cannot end before it starts (remove it by uploading the whole register)`,
  'funding.contracts.nothing-to-end': (p) => `aanbieder ${p.aanbieder} has no contract${scopeOf(p) ? ` for ${scopeOf(p)}` : ''} that runs after ${p.totEnMet}`,
  'funding.contracts.gemeente-not-in-register': (p) => `gemeente ${p.gemeente} is not in the register (its gemeenten: ${p.known})`,
  'funding.contracts.illustrative-notice': () =>
    'ILLUSTRATIVE: these product codes, tarieven and contracts are example data for development, tests and demos, not the contract of the H4 gemeenten.',

  // ------------------------------------------------------------ what changed between two versions (contract-diff.ts)
  'funding.diff.from': (p) => `from ${p.vanaf}`,
  'funding.diff.from-to': (p) => `from ${p.vanaf} to ${p.totEnMet}`,
  'funding.diff.no-tarief': () => 'no tarief',
  'funding.diff.illustrative-on': () => 'The register is marked illustrative (example data, not the real contract).',
  'funding.diff.illustrative-off': () => 'The register is no longer marked illustrative: it is the real contract.',
  'funding.diff.gemeente-added': (p) => `Gemeente ${p.gemeente} added.`,
  'funding.diff.gemeente-removed': (p) => `Gemeente ${p.gemeente} removed: TR381 and TR418 no longer check its declaraties.`,
  'funding.diff.gemeente-renamed': (p) => `Gemeente ${p.gemeente} renamed from ${p.before} to ${p.after}.`,
  'funding.diff.gebied-added': (p) => `Resultaatgebied ${p.code} (${p.naam}, ProductCategorie ${p.categorie}) added.`,
  'funding.diff.gebied-removed': (p) => `Resultaatgebied ${p.code} (${p.naam}) removed.`,
  'funding.diff.gebied-renamed': (p) => `Resultaatgebied ${p.code} renamed from "${p.before}" to "${p.after}".`,
  'funding.diff.gebied-categorie': (p) => `ProductCategorie of resultaatgebied ${p.code} changed from ${p.before} to ${p.after}.`,
  'funding.diff.product-added': (p) => `Product code ${p.code} (${p.product}) added ${p.period} in ${p.gemeenten}.`,
  'funding.diff.product-removed': (p) => `Product code ${p.code} (${p.product}) removed in ${p.gemeenten}.`,
  'funding.diff.product-changed': (p) => `Product code ${p.code} changed from ${p.before} to ${p.after} in ${p.gemeenten}.`,
  'funding.diff.product-period': (p) => `Product code ${p.code} may be used ${p.after} (was ${p.before}) in ${p.gemeenten}.`,
  'funding.diff.tarief': (p) => `Tarief of ${p.code} ${p.period}: ${p.before} -> ${p.after} in ${p.gemeenten}.`,
  'funding.diff.contract-added': (p) => `Contract added: ${p.who} for ${p.percelen} in ${p.gemeente} ${p.period}.`,
  'funding.diff.contract-removed': (p) => `Contract removed: ${p.who} for ${p.percelen} in ${p.gemeente} (was ${p.period}).`,
  'funding.diff.contract-open': (p) => `Contract of ${p.who} for ${p.percelen} in ${p.gemeente} runs on without end (ended ${p.before} before).`,
  'funding.diff.contract-ends': (p) => `Contract of ${p.who} for ${p.percelen} in ${p.gemeente} ends on ${p.totEnMet}${p.before ? ` (was ${p.before})` : ''}.`,
  'funding.diff.aanbieder-renamed': (p) => `Aanbieder ${p.aanbieder} renamed from ${p.before} to ${p.after}.`,
  'funding.diff.beleid': (p) => `Declaratiebeleid of ${p.gemeente}: proratie ${p.before} -> ${p.after}.`,

  // ------------------------------------------------------------ the declaratie builder (libs/funding/src/builder)
  'funding.build.invalid-periode': (p) => `periode "${p.periode}" is not a calendar month; give it as YYYY-MM, e.g. 2026-04.`,
  'funding.build.already-declared': (p) =>
    `aanbieder ${p.aanbieder} already declared ${p.month} to gemeente ${p.gemeente} (a declaratie not rejected as a whole); a month is declared once (TR318). ` +
    `Build ${p.next}: its declaratie also carries the corrections of ${p.month}.`,
  'funding.build.before-latest': (p) =>
    `${p.month} lies before ${p.latest}, the latest month aanbieder ${p.aanbieder} declared to gemeente ${p.gemeente}; a DeclaratiePeriode follows the previous one (TR318), ` +
    `so ${p.month} cannot be declared now. Build ${p.next}: its declaratie carries the corrections of ${p.month}.`,
  'funding.build.gemeente-not-in-register': (p) =>
    `the contract register does not describe gemeente ${p.gemeente}, so there are no tarieven to declare at; add it to the register (docs/contracts.md).`,
  'funding.build.month-skipped': (p) =>
    `the latest declaratie of aanbieder ${p.aanbieder} to gemeente ${p.gemeente} is for ${p.latest}, and care was delivered in ${p.first}; ` +
    `build the declaratie for ${p.next} first (TR318: each month follows the previous one).`,
  'funding.build.nothing-to-declare': (p) =>
    `nothing to declare to gemeente ${p.gemeente} for ${p.periode}: no toewijzing with a start in that month, and no correction due` +
    `${p.skipped ? ` (${p.skipped} month(s) left out, see skipped)` : ''}.`,
  'funding.build.rejected-by-rules': (p) => `the declaratie would be rejected as a whole: ${p.findings}`,
  'funding.build.too-large': (p) =>
    `the declaratie for ${p.periode} holds ${p.lines} prestaties of this month alone, ${p.size} MB, above the exchange's limit of ${p.limit} MB; ` +
    'it cannot be split (TR318: one declaratie per month). Ask the H4 contractteam.',
  'funding.build.not-found': (p) => `No declaratie build ${p.id} of yours.`,
  'funding.build.finding': (p) => `${p.rule} (${p.retourcode}): ${p.finding}`,
  'funding.build.skip.awaiting-antwoord': (p) =>
    `prestatie ${p.referentieNummer} awaits the gemeente's declaratie-antwoord (WMO325); corrections for this month follow after it.`,
  'funding.build.skip.withdrawn-not-credited': (p) =>
    `toewijzing ${p.toewijzingNummer} was withdrawn (RedenWijziging 13); prestatie ${p.referentieNummer} (${p.bedrag}) cannot be credited in a declaratie (TR384): settle it with gemeente.`,
  'funding.build.skip.not-in-register': (p) =>
    `ProductCode ${p.productCode} has no tarief in the contract register for gemeente ${p.gemeente} on ${p.datum}; ask the H4 contractteam to add it (TR381/TR418).`,
  'funding.build.skip.no-contract': (p) =>
    `aanbieder ${p.aanbieder} has no contract for ${p.naam} (perceel ${p.perceel}) in gemeente ${p.gemeente} on ${p.datum} (TR418).`,
  'funding.build.skip.exceeds-omvang': (p) =>
    `${p.bedrag} is more than the Omvang of toewijzing ${p.toewijzingNummer} (${p.omvang} per maand, TR321); ask the gemeente for a toewijzing that fits the tarief.`,
  'funding.build.skip.blocked-by-rules': (p) => `${p.soorten} left out: ${p.findings}`,
  'funding.build.skip.deferred-size-limit': (p) => `the declaratie would exceed the exchange's ${p.limit} MB; this correction goes in the next declaratie.`,

  // ------------------------------------------------------------ onderaanneming (libs/funding/src/onderaanneming, apps/gateway/src/onderaanneming)
  'funding.onderaanneming.problem': (p) => `${p.field} (${p.code}): ${p.problem}`,
  'funding.onderaanneming.open': () => 'open',
  'funding.onderaanneming.relatie': (p) => `relation ${p.id} (onderaannemer ${p.onderaannemer}, ${p.producten}, ${p.vanaf} t/m ${p.totEnMet})`,
  'funding.onderaanneming.invalid-agb': (p) => `"${p.value}" is not an AGB-code; give the 8 digits of the ${p.role}.`,
  'funding.onderaanneming.same-party': () => 'The onderaannemer must be another aanbieder than the hoofdaannemer.',
  'funding.onderaanneming.unknown-gemeente': (p) => `"${p.value}" is not a CBS gemeentecode; give the 4 digits, e.g. 0503 for Delft.`,
  'funding.onderaanneming.invalid-date': (p) => `"${p.value}" is not a date; write YYYY-MM-DD.`,
  'funding.onderaanneming.invalid-end-date': (p) => `"${p.value}" is not a date; write YYYY-MM-DD, or leave it out for an open end.`,
  'funding.onderaanneming.ends-before-start': (p) => `totEnMet ${p.totEnMet} lies before vanaf ${p.vanaf}.`,
  'funding.onderaanneming.no-products': () =>
    'Name at least one delegated product: {"categorie": "02"} for a whole category or {"categorie": "02", "code": "02A03"}.',
  'funding.onderaanneming.invalid-categorie': (p) => `"${p.value}" is not a ProductCategorie; give its two digits.`,
  'funding.onderaanneming.invalid-code': (p) => `"${p.value}" is not a ProductCode; give its five characters, or leave it out to delegate the whole category.`,
  'funding.onderaanneming.duplicate-product': (p) => `${p.product} is named twice.`,
  'funding.onderaanneming.unknown-aanbieder': (p) =>
    `${p.code} is not an aanbieder connected to the gateway; register it first (iwmo admin party add --role aanbieder).`,
  'funding.onderaanneming.overlapping-relatie': (p) =>
    `A product is already delegated in that period by ${p.relatie}; end that relation first (iwmo admin onderaanneming end) or choose other products or dates.`,
  'funding.onderaanneming.no-relatie': (p) => `No onderaanneming relation ${p.id}.`,
  'funding.onderaanneming.extends-relatie': (p) => `The relation already ends on ${p.totEnMet}; register a new relation to extend it.`,
  'funding.onderaanneming.not-your-relatie': (p) => `You have no onderaanneming relation ${p.id}.`,
  'funding.onderaanneming.no-toewijzing': (p) =>
    `Hoofdaannemer ${p.hoofdaannemer} has no toewijzing ${p.nummer} from gemeente ${p.gemeente} at the gateway; take the number from your notifications (GET /v1/onderaanneming/toewijzingen).`,
  'funding.onderaanneming.not-delegated-to-you': (p) =>
    `Toewijzing ${p.nummer} of hoofdaannemer ${p.hoofdaannemer} is not delegated to you; report only on the toewijzingen in your notifications, or ask the hoofdaannemer to have the relation registered.`,
  'funding.onderaanneming.withdrawn': (p) =>
    `Gemeente ${p.gemeente} withdrew toewijzing ${p.nummer} (RedenWijziging 13, Toewijzingsdatum ${p.toewijzingsdatum}); nothing can be reported on it any more.`,
  'funding.onderaanneming.outside-toewijzing': (p) => `${p.date} lies outside toewijzing ${p.nummer} (${p.vanaf} t/m ${p.totEnMet}); give a date within it.`,
  'funding.onderaanneming.outside-delegation': (p) =>
    `${p.date} lies outside the delegation by ${p.hoofdaannemer} (${p.vanaf} t/m ${p.totEnMet}); only days within it can be reported by you.`,
  'funding.onderaanneming.start-date': (p) => `Give the Begindatum of the start as YYYY-MM-DD (got "${p.value}").`,
  'funding.onderaanneming.duplicate-start': (p) => `A start of toewijzing ${p.nummer} on ${p.begindatum} was already reported; see GET /v1/onderaanneming/opgaven.`,
  'funding.onderaanneming.stop-begindatum': (p) => `Give the Begindatum of the start this stop ends, as YYYY-MM-DD (got "${p.value}").`,
  'funding.onderaanneming.stop-einddatum': (p) => `Give the Einddatum of the stop as YYYY-MM-DD (got "${p.value}").`,
  'funding.onderaanneming.invalid-reden': (p) => `"${p.value}" is not a RedenBeeindiging; use one of ${p.codes} (code list WMO588).`,
  'funding.onderaanneming.stop-before-start': (p) => `Einddatum ${p.einddatum} lies before the Begindatum ${p.begindatum} of the start; a stop comes after its start.`,
  'funding.onderaanneming.no-start': (p) =>
    `There is no start of toewijzing ${p.nummer} on ${p.begindatum}; report the start first (soort "start"), or give the Begindatum of the start you stop.`,
  'funding.onderaanneming.duplicate-stop': (p) => `This stop of toewijzing ${p.nummer} was already reported; see GET /v1/onderaanneming/opgaven.`,
  'funding.onderaanneming.invalid-periode': (p) => `Give the month delivered as YYYY-MM (got "${p.value}").`,
  'funding.onderaanneming.month-not-covered': (p) =>
    `Toewijzing ${p.nummer} and its delegation (${p.vanaf} t/m ${p.totEnMet}) do not cover any day of ${p.periode}; report a month they cover.`,
  'funding.onderaanneming.first-day': (p) => `Give the first day delivered as YYYY-MM-DD (got "${p.value}"), or leave it out for ${p.cover}.`,
  'funding.onderaanneming.last-day': (p) => `Give the last day delivered as YYYY-MM-DD (got "${p.value}"), or leave it out for ${p.cover}.`,
  'funding.onderaanneming.outside-periode': (p) => `${p.date} is not in ${p.periode}; a prestatie covers one calendar month (TR319).`,
  'funding.onderaanneming.day-before-first': (p) => `${p.einddatum} lies before ${p.begindatum}.`,
  'funding.onderaanneming.duplicate-prestatie': (p) =>
    `A prestatie for ${p.periode} on toewijzing ${p.nummer} was already reported; a month is reported once (the hoofdaannemer may reject it, after which you report it again).`,
  'funding.onderaanneming.invalid-soort': (p) => `"${p.value}" is not an opgave; use start, stop or prestatie.`,
  'funding.onderaanneming.invalid-nummer': (p) => `"${p.value}" is not a ToewijzingNummer; give the number from your notification.`,
  'funding.onderaanneming.no-opgave': (p) => `No opgave ${p.id}.`,
  'funding.onderaanneming.reason-required': () => 'Say why you reject it (reden), so the onderaannemer knows what to correct.',
  'funding.onderaanneming.not-your-opgave': (p) => `You have no opgave ${p.id} from an onderaannemer.`,
  'funding.onderaanneming.not-pending': (p) => `Opgave ${p.id} is ${p.status}, not waiting for your approval.`,
  'funding.onderaanneming.no-toewijzing-bericht': (p) =>
    `The gateway does not hold the WMO301 ${p.messageId} of this toewijzing, so it cannot fill in the client's details; send the start or stop yourself.`,
  'funding.onderaanneming.aanbieders-only': () => "Onderaanneming is between aanbieders; a gemeente sees only the hoofdaannemer's messages.",
  'funding.onderaanneming.no-bericht': (p) => `You have no merged message ${p.id}.`,
  'funding.onderaanneming.already-submitted': (p) => `Merged message ${p.id} was already submitted (${p.status}, message ${p.messageId}).`,
  'funding.onderaanneming.no-melding': (p) => `You have no notification ${p.id}.`,
  'funding.onderaanneming.merged-rejected': (p) => `The gateway rejected the merged ${p.soort} ${p.identificatie} (${p.retourcodes}): ${p.why}`,

  // ------------------------------------------------------------ what to do about a retourcode of a declaratie-antwoord (apps/gateway/src/reconciliation)
  'funding.fix.0001': () => 'The prestatie failed a technical check (XSD or a condition); correct the element named in the gateway\'s answer and declare it again in the next declaratie.',
  'funding.fix.0611': () => 'Declare with the contracted tarief of the product for that period (TR418); check the contract register for the tarief in force on the Begindatum.',
  'funding.fix.8017': () => 'A credit needs the debet it reverses: set VorigReferentieNummer to the ReferentieNummer of an accepted debet prestatie, or leave the credit out.',
  'funding.fix.8021': () => 'Give the prestatie a new ReferentieNummer; a ReferentieNummer is used once per aanbieder (TR314).',
  'funding.fix.8187': () => 'The Bsn does not belong to the toewijzing; declare under the Bsn of the toewijzing\'s client.',
  'funding.fix.9307': () => 'Let the ProductPeriode begin on or after the Ingangsdatum of the toewijzing.',
  'funding.fix.9308': () => 'Let the ProductPeriode end on or before the Einddatum of the toewijzing.',
  'funding.fix.9319': () => 'Keep the ProductPeriode within one calendar month, the current or an earlier declaratieperiode (TR319).',
  'funding.fix.9321': () => 'Declare no more than the toegewezen volume for the period.',
  'funding.fix.9322': () => 'The sum declared on the toewijzing exceeds the toegewezen volume; declare only what remains, or ask the gemeente for a wijziging.',
  'funding.fix.9338': () => 'Use the ToewijzingNummer of a toewijzing you received (WMO301) for this client.',
  'funding.fix.9339': () => 'Use the ProductCategorie of the toegewezen product.',
  'funding.fix.9340': () => 'Use the ProductCode of the toegewezen product.',
  'funding.fix.9341': () => 'Use an Eenheid that fits the Eenheid of the toegewezen product (output: 82 or 83 with Frequentie 4 per maand).',
  'funding.fix.9346': () => 'Make IngediendBedrag equal to GeleverdVolume x ProductTarief (unless the Eenheid is euro\'s, 83).',
  'funding.fix.9366': () => 'The gemeente answered a ProductReferentie that was not in your declaratie; contact the gemeente, nothing to correct on your side.',
  'funding.fix.9367': () => 'The gemeente\'s answer did not repeat your prestatie unchanged; contact the gemeente, nothing to correct on your side.',
  'funding.fix.9369': () => 'The declared total exceeds the toegewezen Budget; declare only what remains within it.',
  'funding.fix.9384': () => 'The toewijzing was withdrawn (RedenWijziging 13); do not declare on it. Credit what was declared on it before.',
  'funding.fix.9387': () => 'Begin the ProductPeriode on the first day of the month, or on the Ingangsdatum of the toewijzing when that is later in the month.',
  'funding.fix.9388': () => 'End the ProductPeriode on the last day of the month, or on the Einddatum of the toewijzing when that is earlier in the month.',
  'funding.fix.9389': () => 'Credit the existing debet of this product and period first (VorigReferentieNummer), then declare the new debet.',
  'funding.fix.9390': () => 'This prestatie was already credited; do not credit it twice.',
  'funding.fix.S329': () => 'Use a ProductCode from the gemeente\'s productcodelijst that is contracted for you.',
  'funding.fix.rule': (p) => `Correct what ${p.rule} names ("${p.betekenis}") and declare the prestatie again in the next declaratie.`,
  'funding.fix.general': () => "Correct the prestatie as the gemeente's answer says and declare it again in the next declaratie.",

  // ------------------------------------------------------------ dashboard users (apps/gateway/src/dashboard, the admin API)
  'funding.dashboard-users.username': () => '2 to 63 characters, lower-case letters, digits, ".", "_" or "-", starting with a letter or digit',
  'funding.dashboard-users.role': (p) => `must be one of ${p.roles}`,
  'funding.dashboard-users.gemeente-party': () => 'a gemeente user needs the CBS gemeentecode (4 digits), e.g. 0503',
  'funding.dashboard-users.aanbieder-party': () => 'an aanbieder user needs the AGB-code (8 digits)',
  'funding.dashboard-users.no-party': (p) => `a ${p.role} user sees all gemeenten; leave party out`,
  'funding.dashboard-users.password-short': () => 'must be at least 12 characters; choose a longer one or leave it out to have one generated',
  'funding.dashboard-users.password-long': () => 'must be at most 256 characters',
  'funding.dashboard-users.exists': (p) => `${p.username} exists; choose another name, or disable the old user first`,
  'funding.dashboard-users.unknown': (p) => `no dashboard user ${p.username}; see the list of users`,
};
