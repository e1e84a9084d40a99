/**
 * `iwmo demo seed`: a few months of traffic between the H4 gemeenten and the demo aanbieders,
 * sent through the gateway's HTTP API as each party would send it, so that every page of the
 * dashboard has something to show. In order:
 *
 * 1. refuse when the gateway holds demo data already (a second run would double the traffic);
 * 2. register an aanbieder whose webhook points at a port where nothing listens and send it one
 *    toewijzing: the worker retries it until DELIVERY_ATTEMPTS and dead-letters it (the dead letter);
 * 3. toewijzingen (301) from the live contract register (only products the aanbieder is contracted
 *    for), answered with 302s; starts (305) and stops (307), answered with 306/308;
 * 4. three messages the gateway rejects as a whole (TR056 duplicate, a start without toewijzing
 *    (TR019), a 301 that fails the XSD);
 * 5. per completed month the aanbieders' declaraties, made by the gateway's own builder at the
 *    register's tarieven; in the second month two of them with one prestatie at a wrong tarief
 *    (TR418: the gateway rejects that prestatie), and before the third month a retroactive tarief
 *    change, so the builder credits and debets the months already paid; each 323 answered by the
 *    gemeente with a 325 (in the first month three of them reject one prestatie), and what the
 *    gemeente rejected is declared again (herindiening) by the next build;
 * 6. wait for the dead letter, and print a summary.
 *
 * Messages: libs/funding's scenario messages (301/305/307), the builder (323), libs/iwmo's retour
 * builders (302/306/308/325). Progress on stderr, the summary on stdout; texts in the cli catalogue ('cli.demo.*').
 */
import { wmo301, wmo305, wmo307 } from '@lib/funding/builder/testing/scenario-messages';
import { buildDeclaratieAntwoord, buildRetour, parse, serialize, type ParsedMessageOf } from '@lib/iwmo';
import { dutchToday } from '@lib/rules';
import { DEFAULT_LANG, formatEuros, type Lang } from '@lib/i18n';
import { AdminApiError, connect } from '../admin-client';
import { sayIn, type Say } from '../lang';
import { table } from '../table';
import { UsageError } from '../validate.command';
import { DemoGateway, readKeysFile, type MailboxItem, type SubmitAnswer } from './demo-gateway';
import { demoPlan, UNREACHABLE_AANBIEDER, type DemoPlan, type PlannedClient, type PlannedPair, type RegisterView } from './demo-plan';

export interface DemoSeedOptions {
  url: string;
  keysFile: string;
  token?: string;
  /** how long to wait for the dead letter at the end, in seconds */
  wait: number;
  /** the day the traffic ends, YYYY-MM-DD (default: today in Europe/Amsterdam) */
  today?: string;
  /** the language of the progress, the summary and the errors; Dutch unless given */
  lang?: Lang;
}

/** The unreachable aanbieder as the texts name it. */
const UNREACHABLE = `${UNREACHABLE_AANBIEDER.code} (${UNREACHABLE_AANBIEDER.name})`;

/** The gemeente whose ORH tarief is raised with retroactive effect before the last declared month. */
const CORRECTION_GEMEENTE = '0603';
const CORRECTION_RAISE_CENTS = 700;
/** In the second declared month, these pairs (by index) send one prestatie at a wrong tarief. */
const WRONG_TARIEF_PAIRS = (pair: number) => pair % 5 === 0;
/** In the first declared month, the gemeente rejects one prestatie of these pairs' declaraties. */
const GEMEENTE_REJECTS = (pair: number) => pair % 4 === 1;
/** A gemeente's own finding in its 325: the XSD's LDT_RetourCode offers 8187 ("de prestatie hoort niet bij deze cliënt") for it. */
const GEMEENTE_RETOURCODE = '8187';
const STEPS = 7;

interface Tally {
  sent: number;
  accepted: number;
  rejected: number;
}

