import { isText, text, type Param, type Text } from '@lib/i18n';
import { DEFAULT_MAX_MESSAGE_BYTES } from '@lib/iwmo';
import { PersistentStateStore, type Database } from '@lib/persistence';
import { dutchToday, judgeInTurns, type ContractRegister, type Finding } from '@lib/rules';
import { listed } from '@lib/rules';
import { monthStart } from './calendar';
import { maskedBsn as maskBsn } from '@lib/rules';
import { buildDeclaratie, differencesPerClient, totalsOf, type BuildResult, type BuiltLine, type ClientDifference, type LineSoort, type Skipped } from './declaratie-build';
import { DeclaratieBuildRepository } from './declaratie-build.repository';
import { NO_DELEGATION, type DelegationPort } from './delegation.port';
import { BuildRefused } from './errors';
import { toWmo323, wmo323Xml } from './wmo323';

export interface BuildRequest {
  aanbieder: string;
  gemeente: string;
  /** YYYY-MM */
  periode: string;
  dryRun: boolean;
  /** who asked (party code, 'cli', a user) for the audit trail */
  builtBy: string;
  /** DeclaratieDagtekening and Dagtekening; default today in the Netherlands */
  dagtekening?: string;
}

/** What the aanbieder sees of a build: per soort, totals, the difference per client (BSN masked), and what was left out. */
export interface BuildSummary {
  aanbieder: string;
  gemeente: string;
  periode: string;
  dryRun: boolean;
  proratie: string;
  lines: Record<LineSoort, number>;
  amounts: Record<LineSoort, number>;
  totaal: { bedrag: number; debetCredit: 'D' | 'C' };
  clients: ClientDifference[];
  /** delegated products whose onderaannemer has not reported (or been approved) for the month */
  waiting: Array<{ bsn: string; toewijzingNummer: string; productCode: string | null; onderaannemer: string }>;
  /** months of toewijzingen not declared or corrected in this build, and why */
  skipped: Array<Omit<Skipped, 'bsn'> & { bsn: string }>;
  /** debets the gemeente rejected: their retourcodes, and whether this build declares them again */
  rejected: Array<{ referentieNummer: string; bsn: string; toewijzingNummer: string; periode: string; bedrag: number; retourcodes: readonly string[]; outcome: string }>;
}

export interface BuildOutcome {
  summary: BuildSummary;
  /** absent for a dry run */
  build?: { id: string; declaratieNummer: string; identificatie: string; dagtekening: string; xml: string };
}

/** Preflight rounds: a group dropped for a finding can change a running total (TR322, TR369) of what stays. */
const PREFLIGHT_ROUNDS = 3;

/**
 * The declaratie builder: loads the aanbieder's state in bulk, computes the lines (declaratie-build.ts), judges
 * the result with all rules of the rule engine on the gateway's state (a credit and the debet replacing it are
 * left out together when a rule rejects either, and listed as skipped with the rule's message), then, unless a dry
 * run, numbers and stores it in one transaction and returns its XML.
 */
export class DeclaratieBuilder {
  constructor(
    private readonly db: Database,
    private readonly register: ContractRegister,
    private readonly delegation: DelegationPort = NO_DELEGATION,
    private readonly today: () => string = dutchToday,
    /** the exchange's limit for one message (25 MB); corrections of earlier months wait a month above it */
    private readonly maxBytes: number = DEFAULT_MAX_MESSAGE_BYTES,
  ) {}

