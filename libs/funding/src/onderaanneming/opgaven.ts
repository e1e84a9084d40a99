import {
  OnderaannemingRepository,
  type Database, type DelegatedToewijzingRow, type Opgave, type OpgaveSoort, type Relatie,
} from '@lib/persistence';
import { canonicalNummer, type ToegewezenProductState } from '@lib/rules';
import { text, type Text } from '@lib/i18n';
import { OnderaannemingError, type Problem } from './errors';
import { isRealDate, untilOf } from './registry';

/** What an onderaannemer reports to its hoofdaannemer (JSON API). */
export interface OpgaveInput {
  /** AGB-code of the hoofdaannemer it reports to */
  readonly hoofdaannemer: string;
  /** CBS code of the gemeente of the toewijzing */
  readonly gemeente: string;
  readonly toewijzingNummer: string;
  readonly soort: OpgaveSoort;
  /** start: Begindatum; stop: the Begindatum of the start it stops; prestatie: the first day delivered in the month (default: the first day of the month the toewijzing and the delegation cover) */
  readonly begindatum?: string;
  /** stop: Einddatum; prestatie: the last day delivered in the month (default: the last day covered) */
  readonly einddatum?: string;
  /** stop: RedenBeeindiging (code list WMO588) */
  readonly redenBeeindiging?: string;
  /** prestatie: the month, YYYY-MM */
  readonly periode?: string;
}

// LDT_RedenBeeindiging of the basisschema
const REDEN_BEEINDIGING = new Set(['02', '19', '20', '21', '22', '23', '31', '36', '37', '38', '39']);

/** What the checks read about the toewijzing an opgave is for. */
export interface OpgaveContext {
  readonly onderaannemer: string;
  /** the current version of the hoofdaannemer's toewijzing (migration 002) */
  readonly current: ToegewezenProductState | undefined;
  readonly assignment: DelegatedToewijzingRow | undefined;
  readonly relatie: Relatie | undefined;
  /** the live (not rejected) opgaven on this toewijzing */
  readonly opgaven: readonly Opgave[];
  /** the hoofdaannemer itself sent an accepted start with this Begindatum (for a stop) */
  readonly hoofdaannemerStarted: boolean;
}

/** An opgave with its dates settled. */
export interface CheckedOpgave {
  readonly soort: OpgaveSoort;
  readonly begindatum: string;
  readonly einddatum: string | null;
  readonly redenBeeindiging: string | null;
  readonly periode: string | null;
}

/**
 * The checks on an onderaannemer's opgave: the toewijzing exists for the hoofdaannemer, is not
 * withdrawn, is delegated to this onderaannemer; the dates lie within the toewijzing and within
 * the delegation's validity; a stop follows a start; one live prestatie per month. Returns the
 * opgave with its dates settled, or every problem found, each naming its field and the fix.
 */