interface BuildAnswer {
  summary: { lines: Record<'nieuw' | 'herindiening' | 'credit' | 'debet', number> };
  build?: { id: string };
  xml?: string;
  verdict?: SubmitAnswer;
}

interface DeclaratieRow {
  ingediend: number;
  afgewezenDoorGateway: number;
  afgewezenDoorGemeente: number;
  toegekend: number;
  open: number;
}

interface DeadLetters {
  /** deliveries to the unreachable webhook */
  total: number;
  /** of them dead-lettered */
  dead: number;
  /** the most attempts any of them had */
  attempts: number;
}

interface Delivery {
  id: string;
  status: string;
  attempts: number;
}

export class DemoSeed {
  private readonly tallies = new Map<string, Tally>();
  private readonly rejectCodes = new Set<string>();
  private readonly lines = { credit: 0, debet: 0, herindiening: 0 };
  private sequence = 0;
  private corrected = false;
  private readonly say: Say;

  constructor(
    private readonly gateway: DemoGateway,
    private readonly plan: DemoPlan,
    private readonly today: string,
    private readonly err: NodeJS.WritableStream,
    private readonly keysFile: string,
    private readonly lang: Lang,
  ) {
    this.say = sayIn(lang);
  }

  /** A progress line on stderr. */
  private tell(line: string): void {
    this.err.write(`${line}\n`);
  }

  private phase(step: number, what: string): void {
    this.tell(this.say('cli.demo.phase', { step, of: STEPS, what }));
  }

  /** Steps 2 to 6 above; returns the summary. */
  async run(register: RegisterView, waitSeconds: number): Promise<string> {
    const say = this.say;
    const months = { first: this.plan.months[0]!, last: this.plan.months.at(-1)! };
    this.tell(say('cli.demo.start', { url: this.gateway.baseUrl, ...months }));

    this.phase(1, say('cli.demo.phase-dead-letter', { aanbieder: UNREACHABLE }));
    const deadLetters = await this.startDeadLetters();

    this.phase(2, say('cli.demo.phase-toewijzingen'));
    const clients = this.plan.pairs.flatMap((pair) => pair.clients.map((client) => ({ pair, client })));
    const toewijzingen: string[] = [];
    for (const [i, { pair, client }] of clients.entries()) {
      const xml = wmo301(pair, client.bsn, client.products, this.identificatie(), client.products[0]!.toewijzingsdatum);
      toewijzingen.push(xml);
      await this.expect202(pair.gemeente, 'WMO301', xml);
      if ((i + 1) % 20 === 0 || i + 1 === clients.length) this.tell(say('cli.demo.progress', { what: 'WMO301', done: i + 1, total: clients.length }));
    }
    await this.drainAll('aanbieder');

    this.phase(3, say('cli.demo.phase-starts'));
    for (const { pair, client } of clients) {
      const begin = client.products.map((p) => p.begindatum).sort()[0]!;
      await this.expect202(pair.aanbieder, 'WMO305', wmo305(pair, client.bsn, client.products, this.identificatie(), begin));
      const stops = client.products.filter((p) => p.stop);
      if (stops.length) {
        const stopped = stops.map((p) => ({ ...p, toewijzingIngangsdatum: p.ingangsdatum, redenBeeindiging: p.stop!.redenBeeindiging, einddatum: p.stop!.einddatum }));
        await this.expect202(pair.aanbieder, 'WMO307', wmo307(pair, client.bsn, stopped, this.identificatie(), this.notAfterToday(stops[0]!.stop!.einddatum)));
      }
    }
    await this.drainAll('gemeente');

    this.phase(4, say('cli.demo.phase-rejects'));
    await this.sendRejects(this.plan.pairs[0]!, toewijzingen[0]!);
    await this.drainAll('gemeente');
    await this.drainAll('aanbieder');

    this.phase(5, say('cli.demo.phase-month', { periodes: this.plan.declared.join(', ') }));
    for (const [m, periode] of this.plan.declared.entries()) {
      if (m === 2) await this.correctTarief(register);
      for (const [p, pair] of this.plan.pairs.entries()) await this.declare(pair, periode, m === 1 && WRONG_TARIEF_PAIRS(p));
      await this.drainAll('gemeente', (party, item, xml) => this.answerDeclaratie(party, item, xml, m === 0));
      await this.drainAll('aanbieder');
      this.tell(say('cli.demo.progress', { what: say('cli.demo.month-done', { periode }), done: this.plan.pairs.length, total: this.plan.pairs.length }));
    }

    this.phase(6, say('cli.demo.phase-wait'));
    const dead = typeof deadLetters === 'string' ? deadLetters : await this.waitForDeadLetters(deadLetters, waitSeconds);

    this.phase(7, say('cli.demo.summary-title', months));
    return this.summary(dead);
  }

