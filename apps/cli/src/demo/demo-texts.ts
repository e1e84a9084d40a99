/**
 * Every text `iwmo demo seed` shows, Dutch (the CLI's default language), in one place and keyed, so
 * that a message catalogue can take them over as they are. Code and identifiers stay English.
 */
import { UNREACHABLE_AANBIEDER } from './demo-plan';

const UNREACHABLE = `${UNREACHABLE_AANBIEDER.code} (${UNREACHABLE_AANBIEDER.name})`;
const euro = (cents: number) => `€ ${(cents / 100).toLocaleString('nl-NL', { minimumFractionDigits: 2, maximumFractionDigits: 2 })}`;

export const DEMO_TEXTS = {
  // help
  commandDemo: 'demodata voor een ontwikkelgateway',
  commandSeed: 'vult de gateway via zijn HTTP-API met een paar maanden verkeer van de demopartijen (weigert een tweede run)',
  optionUrl: 'de gateway',
  optionKeysFile: 'het sleutelbestand dat de gateway met SEED_DEMO schrijft (API-sleutels en admin-token)',
  optionToken: 'admin-token (standaard: adminToken uit het sleutelbestand)',
  optionWait: 'hoeveel seconden er aan het eind op de dead letter gewacht wordt',
  optionToday: 'de laatste dag van het verkeer, JJJJ-MM-DD (standaard: vandaag in Nederland)',

  // progress (stderr)
  start: (url: string, months: readonly string[]) => `demo: vult ${url} met verkeer over ${months[0]} t/m ${months.at(-1)}`,
  phase: (step: number, of: number, what: string) => `demo: [${step}/${of}] ${what}`,
  progress: (what: string, done: number, total: number) => `demo:   ${what}: ${done}/${total}`,
  phaseDeadLetter: `toewijzingen aan ${UNREACHABLE}, een aanbieder met een onbereikbare webhook`,
  phaseToewijzingen: 'toewijzingen (WMO301) en hun antwoorden (WMO302)',
  phaseStarts: 'starts (WMO305) en stops (WMO307) met hun antwoorden (WMO306/WMO308)',
  phaseRejects: 'berichten die de gateway afwijst',
  phaseMonth: (periode: string) => `declaraties (WMO323) over ${periode} en de antwoorden van de gemeenten (WMO325)`,
  monthDone: (periode: string) => `${periode}: declaraties en antwoorden (paren gemeente-aanbieder)`,
  phaseCorrection: (code: string, gemeente: string, vanaf: string) => `tariefreparatie met terugwerkende kracht: ${code} in ${gemeente} vanaf ${vanaf}`,
  phaseWait: 'wachten tot de bezorgingen aan de onbereikbare webhook zijn opgegeven (dead letters)',
  waiting: (dead: number, total: number, seconds: number) => `demo:   ${dead}/${total} bezorgingen opgegeven, ${seconds} s gewacht`,

  // refusals and user errors (one line on stderr, exit 2)
  badWait: '--wait: een heel aantal seconden, 0 of meer',
  badToday: '--today: een datum als JJJJ-MM-DD',
  noKeysFile: (path: string) => `geen leesbaar sleutelbestand ${path}: start de gateway met de ingebouwde database (npm start schrijft het) of geef --keys-file`,
  alreadySeeded: (why: string) =>
    `de demodata staan al in deze gateway (${why}); een tweede run wordt geweigerd om niets dubbel te maken. ` +
    'Begin opnieuw met een lege database: stop de gateway, verwijder .data/ en start hem opnieuw.',
  markerPartyExists: (code: string) => `aanbieder ${code} van de demodata bestaat al`,
  declaratiesExist: (aanbieder: string, n: number) => `aanbieder ${aanbieder} heeft al ${n} declaratie(s)`,
  missingDemoParty: (code: string) => `de demopartij ${code} ontbreekt in de gateway of in het sleutelbestand; start de gateway met SEED_DEMO=true (standaard bij de ingebouwde database)`,
  noRegisterPairs: 'het contractregister heeft geen contract van een demo-aanbieder met een H4-gemeente: er valt niets te declareren',
  unexpectedAnswer: (what: string, status: number, detail: string) => `de gateway antwoordde ${status} op ${what}: ${detail}`,

  // summary (stdout)
  summaryTitle: (months: readonly string[]) => `Demodata geladen: ${months[0]} t/m ${months.at(-1)} (gedeclareerd t/m de vorige maand; de huidige maand loopt nog)`,
  summaryMessages: 'Berichten via POST /v1/berichten',
  summaryMessageHeader: ['BERICHT', 'VERSTUURD', 'GEACCEPTEERD', 'AFGEWEZEN'],
  summaryClients: 'Cliënten per gemeente en aanbieder',
  summaryClientHeader: ['GEMEENTE', 'AANBIEDER', 'CLIËNTEN', 'TOEWIJZINGEN', 'STOPS'],
  summaryMoney: 'Declaraties (uit GET /v1/declaraties)',
  summaryMoneyHeader: ['AANBIEDER', 'DECLARATIES', 'INGEDIEND', 'AFGEWEZEN GATEWAY', 'AFGEWEZEN GEMEENTE', 'TOEGEKEND', 'OPEN'],
  summaryCorrections: (credits: number, debets: number, herindieningen: number) =>
    `Correcties: ${credits} creditregel(s) en ${debets} debetregel(s) na de tariefreparatie, ${herindieningen} herindiening(en) van afgewezen prestaties`,
  summaryNoCorrection: 'Correcties: geen tariefreparatie mogelijk (geen ORH-product in stuks bij de gekozen gemeente)',
  summaryRejects: (messages: number, prestaties: number, codes: readonly string[]) =>
    `Afgewezen door de gateway: ${messages} bericht(en) als geheel en ${prestaties} prestatie(s) in een declaratie, retourcodes ${codes.join(', ') || '-'}`,
  summaryGemeenteRejects: (prestaties: number, code: string) => `Afgewezen door de gemeenten (in hun WMO325): ${prestaties} prestatie(s), retourcode ${code}`,
  summaryDeadLetter: (n: number, attempts: number) =>
    `Dead letters: ${n} bezorging(en) aan de onbereikbare webhook van ${UNREACHABLE} na ${attempts} pogingen opgegeven (iwmo admin deliveries --status dead; opnieuw aanbieden: iwmo admin requeue)`,
  summaryDeadLetterPending: (dead: number, n: number, attempts: number) =>
    `Dead letters: ${dead} van ${n} bezorging(en) aan ${UNREACHABLE} opgegeven; de rest is na ${attempts} poging(en) nog in herhaling en wordt na DELIVERY_ATTEMPTS pogingen opgegeven ` +
    '(iwmo admin deliveries --status delayed, later --status dead)',
  summaryNoDeadLetter: (reason: string) =>
    `Dead letter: niet gemaakt. De gateway weigerde een webhook op een onbereikbaar adres (${reason}); ` +
    'dat mag alleen met de ingebouwde database of WEBHOOK_ALLOWED_NETWORKS=127.0.0.0/8. Zonder zo\'n adres is er geen eerlijke manier om bezorgpogingen uit te putten.',
  summaryDashboard: (url: string, keysFile: string) => `Bekijk het resultaat op ${url}/dashboard (gebruikers en wachtwoorden in ${keysFile}).`,
  summaryTimes:
    'Let op: de gateway registreert de ontvangst op het moment van deze run; de datums in de berichten (Dagtekening, perioden) lopen over de maanden hierboven.',
  euro,
} as const;