  async build(req: BuildRequest): Promise<BuildOutcome> {
    const q = { aanbieder: req.aanbieder, gemeente: req.gemeente, periode: req.periode };
    if (!/^\d{4}-(0[1-9]|1[0-2])$/.test(req.periode)) throw new BuildRefused('INVALID_PERIODE', text('funding.build.invalid-periode', { periode: req.periode }));
    const [loaded, delegated] = await Promise.all([new DeclaratieBuildRepository(this.db).load(q), this.delegation.forPeriod(this.db, { gemeente: req.gemeente, hoofdaannemer: req.aanbieder, periode: req.periode })]);
    const computed = buildDeclaratie({ ...q, ...loaded, register: this.register, delegated });
    const dagtekening = req.dagtekening ?? this.today();
    // size first: the rules then judge only what can be sent (leaving groups out never makes it larger)
    const result = settle(await this.preflight(q, this.fit(q, computed, dagtekening), dagtekening));
    const summary = summaryOf(req, this.register, result);
    if (req.dryRun) return { summary };
    if (result.lines.length === 0) {
      throw new BuildRefused('NOTHING_TO_DECLARE', text('funding.build.nothing-to-declare', { gemeente: req.gemeente, periode: req.periode, skipped: result.skipped.length }));
    }
    const build = await this.db.transaction(async (tx) => {
      const repository = new DeclaratieBuildRepository(tx);
      const numbers = await repository.reserve(req.aanbieder, result.lines.length);
      const { message } = toWmo323(q, result.lines, { ...numbers, dagtekening });
      const xml = wmo323Xml(message);
      const id = await repository.store({ ...q, numbers, dagtekening, totaal: summary.totaal, xml, builtBy: req.builtBy, lines: result.lines });
      const declared = result.lines.flatMap((l, i) => (l.onderaannemerPrestatieId ? [{ prestatieId: l.onderaannemerPrestatieId, buildId: id, referentieNummer: numbers.referentieNummers[i]! }] : []));
      if (declared.length) await this.delegation.declared(tx, declared);
      return { id, declaratieNummer: numbers.declaratieNummer, identificatie: numbers.identificatie, dagtekening, xml };
    });
    return { summary, build };
  }

  /** Judges the lines as the gateway will; drops the groups with findings (see the class comment). */
  private async preflight(q: { aanbieder: string; gemeente: string; periode: string }, result: BuildResult, dagtekening: string): Promise<BuildResult> {
    let lines = result.lines;
    const skipped = [...result.skipped];
    for (let round = 0; round < PREFLIGHT_ROUNDS && lines.length; round++) {
      const { message, paths } = toWmo323(q, lines, placeholders(lines.length, dagtekening));
      const findings = (await judgeInTurns(message, { today: this.today(), state: await new PersistentStateStore(this.db).load(message), config: { contracts: this.register } }))
        // the placeholders are not what will be sent
        .filter((f) => f.rule !== 'TR056' && f.rule !== 'TR333');
      if (findings.length === 0) break;
      const lineAt = new Map(paths.map((p, i) => [p, i]));
      const whole = findings.filter((f) => !lineAt.has(f.path));
      if (whole.length) {
        throw new BuildRefused('DECLARATIE_REJECTED_BY_RULES', text('funding.build.rejected-by-rules', { findings: findingsOf(whole) }));
      }
      const byGroup = new Map<string, Finding[]>();
      for (const f of findings) {
        const group = lines[lineAt.get(f.path)!]!.group;
        byGroup.set(group, [...(byGroup.get(group) ?? []), f]);
      }
      const members = groupsOf(lines);
      for (const [group, found] of byGroup) {
        const first = members.get(group)![0]!;
        skipped.push({
          bsn: first.bsn, toewijzingNummer: first.toewijzingNummer, productCode: first.productCode, maand: monthStart(first.periodeBegin.slice(0, 7)),
          reason: 'blocked-by-rules',
          detail: text('funding.build.skip.blocked-by-rules', { soorten: members.get(group)!.map((l) => l.soort).join(' + '), findings: findingsOf(found) }),
        });
      }
      lines = lines.filter((l) => !byGroup.has(l.group));
    }
    return { ...result, lines, skipped };
  }

  /**
   * Keeps the WMO323 within the exchange's size limit: the month's own lines must go in (a month is declared
   * once, TR318), so corrections and herindieningen of earlier months are deferred to the next declaratie,
   * whole groups from the last, and listed as skipped.
   */
  private fit(q: { aanbieder: string; gemeente: string; periode: string }, result: BuildResult, dagtekening: string): BuildResult {
    const maand = monthStart(q.periode);
    let lines = result.lines;
    const skipped = [...result.skipped];
    for (;;) {
      if (lines.length === 0) return { ...result, lines, skipped };
      const size = Buffer.byteLength(wmo323Xml(toWmo323(q, lines, placeholders(lines.length, dagtekening)).message));
      if (size <= this.maxBytes) return { ...result, lines, skipped };
      const members = groupsOf(lines);
      const groups = [...members.keys()].filter((g) => members.get(g)![0]!.periodeBegin < maand);
      if (groups.length === 0) {
        throw new BuildRefused('TOO_LARGE', text('funding.build.too-large', { periode: q.periode, lines: lines.length, size: (size / 1024 / 1024).toFixed(1), limit: (this.maxBytes / 1024 / 1024).toFixed(0) }));
      }
      // drop a little more than the excess, by the average line size, so one more round fits
      const perLine = size / lines.length;
      let toDrop = Math.ceil(((size - this.maxBytes) / perLine) * 1.02) + 1;
      const deferred = new Set<string>();
      while (toDrop > 0 && groups.length) {
        const group = groups.pop()!;
        deferred.add(group);
        toDrop -= members.get(group)!.length;
      }
      for (const group of deferred) {
        const first = members.get(group)![0]!;
        skipped.push({
          bsn: first.bsn, toewijzingNummer: first.toewijzingNummer, productCode: first.productCode, maand: monthStart(first.periodeBegin.slice(0, 7)),
          reason: 'deferred-size-limit', detail: text('funding.build.skip.deferred-size-limit', { limit: (this.maxBytes / 1024 / 1024).toFixed(0) }),
        });
      }
      lines = lines.filter((l) => !deferred.has(l.group));
    }
  }
}