  private identificatie(): string {
    this.sequence += 1;
    return `DEMO${String(this.sequence).padStart(8, '0')}`;
  }

  private notAfterToday(date: string): string {
    return date > this.today ? this.today : date;
  }

  private count(type: string, answer: { http: number; retourcodes: string[] }): void {
    const tally = this.tallies.get(type) ?? { sent: 0, accepted: 0, rejected: 0 };
    tally.sent += 1;
    if (answer.http === 202) tally.accepted += 1;
    else tally.rejected += 1;
    this.tallies.set(type, tally);
    for (const code of answer.retourcodes) this.rejectCodes.add(code);
  }

  private async submit(party: string, type: string, xml: string): Promise<SubmitAnswer & { http: number }> {
    const answer = await this.gateway.send(party, xml);
    this.count(type, answer);
    return answer;
  }

  private async expect202(party: string, type: string, xml: string): Promise<SubmitAnswer> {
    const answer = await this.submit(party, type, xml);
    if (answer.http !== 202) {
      const detail = answer.errors.map((e) => `[${e.rule ?? e.code}] ${e.message}`).join('; ');
      throw new AdminApiError(this.say('cli.demo.unexpected-answer', { what: `${type} (${party})`, status: String(answer.http), detail }));
    }
    return answer;
  }

  /** Registers the unreachable aanbieder and sends it its toewijzingen; a refused webhook URL is the reason there is no dead letter. */
  private async startDeadLetters(): Promise<string[] | string> {
    const target = this.plan.unreachable!;
    try {
      await this.gateway.admin.request('POST', '/parties', { role: 'aanbieder', code: target.aanbieder, name: UNREACHABLE_AANBIEDER.name, webhookUrl: UNREACHABLE_AANBIEDER.webhookUrl });
    } catch (error) {
      if (error instanceof AdminApiError && error.exitCode === 1) return this.say('cli.demo.summary-no-dead-letter', { reason: error.message });
      throw error;
    }
    const deliveries: string[] = [];
    for (const client of target.clients) {
      const answer = await this.expect202(target.gemeente, 'WMO301', wmo301(target, client.bsn, client.products, this.identificatie(), client.products[0]!.toewijzingsdatum));
      const status = await this.gateway.json<{ deliveries: Array<{ id: string; to: string }> }>(target.gemeente, 'GET', `/v1/berichten/${answer.id}`);
      deliveries.push(...status.body.deliveries.filter((d) => d.to === target.aanbieder).map((d) => d.id));
    }
    return deliveries;
  }

