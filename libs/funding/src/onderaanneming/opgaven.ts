import {
  OnderaannemingRepository,
  type Database, type DelegatedToewijzingRow, type Opgave, type OpgaveSoort, type Relatie,
} from '@lib/persistence';
import { canonicalNummer, type ToegewezenProductState } from '@lib/rules/state/toewijzing-state';
import { OnderaannemingError, type Problem } from './errors';
import { isRealDate } from './registry';

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
  const add = (field: string, code: string, message: string) => problems.push({ field, code, message });
  const { current, assignment, relatie } = ctx;
  const nummer = input.toewijzingNummer;
  if (!current) {
    add('toewijzingNummer', 'NO_TOEWIJZING', `Hoofdaannemer ${input.hoofdaannemer} has no toewijzing ${nummer} from gemeente ${input.gemeente} at the gateway; take the number from your notifications (GET /v1/onderaanneming/toewijzingen).`);
    return { problems };
  }
  if (!assignment || assignment.onderaannemer !== ctx.onderaannemer || !relatie) {
    add('toewijzingNummer', 'NOT_DELEGATED_TO_YOU', `Toewijzing ${nummer} of hoofdaannemer ${input.hoofdaannemer} is not delegated to you; report only on the toewijzingen in your notifications, or ask the hoofdaannemer to have the relation registered.`);
    return { problems };
  }
  if (current.redenWijziging === '13') {
    add('toewijzingNummer', 'WITHDRAWN', `Gemeente ${input.gemeente} withdrew toewijzing ${nummer} (RedenWijziging 13, Toewijzingsdatum ${current.toewijzingsdatum}); nothing can be reported on it any more.`);
    return { problems };
  }
  const toewijzing = { vanaf: current.ingangsdatum, totEnMet: current.einddatum };
  const within = (field: string, date: string) => {
    if (date < toewijzing.vanaf || (toewijzing.totEnMet !== null && date > toewijzing.totEnMet)) {
      add(field, 'OUTSIDE_TOEWIJZING', `${date} lies outside toewijzing ${nummer} (${toewijzing.vanaf} t/m ${toewijzing.totEnMet ?? 'open'}); give a date within it.`);
    }
    if (date < relatie.vanaf || (relatie.totEnMet !== null && date > relatie.totEnMet)) {
      add(field, 'OUTSIDE_DELEGATION', `${date} lies outside the delegation by ${relatie.hoofdaannemer} (${relatie.vanaf} t/m ${relatie.totEnMet ?? 'open'}); only days within it can be reported by you.`);
    }
  };
  const live = ctx.opgaven.filter((o) => o.status !== 'afgewezen');

  switch (input.soort) {
    case 'start': {
      if (!isRealDate(input.begindatum)) {
        add('begindatum', 'INVALID_DATE', `Give the Begindatum of the start as YYYY-MM-DD (got "${input.begindatum ?? ''}").`);
        break;
      }
      within('begindatum', input.begindatum);
      if (live.some((o) => o.soort === 'start' && o.begindatum === input.begindatum)) {
        add('begindatum', 'DUPLICATE_START', `A start of toewijzing ${nummer} on ${input.begindatum} was already reported; see GET /v1/onderaanneming/opgaven.`);
      }
      return problems.length ? { problems } : { opgave: { soort: 'start', begindatum: input.begindatum, einddatum: null, redenBeeindiging: null, periode: null } };
    }
    case 'stop': {
      if (!isRealDate(input.begindatum)) add('begindatum', 'INVALID_DATE', `Give the Begindatum of the start this stop ends, as YYYY-MM-DD (got "${input.begindatum ?? ''}").`);
      if (!isRealDate(input.einddatum)) add('einddatum', 'INVALID_DATE', `Give the Einddatum of the stop as YYYY-MM-DD (got "${input.einddatum ?? ''}").`);
      if (!REDEN_BEEINDIGING.has(input.redenBeeindiging ?? '')) {
        add('redenBeeindiging', 'INVALID_REDEN', `"${input.redenBeeindiging ?? ''}" is not a RedenBeeindiging; use one of ${[...REDEN_BEEINDIGING].join(', ')} (code list WMO588).`);
      }
      if (problems.length) break;
      const begindatum = input.begindatum!;
      const einddatum = input.einddatum!;
      if (einddatum < begindatum) add('einddatum', 'STOP_BEFORE_START', `Einddatum ${einddatum} lies before the Begindatum ${begindatum} of the start; a stop comes after its start.`);
      const started = ctx.hoofdaannemerStarted || live.some((o) => o.soort === 'start' && o.begindatum === begindatum);
      if (!started) add('begindatum', 'NO_START', `There is no start of toewijzing ${nummer} on ${begindatum}; report the start first (soort "start"), or give the Begindatum of the start you stop.`);
      within('einddatum', einddatum);
      if (live.some((o) => o.soort === 'stop' && o.begindatum === begindatum && o.einddatum === einddatum && o.redenBeeindiging === input.redenBeeindiging)) {
        add('einddatum', 'DUPLICATE_STOP', `This stop of toewijzing ${nummer} was already reported; see GET /v1/onderaanneming/opgaven.`);
      }
      return problems.length ? { problems } : { opgave: { soort: 'stop', begindatum, einddatum, redenBeeindiging: input.redenBeeindiging!, periode: null } };
    }
    case 'prestatie': {
      if (typeof input.periode !== 'string' || !/^\d{4}-(0[1-9]|1[0-2])$/.test(input.periode)) {
        add('periode', 'INVALID_PERIODE', `Give the month delivered as YYYY-MM (got "${input.periode ?? ''}").`);
        break;
      }
      const { begin: monthBegin, eind: monthEind } = monthOf(input.periode);
      // The part of the month the toewijzing and the delegation both cover.
      const coverBegin = [monthBegin, toewijzing.vanaf, relatie.vanaf].sort().at(-1)!;
      const coverEind = [monthEind, ...(toewijzing.totEnMet ? [toewijzing.totEnMet] : []), ...(relatie.totEnMet ? [relatie.totEnMet] : [])].sort()[0]!;
      if (coverBegin > coverEind) {
        add('periode', 'OUTSIDE_TOEWIJZING', `Toewijzing ${nummer} and its delegation (${relatie.vanaf} t/m ${relatie.totEnMet ?? 'open'}) do not cover any day of ${input.periode}; report a month they cover.`);
        break;
      }
      const begindatum = input.begindatum ?? coverBegin;
      const einddatum = input.einddatum ?? coverEind;
      if (!isRealDate(begindatum)) add('begindatum', 'INVALID_DATE', `Give the first day delivered as YYYY-MM-DD (got "${begindatum}"), or leave it out for ${coverBegin}.`);
      if (!isRealDate(einddatum)) add('einddatum', 'INVALID_DATE', `Give the last day delivered as YYYY-MM-DD (got "${einddatum}"), or leave it out for ${coverEind}.`);
      if (problems.length) break;
      if (begindatum < monthBegin || begindatum > monthEind) add('begindatum', 'OUTSIDE_PERIODE', `${begindatum} is not in ${input.periode}; a prestatie covers one calendar month (TR319).`);
      if (einddatum < monthBegin || einddatum > monthEind) add('einddatum', 'OUTSIDE_PERIODE', `${einddatum} is not in ${input.periode}; a prestatie covers one calendar month (TR319).`);
      if (einddatum < begindatum) add('einddatum', 'ENDS_BEFORE_START', `${einddatum} lies before ${begindatum}.`);
      within('begindatum', begindatum);
      within('einddatum', einddatum);
      const periode = `${input.periode}-01`;
      if (live.some((o) => o.soort === 'prestatie' && o.periode === periode)) {
        add('periode', 'DUPLICATE_PRESTATIE', `A prestatie for ${input.periode} on toewijzing ${nummer} was already reported; a month is reported once (the hoofdaannemer may reject it, after which you report it again).`);
      }
      return problems.length ? { problems } : { opgave: { soort: 'prestatie', begindatum, einddatum, redenBeeindiging: null, periode } };
    }
    default:
      add('soort', 'INVALID_SOORT', `"${String(input.soort)}" is not an opgave; use start, stop or prestatie.`);
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
      throw OnderaannemingError.one('invalid', 'toewijzingNummer', 'INVALID_NUMMER', `"${input.toewijzingNummer ?? ''}" is not a ToewijzingNummer; give the number from your notification.`);
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
    if (!/^\d{1,18}$/.test(id)) throw OnderaannemingError.one('not-found', 'id', 'NO_OPGAVE', `No opgave ${id}.`);
    const reden = verdict.reden?.trim() || null;
    if (!verdict.goedkeuren && !reden) throw OnderaannemingError.one('invalid', 'reden', 'REASON_REQUIRED', 'Say why you reject it (reden), so the onderaannemer knows what to correct.');
    const repository = new OnderaannemingRepository(this.db);
    const reviewed = await repository.review(id, hoofdaannemer, { status: verdict.goedkeuren ? 'goedgekeurd' : 'afgewezen', reden, door });
    if (reviewed) return reviewed;
    const [existing] = await repository.opgaven({ ids: [id], hoofdaannemer });
    if (!existing) throw OnderaannemingError.one('not-found', 'id', 'NO_OPGAVE', `You have no opgave ${id} from an onderaannemer.`);
    throw OnderaannemingError.one('conflict', 'id', 'NOT_PENDING', `Opgave ${id} is ${existing.status}, not waiting for your approval.`);
  }
}