/** The lines of each group, in order. */
function groupsOf(lines: readonly BuiltLine[]): Map<string, BuiltLine[]> {
  const groups = new Map<string, BuiltLine[]>();
  for (const l of lines) {
    const list = groups.get(l.group);
    if (list) list.push(l);
    else groups.set(l.group, [l]);
  }
  return groups;
}

/** Each finding once, as "RULE (retourcode): what it says", one after the other; the findings are said in the frame's language. */
function findingsOf(findings: readonly Finding[]): Text | string {
  const said = new Map(findings.map((f) => {
    const line = text('funding.build.finding', { rule: f.rule, retourcode: f.retourcode, finding: f.text });
    return [JSON.stringify(line), line] as const;
  }));
  return listed([...said.values()], ' ');
}

/** The text with the client's BSN masked wherever a parameter (or a phrase within one) names it. */
export function maskedIn(said: Text, bsn: string): Text {
  if (said.params === undefined || bsn === '') return said;
  const mask = (value: Param): Param => (isText(value) ? maskedIn(value, bsn) : typeof value === 'string' ? value.split(bsn).join(maskBsn(bsn)) : value);
  return { key: said.key, params: Object.fromEntries(Object.entries(said.params).map(([name, value]) => [name, mask(value)])) };
}

/** A rejected prestatie whose herindiening was left out (rules, size) is not declared again in this build. */
function settle(result: BuildResult): BuildResult {
  const kept = new Set(result.lines.map((l) => l.group));
  const rejected = result.rejected.map((r) =>
    r.outcome === 'herindiening' && !kept.has(`${r.toewijzingNummer}|${monthStart(r.periodeBegin.slice(0, 7))}`) ? { ...r, outcome: 'not-declarable' as const } : r,
  );
  return { ...result, rejected };
}

/** Numbers of the same length as the real ones (for the size), and not in use (TR314 looks them up). */
const placeholders = (lines: number, dagtekening: string) => ({
  declaratieNummer: 'PF0000000000', identificatie: 'PF0000000000', dagtekening,
  referentieNummers: Array.from({ length: lines }, (_, i) => `PF${String(i + 1).padStart(12, '0')}`),
});


function summaryOf(req: BuildRequest, register: ContractRegister, r: BuildResult): BuildSummary {
  const totals = totalsOf(r.lines);
  return {
    aanbieder: req.aanbieder,
    gemeente: req.gemeente,
    periode: req.periode,
    dryRun: req.dryRun,
    proratie: register.declaratieBeleid(req.gemeente).proratie,
    lines: { ...totals.lines },
    amounts: { ...totals.amounts },
    totaal: { ...totals.totaal },
    clients: differencesPerClient(r.lines).map((c) => ({ ...c, bsn: maskBsn(c.bsn) })),
    waiting: r.waiting.map((w) => ({ ...w, bsn: maskBsn(w.bsn) })),
    // rule messages name the client: masked there too
    skipped: r.skipped.map((s) => ({ ...s, bsn: maskBsn(s.bsn), detail: maskedIn(s.detail, s.bsn) })),
    rejected: r.rejected.map((x) => ({
      referentieNummer: x.referentieNummer, bsn: maskBsn(x.bsn), toewijzingNummer: x.toewijzingNummer, periode: `${x.periodeBegin}/${x.periodeEind}`,
      bedrag: x.bedrag, retourcodes: x.retourcodes, outcome: x.outcome,
    })),
  };
}