  /** A second copy of a toewijzing (TR056), a start of a toewijzing never sent (TR019), a toewijzing that fails the XSD. */
  private async sendRejects(pair: PlannedPair, firstToewijzing: string): Promise<void> {
    await this.submit(pair.gemeente, 'WMO301', firstToewijzing);
    const stranger: PlannedClient = { ...pair.clients[1]!, products: pair.clients[1]!.products.map((p) => ({ ...p, nummer: String(Number(p.nummer) + 5) })) };
    await this.submit(pair.aanbieder, 'WMO305', wmo305(pair, stranger.bsn, stranger.products, this.identificatie(), stranger.products[0]!.begindatum));
    const client = pair.clients[2]!;
    const xsdInvalid = wmo301(pair, client.bsn, client.products.map((p) => ({ ...p, nummer: String(Number(p.nummer) + 7) })), this.identificatie(), client.products[0]!.toewijzingsdatum).replace(`<wmo301:Bsn>${client.bsn}</wmo301:Bsn>`, '<wmo301:Bsn>12345</wmo301:Bsn>');
    await this.submit(pair.gemeente, 'WMO301', xsdInvalid);
  }

  /** Raises the tarief of an ORH product (stuks) in CORRECTION_GEMEENTE from the first demo month on. */
  private async correctTarief(register: RegisterView): Promise<void> {
    const used = new Set(this.plan.pairs.filter((p) => p.gemeente === CORRECTION_GEMEENTE).flatMap((p) => p.clients.flatMap((c) => c.products.filter((x) => x.omvang?.eenheid === '82').map((x) => x.code))));
    const first = `${this.plan.months[0]}-01`;
    const product = register.producten.find((p) => p.gemeente === CORRECTION_GEMEENTE && used.has(p.productCode));
    const tarief = product?.tarieven.find((t) => t.vanaf <= first && (t.totEnMet === null || t.totEnMet >= first))?.tariefPerMaand;
    if (!product || tarief === undefined) return;
    this.phase(5, this.say('cli.demo.phase-correction', { code: product.productCode, gemeente: CORRECTION_GEMEENTE, vanaf: first }));
    await this.gateway.admin.request('POST', '/contracts/tarieven', {
      productCode: product.productCode, vanaf: first, tariefPerMaand: tarief + CORRECTION_RAISE_CENTS, gemeenten: [CORRECTION_GEMEENTE],
      reason: `demo: reparatie indexatie met terugwerkende kracht vanaf ${first}`,
    });
    this.corrected = true;
  }

  /** The aanbieder's declaratie for the month, built by the gateway; with wrongTarief one prestatie's tarief is changed before it is sent. */
  private async declare(pair: PlannedPair, periode: string, wrongTarief: boolean): Promise<void> {
    const built = await this.gateway.json<BuildAnswer>(pair.aanbieder, 'POST', '/v1/declaraties/build', { gemeente: pair.gemeente, periode, submit: !wrongTarief }, [200, 422]);
    if (built.status === 422) return; // nothing to declare in this month (every client stopped): the builder says why
    const lines = built.body.summary.lines;
    this.lines.credit += lines.credit;
    this.lines.debet += lines.debet;
    this.lines.herindiening += lines.herindiening;
    if (!wrongTarief) {
      this.count('WMO323', { http: built.body.verdict!.status === 'accepted' ? 202 : 422, retourcodes: built.body.verdict!.retourcodes });
      return;
    }
    await this.submit(pair.aanbieder, 'WMO323', withWrongTarief(built.body.xml!));
  }