export function checkOpgave(input: OpgaveInput, ctx: OpgaveContext): { opgave: CheckedOpgave } | { problems: Problem[] } {
  const problems: Problem[] = [];
  const add = (field: string, code: string, said: Text) => problems.push({ field, code, text: said });
  const { current, assignment, relatie } = ctx;
  const nummer = input.toewijzingNummer;
  if (!current) {
    add('toewijzingNummer', 'NO_TOEWIJZING', text('funding.onderaanneming.no-toewijzing', { hoofdaannemer: input.hoofdaannemer, nummer, gemeente: input.gemeente }));
    return { problems };
  }
  if (!assignment || assignment.onderaannemer !== ctx.onderaannemer || !relatie) {
    add('toewijzingNummer', 'NOT_DELEGATED_TO_YOU', text('funding.onderaanneming.not-delegated-to-you', { nummer, hoofdaannemer: input.hoofdaannemer }));
    return { problems };
  }
  if (current.redenWijziging === '13') {
    add('toewijzingNummer', 'WITHDRAWN', text('funding.onderaanneming.withdrawn', { gemeente: input.gemeente, nummer, toewijzingsdatum: current.toewijzingsdatum }));
    return { problems };
  }
  const toewijzing = { vanaf: current.ingangsdatum, totEnMet: current.einddatum };
  const within = (field: string, date: string) => {
    if (date < toewijzing.vanaf || (toewijzing.totEnMet !== null && date > toewijzing.totEnMet)) {
      add(field, 'OUTSIDE_TOEWIJZING', text('funding.onderaanneming.outside-toewijzing', { date, nummer, vanaf: toewijzing.vanaf, totEnMet: untilOf(toewijzing.totEnMet) }));
    }
    if (date < relatie.vanaf || (relatie.totEnMet !== null && date > relatie.totEnMet)) {
      add(field, 'OUTSIDE_DELEGATION', text('funding.onderaanneming.outside-delegation', { date, hoofdaannemer: relatie.hoofdaannemer, vanaf: relatie.vanaf, totEnMet: untilOf(relatie.totEnMet) }));
    }
  };
  const live = ctx.opgaven.filter((o) => o.status !== 'afgewezen');

  switch (input.soort) {
    case 'start': {
      if (!isRealDate(input.begindatum)) {
        add('begindatum', 'INVALID_DATE', text('funding.onderaanneming.start-date', { value: input.begindatum ?? '' }));
        break;
      }
      within('begindatum', input.begindatum);
      if (live.some((o) => o.soort === 'start' && o.begindatum === input.begindatum)) {
        add('begindatum', 'DUPLICATE_START', text('funding.onderaanneming.duplicate-start', { nummer, begindatum: input.begindatum }));
      }
      return problems.length ? { problems } : { opgave: { soort: 'start', begindatum: input.begindatum, einddatum: null, redenBeeindiging: null, periode: null } };
    }
    case 'stop': {
      if (!isRealDate(input.begindatum)) add('begindatum', 'INVALID_DATE', text('funding.onderaanneming.stop-begindatum', { value: input.begindatum ?? '' }));
      if (!isRealDate(input.einddatum)) add('einddatum', 'INVALID_DATE', text('funding.onderaanneming.stop-einddatum', { value: input.einddatum ?? '' }));
      if (!REDEN_BEEINDIGING.has(input.redenBeeindiging ?? '')) {
        add('redenBeeindiging', 'INVALID_REDEN', text('funding.onderaanneming.invalid-reden', { value: input.redenBeeindiging ?? '', codes: [...REDEN_BEEINDIGING].join(', ') }));
      }
      if (problems.length) break;
      const begindatum = input.begindatum!;
      const einddatum = input.einddatum!;
      if (einddatum < begindatum) add('einddatum', 'STOP_BEFORE_START', text('funding.onderaanneming.stop-before-start', { einddatum, begindatum }));
      const started = ctx.hoofdaannemerStarted || live.some((o) => o.soort === 'start' && o.begindatum === begindatum);
      if (!started) add('begindatum', 'NO_START', text('funding.onderaanneming.no-start', { nummer, begindatum }));
      within('einddatum', einddatum);
      if (live.some((o) => o.soort === 'stop' && o.begindatum === begindatum && o.einddatum === einddatum && o.redenBeeindiging === input.redenBeeindiging)) {
        add('einddatum', 'DUPLICATE_STOP', text('funding.onderaanneming.duplicate-stop', { nummer }));
      }
      return problems.length ? { problems } : { opgave: { soort: 'stop', begindatum, einddatum, redenBeeindiging: input.redenBeeindiging!, periode: null } };
    }
    case 'prestatie': {
      if (typeof input.periode !== 'string' || !/^\d{4}-(0[1-9]|1[0-2])$/.test(input.periode)) {
        add('periode', 'INVALID_PERIODE', text('funding.onderaanneming.invalid-periode', { value: String(input.periode ?? '') }));
        break;
      }
      const { begin: monthBegin, eind: monthEind } = monthOf(input.periode);
      // The part of the month the toewijzing and the delegation both cover.
      const coverBegin = [monthBegin, toewijzing.vanaf, relatie.vanaf].sort().at(-1)!;
      const coverEind = [monthEind, ...(toewijzing.totEnMet ? [toewijzing.totEnMet] : []), ...(relatie.totEnMet ? [relatie.totEnMet] : [])].sort()[0]!;
      if (coverBegin > coverEind) {
        add('periode', 'OUTSIDE_TOEWIJZING', text('funding.onderaanneming.month-not-covered', { nummer, vanaf: relatie.vanaf, totEnMet: untilOf(relatie.totEnMet), periode: input.periode }));
        break;
      }
      const begindatum = input.begindatum ?? coverBegin;
      const einddatum = input.einddatum ?? coverEind;
      if (!isRealDate(begindatum)) add('begindatum', 'INVALID_DATE', text('funding.onderaanneming.first-day', { value: String(begindatum), cover: coverBegin }));
      if (!isRealDate(einddatum)) add('einddatum', 'INVALID_DATE', text('funding.onderaanneming.last-day', { value: String(einddatum), cover: coverEind }));
      if (problems.length) break;
      if (begindatum < monthBegin || begindatum > monthEind) add('begindatum', 'OUTSIDE_PERIODE', text('funding.onderaanneming.outside-periode', { date: begindatum, periode: input.periode }));
      if (einddatum < monthBegin || einddatum > monthEind) add('einddatum', 'OUTSIDE_PERIODE', text('funding.onderaanneming.outside-periode', { date: einddatum, periode: input.periode }));
      if (einddatum < begindatum) add('einddatum', 'ENDS_BEFORE_START', text('funding.onderaanneming.day-before-first', { einddatum, begindatum }));
      within('begindatum', begindatum);
      within('einddatum', einddatum);
      const periode = `${input.periode}-01`;
      if (live.some((o) => o.soort === 'prestatie' && o.periode === periode)) {
        add('periode', 'DUPLICATE_PRESTATIE', text('funding.onderaanneming.duplicate-prestatie', { periode: input.periode, nummer }));
      }
      return problems.length ? { problems } : { opgave: { soort: 'prestatie', begindatum, einddatum, redenBeeindiging: null, periode } };
    }
    default:
      add('soort', 'INVALID_SOORT', text('funding.onderaanneming.invalid-soort', { value: String(input.soort) }));
  }
  return { problems };
}

