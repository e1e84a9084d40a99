import { formatNumber } from '../../format';
import type { Section } from '../section';

/** A count as Dutch writes it (12.345); a parameter that is not a number as it is. */
const n = (value: number): string => (Number.isFinite(Number(value)) ? formatNumber(Number(value), 'nl') : String(value));

/**
 * Dutch texts: dashboard, the contractteam's monitor (apps/gateway/src/dashboard). Keys are
 * 'dashboard.<page>.<what>'; the standard's words (element names, berichttypen, retourcodes and
 * their betekenis) stay as the standard spells them.
 */
export const dashboard = {
  // ------------------------------------------------------------ the frame of every page
  'dashboard.frame.brand': () => 'iWmo monitor H4',
  'dashboard.frame.title': (p: { page: string }) => `${p.page} - iWmo monitor H4`,
  'dashboard.frame.switch': () => 'English',
  'dashboard.nav.label': () => 'Hoofdmenu',
  'dashboard.nav.flows': () => 'Berichtenstromen',
  'dashboard.nav.rejects': () => 'Afkeuringen',
  'dashboard.nav.queues': () => 'Wachtrijen en termijnen',
  'dashboard.nav.money': () => 'Geld',
  'dashboard.nav.logout': () => 'Uitloggen',
  'dashboard.role.contractteam': () => 'contractteam',
  'dashboard.role.gemeente': () => 'gemeente',
  'dashboard.role.aanbieder': () => 'aanbieder',
  'dashboard.role.admin': () => 'beheerder',

  // ------------------------------------------------------------ filters, tables, charts, times
  'dashboard.filters.label': () => 'Filters',
  'dashboard.filters.show': () => 'Toon',
  'dashboard.filters.all': () => 'alle',
  'dashboard.filters.from': () => 'van',
  'dashboard.filters.to': () => 't/m',
  'dashboard.filters.granularity': () => 'per',
  'dashboard.filters.granularity.day': () => 'dag',
  'dashboard.filters.granularity.week': () => 'week',
  'dashboard.filters.granularity.month': () => 'maand',
  'dashboard.filters.type': () => 'bericht',
  'dashboard.filters.gemeente': () => 'gemeente',
  'dashboard.filters.aanbieder': () => 'aanbieder',
  'dashboard.filters.outcome': () => 'uitkomst',
  'dashboard.filters.once': (p: { name: string }) => `${p.name}: geef dit filter één keer op, als tekst.`,
  'dashboard.filters.not-a': (p: { name: string; value: string; what: string }) => `${p.name}: "${p.value}" is geen ${p.what}; pas het filter aan.`,
  'dashboard.filters.not-one-of': (p: { name: string; value: string; allowed: string }) => `${p.name}: "${p.value}" is niet een van ${p.allowed}; kies een van die waarden.`,
  'dashboard.filters.not-a-calendar-date': (p: { name: string; value: string }) => `${p.name}: ${p.value} bestaat niet als kalenderdatum (JJJJ-MM-DD); kies een datum die bestaat.`,
  'dashboard.filters.from-after-to': (p: { from: string; to: string }) => `from: ${p.from} ligt na to (${p.to}); draai de twee om.`,
  'dashboard.filters.at-most-three-years': () => 'from: de periode mag hoogstens drie jaar beslaan; kies een latere from.',
  'dashboard.filters.at-most-36-months': () => 'from: hoogstens 36 maanden tegelijk; kies een latere from.',
  'dashboard.filters.what.date': () => 'datum (JJJJ-MM-DD)',
  'dashboard.filters.what.month': () => 'maand (JJJJ-MM)',
  'dashboard.filters.what.gemeentecode': () => 'CBS-gemeentecode (4 cijfers)',
  'dashboard.filters.what.agb-code': () => 'AGB-code (8 cijfers)',
  'dashboard.filters.what.retourcode': () => 'retourcode (4 tekens)',
  'dashboard.table.export': () => 'CSV exporteren',
  'dashboard.table.empty': () => 'Geen gegevens voor deze selectie.',
  'dashboard.table.suppressed': () => 'onderdrukt',
  'dashboard.table.suppressed-why': () => 'te weinig cliënten om te tonen',
  'dashboard.csv.which-table': (p: { tables: string }) => `table: kies een van ${p.tables}.`,
  'dashboard.chart.as-table': () => '(de cijfers als tabel)',
  'dashboard.chart.aria': (p: { title: string }) => `${p.title}; de cijfers staan in de tabel eronder`,
  'dashboard.time.column': (p: { what: string }) => `${p.what} (Nederlandse tijd)`,
  'dashboard.unknown': () => '(onbekend)',
  'dashboard.outcome.accepted': () => 'geaccepteerd',
  'dashboard.outcome.rejected': () => 'afgekeurd',
  'dashboard.messages.received': () => 'ontvangen',
  'dashboard.messages.type': () => 'bericht',
  'dashboard.messages.afzender': () => 'afzender',
  'dashboard.messages.ontvanger': () => 'ontvanger',
  'dashboard.messages.outcome': () => 'uitkomst',
  'dashboard.messages.retourcodes': () => 'retourcodes',

  // ------------------------------------------------------------ log-in, sessions, refusals, error pages
  'dashboard.login.title': () => 'Inloggen',
  'dashboard.login.intro': () => 'Voor medewerkers van het contractteam, de gemeenten en de aanbieders. Dit is een andere inlog dan de API-sleutels van de partijen.',
  'dashboard.login.username': () => 'Gebruikersnaam',
  'dashboard.login.password': () => 'Wachtwoord',
  'dashboard.login.submit': () => 'Inloggen',
  'dashboard.login.form-outdated': () => 'Het inlogformulier was verouderd; probeer het opnieuw.',
  'dashboard.login.wrong': () => 'Gebruikersnaam of wachtwoord is onjuist.',
  'dashboard.login.disabled': () => 'Dit account is uitgeschakeld; vraag een beheerder om het weer aan te zetten.',
  'dashboard.login.wait-seconds': (p: { n: number }) => `${n(p.n)} ${p.n === 1 ? 'seconde' : 'seconden'}`,
  'dashboard.login.wait-minutes': (p: { n: number }) => `${n(p.n)} ${p.n === 1 ? 'minuut' : 'minuten'}`,
  'dashboard.login.throttled-user': (p: { wait: string; until: string }) =>
    `Te veel mislukte inlogpogingen voor deze gebruikersnaam vanaf uw adres. Probeer het over ${p.wait} opnieuw (om ${p.until} Nederlandse tijd). Wachtwoord vergeten? Vraag een beheerder om een nieuw wachtwoord.`,
  'dashboard.login.throttled-address': (p: { wait: string; until: string }) =>
    `Te veel mislukte inlogpogingen vanaf uw adres. Probeer het over ${p.wait} opnieuw (om ${p.until} Nederlandse tijd).`,
  'dashboard.session.log-in-first': () => 'Log eerst in; een sessie eindigt na een tijd zonder gebruik.',
  'dashboard.session.csrf': () => 'Het CSRF-token van het formulier ontbreekt of is verouderd; laad de pagina opnieuw en probeer het nog eens.',
  'dashboard.scope.other-gemeente': (p: { own: string; asked: string }) => `U mag alleen gemeente ${p.own} zien; haal het gemeentefilter ${p.asked} weg.`,
  'dashboard.scope.other-aanbieder': (p: { own: string; asked: string }) => `U mag alleen aanbieder ${p.own} zien; haal het aanbiederfilter ${p.asked} weg.`,
  'dashboard.asset-not-found': (p: { file: string }) => `Het dashboard heeft geen bestand ${p.file}.`,
  'dashboard.error.title.400': () => 'Ongeldige invoer',
  'dashboard.error.title.403': () => 'Geen toegang',
  'dashboard.error.title.404': () => 'Niet gevonden',
  'dashboard.error.title.429': () => 'Te veel pogingen',
  'dashboard.error.title.other': () => 'Fout',
  'dashboard.error.to-overview': () => 'Naar het overzicht',
  'dashboard.error.internal': () => 'Er ging iets mis aan onze kant; probeer het opnieuw, en meld het aan het contractteam als het blijft gebeuren.',

  // ------------------------------------------------------------ flows
  'dashboard.flows.title': () => 'Berichtenstromen',
  'dashboard.flows.intro': () => 'Berichten per periode van ontvangst, per berichttype, gemeente en aanbieder, geaccepteerd of afgekeurd.',
  'dashboard.flows.messages': () => 'berichten',
  'dashboard.flows.total': () => 'totaal',
  'dashboard.flows.share-rejected': () => '% afgekeurd',
  'dashboard.flows.period.day': () => 'dag',
  'dashboard.flows.period.week': () => 'week (maandag)',
  'dashboard.flows.period.month': () => 'maand',
  'dashboard.flows.chart': (p: { period: string }) => `Berichten per ${p.period}`,
  'dashboard.flows.per': (p: { what: string }) => `Per ${p.what}`,
  'dashboard.flows.per-type': () => 'Per berichttype',
  'dashboard.flows.latest': () => 'Laatste 50 berichten (klik voor de statushistorie)',
  'dashboard.flows.no-messages': () => 'Geen berichten in deze periode.',
  'dashboard.flows.quiet-left-out.day': (p: { n: number }) => `Alleen de dagen met berichten; ${n(p.n)} ${p.n === 1 ? 'dag' : 'dagen'} zonder berichten weggelaten.`,
  'dashboard.flows.quiet-left-out.week': (p: { n: number }) => `Alleen de weken met berichten; ${n(p.n)} ${p.n === 1 ? 'week' : 'weken'} zonder berichten weggelaten.`,
  'dashboard.flows.quiet-left-out.month': (p: { n: number }) => `Alleen de maanden met berichten; ${n(p.n)} ${p.n === 1 ? 'maand' : 'maanden'} zonder berichten weggelaten.`,

  // ------------------------------------------------------------ queues
  'dashboard.queues.requeue': () => 'opnieuw aanbieden',
  'dashboard.queues.requeued': (p: { id: string }) => `Aflevering ${p.id} staat weer in de wachtrij.`,
  'dashboard.queues.requeue-not-allowed': () => 'Alleen het contractteam mag afleveringen opnieuw aanbieden.',
  'dashboard.queues.no-delivery': (p: { id: string }) => `Geen aflevering ${p.id} die u mag zien; open haar vanaf de pagina Wachtrijen en termijnen.`,
} satisfies Section;