  /** The gemeente's 325 on a 323: judges the prestaties the gateway let through; with reject, turns down the last of them. */
  private async answerDeclaratie(gemeente: string, item: MailboxItem, xml: string, reject: boolean): Promise<void> {
    if (item.messageType !== 'WMO323') return this.answerHeen(gemeente, item, xml);
    const status = await this.gateway.json<{ verdict?: { rejectedPrestaties: Array<{ path: string }> } }>(gemeente, 'GET', `/v1/berichten/${item.messageId}`);
    const byGateway = new Set((status.body.verdict?.rejectedPrestaties ?? []).map((r) => r.path));
    const declaratie = parse(xml) as ParsedMessageOf<'WMO323'>;
    const clienten = declaratie.bericht.Declaratie.Clienten.Client.map((client, c) => ({
      ...client,
      Prestaties: { Prestatie: client.Prestaties.Prestatie.filter((_, p) => !byGateway.has(`/Bericht/Declaratie/Clienten/Client[${c + 1}]/Prestaties/Prestatie[${p + 1}]`)) },
    })).filter((client) => client.Prestaties.Prestatie.length > 0);
    const judged: ParsedMessageOf<'WMO323'> = { ...declaratie, bericht: { ...declaratie.bericht, Declaratie: { ...declaratie.bericht.Declaratie, Clienten: { Client: clienten } } } };
    const pair = this.plan.pairs.findIndex((p) => p.aanbieder === declaratie.bericht.Header.Afzender && p.gemeente === declaratie.bericht.Header.Ontvanger);
    const last = clienten.at(-1);
    const rejected = reject && GEMEENTE_REJECTS(pair) && last
      ? new Map([[`/Bericht/Declaratie/Clienten/Client[${clienten.length}]/Prestaties/Prestatie[${last.Prestaties.Prestatie.length}]`, [GEMEENTE_RETOURCODE] as const]])
      : undefined;
    const antwoord = buildDeclaratieAntwoord(judged, { identificatie: this.identificatie(), dagtekening: this.today, rejected });
    await this.expect202(gemeente, 'WMO325', serialize(antwoord));
  }

  /** Answers an accepted heenbericht (301, 305, 307) with its retourbericht, all classes 0200; retourberichten are only read. */
  private async answerHeen(party: string, item: MailboxItem, xml: string): Promise<void> {
    if (!['WMO301', 'WMO305', 'WMO307'].includes(item.messageType ?? '')) return;
    const retour = buildRetour(parse(xml) as Parameters<typeof buildRetour>[0], { identificatie: this.identificatie(), dagtekening: this.today });
    await this.expect202(party, retour.code, serialize(retour));
  }

  /** Every demo party of a role reads its mailbox empty: fetches each message, answers it, acknowledges it. */
  private async drainAll(
    role: 'gemeente' | 'aanbieder',
    answer: (party: string, item: MailboxItem, xml: string) => Promise<void> = (party, item, xml) => this.answerHeen(party, item, xml),
  ): Promise<void> {
    const parties = [...new Set(this.plan.pairs.map((p) => (role === 'gemeente' ? p.gemeente : p.aanbieder)))];
    for (const party of parties) {
      for (;;) {
        const items = (await this.gateway.json<MailboxItem[]>(party, 'GET', '/v1/mailbox?limit=1000')).body;
        if (!items.length) break;
        for (const item of items) {
          await answer(party, item, await this.gateway.xml(party, item.messageId));
          await this.gateway.json(party, 'POST', `/v1/mailbox/${item.deliveryId}/ack`);
        }
      }
    }
  }

  /** Polls the admin API until every delivery to the unreachable webhook is dead, or waitSeconds have passed. */
  private async waitForDeadLetters(ids: readonly string[], waitSeconds: number): Promise<DeadLetters> {
    const started = Date.now();
    let lastSaid = started;
    for (;;) {
      const dead = (await this.gateway.admin.request<Delivery[]>('GET', '/deliveries?status=dead&limit=1000')).filter((d) => ids.includes(d.id));
      const waited = Math.round((Date.now() - started) / 1000);
      if (dead.length === ids.length || waited >= waitSeconds) {
        const delayed = (await this.gateway.admin.request<Delivery[]>('GET', '/deliveries?status=delayed&limit=1000')).filter((d) => ids.includes(d.id));
        return { total: ids.length, dead: dead.length, attempts: Math.max(0, ...[...dead, ...delayed].map((d) => d.attempts)) };
      }
      if (Date.now() - lastSaid >= 10_000) {
        this.tell(this.say('cli.demo.waiting', { dead: dead.length, total: ids.length, seconds: waited }));
        lastSaid = Date.now();
      }
      await new Promise((resolve) => setTimeout(resolve, 500));
    }
  }