/** First and last day of a month YYYY-MM. */
export function monthOf(periode: string): { begin: string; eind: string } {
  const [y, m] = periode.split('-').map(Number) as [number, number];
  const last = new Date(Date.UTC(y, m, 0)).getUTCDate();
  return { begin: `${periode}-01`, eind: `${periode}-${String(last).padStart(2, '0')}` };
}

/**
 * The onderaannemer's side of the flow: report an opgave (checked, then ingediend when the
 * hoofdaannemer approves, else goedgekeurd at once), and the hoofdaannemer's verdict on it.
 */
export class OpgavenService {
  constructor(private readonly db: Database) {}

  async submit(onderaannemer: string, input: OpgaveInput): Promise<Opgave> {
    const nummer = /^\+?\d{1,20}$/.test(String(input.toewijzingNummer ?? '').trim()) ? canonicalNummer(String(input.toewijzingNummer)) : undefined;
    if (nummer === undefined) {
      throw OnderaannemingError.one('invalid', 'toewijzingNummer', 'INVALID_NUMMER', text('funding.onderaanneming.invalid-nummer', { value: String(input.toewijzingNummer ?? '') }));
    }
    return this.db.transaction(async (tx) => {
      const repository = new OnderaannemingRepository(tx);
      // One opgave at a time per hoofdaannemer and gemeente: the duplicate checks see each other.
      await repository.lockRegistry(input.hoofdaannemer, input.gemeente);
      const current = await repository.currentVersion(input.gemeente, input.hoofdaannemer, nummer);
      const assignment = current && (await repository.toewijzing(input.gemeente, input.hoofdaannemer, nummer));
      const relatie = assignment && (await repository.relatie(assignment.relatieId));
      const opgaven = assignment ? await repository.opgaven({ toewijzingId: assignment.id }) : [];
      const hoofdaannemerStarted = input.soort === 'stop' && isRealDate(input.begindatum)
        ? await repository.hoofdaannemerStarted(input.gemeente, input.hoofdaannemer, nummer, input.begindatum)
        : false;
      const checked = checkOpgave({ ...input, toewijzingNummer: nummer }, { onderaannemer, current, assignment, relatie, opgaven, hoofdaannemerStarted });
      if ('problems' in checked) {
        const conflict = checked.problems.every((p) => p.code.startsWith('DUPLICATE_'));
        throw new OnderaannemingError(conflict ? 'conflict' : 'invalid', checked.problems);
      }
      const o = checked.opgave;
      return repository.insertOpgave({
        toewijzingId: assignment!.id, relatieId: relatie!.id, gemeente: input.gemeente, hoofdaannemer: input.hoofdaannemer, onderaannemer,
        toewijzingNummer: nummer, soort: o.soort, begindatum: o.begindatum, einddatum: o.einddatum, redenBeeindiging: o.redenBeeindiging, periode: o.periode,
        status: relatie!.goedkeuring ? 'ingediend' : 'goedgekeurd', ingediendDoor: onderaannemer,
      });
    });
  }

  /** The hoofdaannemer approves or rejects (with a reason) one of its pending opgaven. */
  async review(hoofdaannemer: string, id: string, verdict: { goedkeuren: boolean; reden?: string }, door: string): Promise<Opgave> {
    if (!/^\d{1,18}$/.test(id)) throw OnderaannemingError.one('not-found', 'id', 'NO_OPGAVE', text('funding.onderaanneming.no-opgave', { id }));
    const reden = verdict.reden?.trim() || null;
    if (!verdict.goedkeuren && !reden) throw OnderaannemingError.one('invalid', 'reden', 'REASON_REQUIRED', text('funding.onderaanneming.reason-required'));
    const repository = new OnderaannemingRepository(this.db);
    const reviewed = await repository.review(id, hoofdaannemer, { status: verdict.goedkeuren ? 'goedgekeurd' : 'afgewezen', reden, door });
    if (reviewed) return reviewed;
    const [existing] = await repository.opgaven({ ids: [id], hoofdaannemer });
    if (!existing) throw OnderaannemingError.one('not-found', 'id', 'NO_OPGAVE', text('funding.onderaanneming.not-your-opgave', { id }));
    throw OnderaannemingError.one('conflict', 'id', 'NOT_PENDING', text('funding.onderaanneming.not-pending', { id, status: existing.status }));
  }
}