  private async summary(dead: DeadLetters | string): Promise<string> {
    const say = this.say;
    const none = { none: say('cli.program.none') };
    const parts = [say('cli.demo.summary-title', { first: this.plan.months[0]!, last: this.plan.months.at(-1)! }), '', say('cli.demo.summary-messages')];
    const types = [...this.tallies.keys()].sort();
    parts.push(table(
      [say('cli.demo.column-bericht'), say('cli.demo.column-sent'), say('cli.demo.column-accepted'), say('cli.demo.column-rejected')],
      types.map((t) => [t, ...Object.values(this.tallies.get(t)!).map(String)]),
      none,
    ));
    parts.push('', say('cli.demo.summary-clients'));
    parts.push(table(
      [say('cli.demo.column-gemeente'), say('cli.demo.column-aanbieder'), say('cli.demo.column-clients'), say('cli.demo.column-toewijzingen'), say('cli.demo.column-stops')],
      this.plan.pairs.map((p) => [
        p.gemeente, p.aanbieder, String(p.clients.length), String(p.clients.reduce((n, c) => n + c.products.length, 0)), String(p.clients.reduce((n, c) => n + c.products.filter((x) => x.stop).length, 0)),
      ]),
      none,
    ));
    parts.push('', say('cli.demo.summary-money'));
    const aanbieders = [...new Set(this.plan.pairs.map((p) => p.aanbieder))];
    const rows: string[][] = [];
    const prestatieRejects = { gateway: 0, gemeente: 0 };
    for (const aanbieder of aanbieders) {
      const list = (await this.gateway.json<Array<DeclaratieRow & { afgewezen: number; afgewezenPrestatiesDoorGateway: number }>>(aanbieder, 'GET', '/v1/declaraties?limit=1000')).body;
      const sum = (k: keyof DeclaratieRow) => list.reduce((n, d) => n + d[k], 0);
      for (const d of list) {
        prestatieRejects.gateway += d.afgewezenPrestatiesDoorGateway;
        prestatieRejects.gemeente += d.afgewezen - d.afgewezenPrestatiesDoorGateway;
      }
      rows.push([aanbieder, String(list.length), ...(['ingediend', 'afgewezenDoorGateway', 'afgewezenDoorGemeente', 'toegekend', 'open'] as const).map((k) => formatEuros(sum(k), this.lang))]);
    }
    parts.push(table(
      [say('cli.demo.column-aanbieder'), say('cli.demo.column-declaraties'), say('cli.demo.column-ingediend'), say('cli.demo.column-rejected-gateway'),
        say('cli.demo.column-rejected-gemeente'), say('cli.demo.column-toegekend'), say('cli.demo.column-open')],
      rows,
      none,
    ), '');
    parts.push(this.corrected
      ? say('cli.demo.summary-corrections', { credits: this.lines.credit, debets: this.lines.debet, herindieningen: this.lines.herindiening })
      : say('cli.demo.summary-no-correction'));
    const wholeRejects = [...this.tallies.values()].reduce((n, t) => n + t.rejected, 0);
    parts.push(
      say('cli.demo.summary-rejects', { messages: wholeRejects, prestaties: prestatieRejects.gateway, codes: [...this.rejectCodes].sort().join(', ') || '-' }),
      say('cli.demo.summary-gemeente-rejects', { prestaties: prestatieRejects.gemeente, code: GEMEENTE_RETOURCODE }),
    );
    parts.push(typeof dead === 'string' ? dead : dead.dead === dead.total
      ? say('cli.demo.summary-dead-letter', { count: dead.total, aanbieder: UNREACHABLE, attempts: dead.attempts })
      : say('cli.demo.summary-dead-letter-pending', { dead: dead.dead, count: dead.total, aanbieder: UNREACHABLE, attempts: dead.attempts }));
    parts.push('', say('cli.demo.summary-times'), say('cli.demo.summary-dashboard', { url: this.gateway.baseUrl, keysFile: this.keysFile }));
    return `${parts.join('\n')}\n`;
  }
}

/** The first prestatie with a ProductTarief at EUR 5 above it (and its amount and the total to match, so only TR418 finds it). */
export function withWrongTarief(xml: string): string {
  const declaratie = parse(xml) as ParsedMessageOf<'WMO323'>;
  const prestatie = declaratie.bericht.Declaratie.Clienten.Client.flatMap((c) => c.Prestaties.Prestatie).find((p) => p.ProductTarief !== undefined && p.IngediendBedrag.DebetCredit === 'D');
  if (!prestatie) return xml;
  const raise = 500 * Number(prestatie.GeleverdVolume);
  prestatie.ProductTarief = String(Number(prestatie.ProductTarief) + 500);
  prestatie.IngediendBedrag.Bedrag = String(Number(prestatie.IngediendBedrag.Bedrag) + raise);
  const totaal = declaratie.bericht.Declaratie.TotaalIngediendBedrag;
  const signed = (totaal.DebetCredit === 'C' ? -1 : 1) * Number(totaal.TotaalBedrag) + raise;
  declaratie.bericht.Declaratie.TotaalIngediendBedrag = { TotaalBedrag: String(Math.abs(signed)), DebetCredit: signed < 0 ? 'C' : 'D' };
  return serialize(declaratie);
}

/**
 * The command: reads the dev keys, refuses a second run, plans from the live contract register and
 * runs the seed. User errors are thrown (main prints them as one line, exit 2).
 */
export async function demoSeedCommand(o: DemoSeedOptions, out: NodeJS.WritableStream = process.stdout, err: NodeJS.WritableStream = process.stderr): Promise<number> {
  const lang = o.lang ?? DEFAULT_LANG;
  const say = sayIn(lang);
  if (!Number.isInteger(o.wait) || o.wait < 0) throw new UsageError(say('cli.demo.bad-wait'));
  const today = o.today ?? dutchToday();
  if (!/^\d{4}-\d{2}-\d{2}$/.test(today) || Number.isNaN(Date.parse(today))) throw new UsageError(say('cli.demo.bad-today'));
  const keys = await readKeysFile(o.keysFile, say);
  const admin = await connect({ url: o.url, token: o.token ?? keys.adminToken ?? undefined, keysFile: o.keysFile }, lang);
  const gateway = new DemoGateway(o.url.replace(/\/+$/, ''), new Map(keys.parties.map((p) => [p.code, p.apiKey])), admin, lang);

  const parties = await admin.request<Array<{ code: string; role: string }>>('GET', '/parties');
  if (parties.some((p) => p.code === UNREACHABLE_AANBIEDER.code)) {
    throw new UsageError(say('cli.demo.already-seeded', { why: say('cli.demo.marker-party-exists', { code: UNREACHABLE_AANBIEDER.code }) }));
  }
  const known = new Set(parties.map((p) => p.code));
  const gemeenten = keys.parties.filter((p) => p.role === 'gemeente' && known.has(p.code)).map((p) => p.code);
  const aanbieders = keys.parties.filter((p) => p.role === 'aanbieder' && known.has(p.code)).map((p) => p.code);
  for (const aanbieder of aanbieders) {
    const existing = (await gateway.json<unknown[]>(aanbieder, 'GET', '/v1/declaraties?limit=1')).body;
    if (existing.length) throw new UsageError(say('cli.demo.already-seeded', { why: say('cli.demo.declaraties-exist', { aanbieder, count: existing.length }) }));
  }
  const register = await admin.request<RegisterView>('GET', '/contracts');
  const plan = demoPlan(today, register, gemeenten, aanbieders);
  if (!plan.pairs.length) throw new UsageError(say('cli.demo.no-register-pairs'));
  out.write(await new DemoSeed(gateway, plan, today, err, o.keysFile, lang).run(register, o.wait));
  return 0;
}
