/**
 * What the declaratie rules share: walking the prestaties of a 323 or 325 with their
 * paths, the parties, the toegewezen product of a prestatie, calendar arithmetic for
 * product periods, and the maximum volume a toewijzing allows (IV077). Pure functions.
 */
import { text, type Text } from '@lib/i18n';
import type { ParsedMessage, ParsedMessageOf, Wmo323Prestatie, Wmo325Prestatie } from '@lib/iwmo';
import type { Finding, Rule, RuleContext } from '../rule';
import { canonicalToewijzingNummer, prestatiePath, type AnsweredDeclaratie } from '../state/declaratie-state';
import type { ToegewezenProductState } from '../state/toewijzing-state';
import { maskedBsn } from './support/masked-bsn';
import { addDays, addMonths, daysInclusive as daysIn, epochDay } from '../calendar';

export type Declaratie = ParsedMessageOf<'WMO323'>;
export type DeclaratieAntwoord = ParsedMessageOf<'WMO325'>;

/** Where declaratie-level findings go: the whole declaratie is rejected. */
export const DECLARATIE = '/Bericht/Declaratie';

// ---------------------------------------------------------------- values

/** A date (xs:date, YYYY-MM-DD) in its comparable form. */
export const day = (value: string): string => value.trim();
/** A code or identifier without surrounding white space. */
export const code = (value: string): string => value.trim();
/** An xs:integer in its lexical form as a number ('+0012' is 12). */
export const int = (value: string): number => Number(value.trim());

// ---------------------------------------------------------------- prestaties

/** One prestatie of a 323 with its client, positions and path. */
export interface PrestatieAt {
  prestatie: Wmo323Prestatie;
  bsn: string;
  /** 1-based */
  client: number;
  /** 1-based, within the client */
  index: number;
  path: string;
  referentieNummer: string;
  vorigReferentieNummer: string | null;
  toewijzingNummer: string;
  periode: { begindatum: string; einddatum: string };
  debet: boolean;
}

const cache = new WeakMap<object, PrestatieAt[]>();

/** The prestaties of a declaratie in message order (computed once per parsed message, which is not changed after parsing). */
export function prestatiesOf(message: Declaratie): readonly PrestatieAt[] {
  const cached = cache.get(message.bericht);
  if (cached) return cached;
  const list: PrestatieAt[] = [];
  message.bericht.Declaratie.Clienten.Client.forEach((client, c) => {
    client.Prestaties.Prestatie.forEach((prestatie, p) => {
      const vorig = prestatie.ProductReferentie.VorigReferentieNummer;
      list.push({
        prestatie,
        bsn: code(client.Bsn),
        client: c + 1,
        index: p + 1,
        path: prestatiePath(c + 1, p + 1),
        referentieNummer: code(prestatie.ProductReferentie.ReferentieNummer),
        vorigReferentieNummer: vorig === undefined ? null : code(vorig),
        toewijzingNummer: canonicalToewijzingNummer(prestatie.ToewijzingNummer),
        periode: { begindatum: day(prestatie.ProductPeriode.Begindatum), einddatum: day(prestatie.ProductPeriode.Einddatum) },
        debet: code(prestatie.IngediendBedrag.DebetCredit) === 'D',
      });
    });
  });
  cache.set(message.bericht, list);
  return list;
}

/** One prestatie of a 325 with its client and path. */
export interface AntwoordPrestatieAt {
  prestatie: Wmo325Prestatie;
  bsn: string;
  path: string;
  referentieNummer: string;
}

/** The prestaties grouped by ToewijzingNummer, each group in message order. */
export function byToewijzing(prestaties: readonly PrestatieAt[]): Map<string, PrestatieAt[]> {
  const groups = new Map<string, PrestatieAt[]>();
  for (const p of prestaties) {
    const group = groups.get(p.toewijzingNummer);
    if (group) group.push(p);
    else groups.set(p.toewijzingNummer, [p]);
  }
  return groups;
}

/** The prestaties a declaratie-antwoord lists (the rejected ones), in message order. */
export function antwoordPrestatiesOf(message: DeclaratieAntwoord): AntwoordPrestatieAt[] {
  const clienten = message.bericht.DeclaratieAntwoord?.Clienten?.Client ?? [];
  return clienten.flatMap((client, c) =>
    client.Prestaties.Prestatie.map((prestatie, p) => ({
      prestatie,
      bsn: code(client.Bsn),
      path: `/Bericht/DeclaratieAntwoord/Clienten/Client[${c + 1}]/Prestaties/Prestatie[${p + 1}]`,
      referentieNummer: code(prestatie.ProductReferentie.ReferentieNummer),
    })),
  );
}

/** The 323 a 325 answers, by its header's DeclaratieIdentificatie. */
export function answeredDeclaratieOf(message: DeclaratieAntwoord, { state }: RuleContext): { answered: AnsweredDeclaratie | undefined; identificatie: string; dagtekening: string } {
  const { gemeente, aanbieder } = partiesOf(message);
  const identificatie = code(message.bericht.Header.DeclaratieIdentificatie.Identificatie);
  const dagtekening = day(message.bericht.Header.DeclaratieIdentificatie.Dagtekening);
  return { answered: state.declaraties.answered(gemeente, aanbieder, identificatie, dagtekening), identificatie, dagtekening };
}

/** The gemeente and aanbieder of a 323 (aanbieder sends) or 325 (gemeente sends). */
export function partiesOf(message: Declaratie | DeclaratieAntwoord): { gemeente: string; aanbieder: string } {
  const { Afzender, Ontvanger } = message.bericht.Header;
  return message.code === 'WMO323' ? { gemeente: code(Ontvanger), aanbieder: code(Afzender) } : { gemeente: code(Afzender), aanbieder: code(Ontvanger) };
}

/** How a prestatie is named in findings: Prestatie R2603-0001 (client ******019, toewijzing 260101), or as a credit prestatie. */
export const named = (p: PrestatieAt, as: 'prestatie' | 'credit' = 'prestatie'): Text =>
  text(as === 'credit' ? 'declaratie.credit-prestatie' : 'declaratie.prestatie', { referentie: p.referentieNummer, client: maskedBsn(p.bsn), toewijzing: p.toewijzingNummer });

/** Phrases as one list, in order: "March 2026, April 2026" with `separator` ', ', or differences with '; '. */
export function joined(items: ReadonlyArray<Text | string>, separator: ', ' | '; '): Text | string {
  return items.reduce((head, tail) => text('declaratie.joined', { head, separator, tail }));
}

/** A prestatie-level rule: check receives each prestatie of a 323 and returns the text of a finding, if any. */
export function prestatieRule(
  rule: Omit<Rule, 'check' | 'appliesTo'>,
  check: (p: PrestatieAt, message: Declaratie, context: RuleContext) => Text | undefined,
): Rule {
  return {
    ...rule,
    appliesTo: ['WMO323'],
    check(message: ParsedMessage, context: RuleContext): Finding[] {
      if (message.code !== 'WMO323') return [];
      const findings: Finding[] = [];
      for (const p of prestatiesOf(message)) {
        const said = check(p, message, context);
        if (said !== undefined) findings.push({ rule: rule.code, retourcode: rule.retourcode, path: p.path, text: said });
      }
      return findings;
    },
  };
}

/**
 * A prestatie-level rule that compares with the toegewezen product: prestaties whose
 * ToewijzingNummer is unknown are left to TR338.
 */
/**
 * A prestatie rule that compares with the toegewezen product. A withdrawn toewijzing
 * (RedenWijziging 13) counts as never sent: only TR384 (which says exactly that) checks
 * against it; the others would give advice about a period that does not exist.
 */
export function toewijzingRule(
  rule: Omit<Rule, 'check' | 'appliesTo'>,
  check: (p: PrestatieAt, toewijzing: ToegewezenProductState, message: Declaratie, context: RuleContext) => Text | undefined,
  options: { withdrawn: 'skip' | 'check' } = { withdrawn: 'skip' },
): Rule {
  return prestatieRule(rule, (p, message, context) => {
    const toewijzing = toegewezenProductOf(p, message, context);
    if (!toewijzing || (toewijzing.redenWijziging === REDEN_VERWIJDERD && options.withdrawn === 'skip')) return undefined;
    return check(p, toewijzing, message, context);
  });
}

/** RedenWijziging 13: the toewijzing is withdrawn (verwijderd). */
export const REDEN_VERWIJDERD = '13';

export function toegewezenProductOf(p: PrestatieAt, message: Declaratie, { state }: RuleContext): ToegewezenProductState | undefined {
  const { gemeente, aanbieder } = partiesOf(message);
  return state.toewijzingen.toegewezenProduct(gemeente, aanbieder, p.toewijzingNummer);
}

// ---------------------------------------------------------------- calendar

// The declaratie rules' names for the days of libs/rules/src/calendar.ts.
export { addDays, daysInclusive as daysIn, monthStart as firstOfMonth, monthEnd as lastOfMonth } from '../calendar';

/** 'maart 2026' (nl) or 'March 2026' (en) for any date in that month. */
export const monthName = (date: string): Text => text('declaratie.month', { month: date.slice(5, 7), year: date.slice(0, 4) });
/** The first day of the next month. */
export const nextMonth = (date: string): string => addMonths(date, 1);
/** 0 = Monday ... 6 = Sunday */
const weekday = (date: string): number => (((epochDay(date) + 3) % 7) + 7) % 7;
export const isSunday = (date: string): boolean => weekday(date) === 6;
/** Sundays from a to b, both included. */
export function sundaysIn(a: string, b: string): number {
  if (b < a) return 0;
  const firstSunday = epochDay(a) + ((6 - weekday(a) + 7) % 7);
  return firstSunday > epochDay(b) ? 0 : Math.floor((epochDay(b) - firstSunday) / 7) + 1;
}
/** Calendar weeks (Monday to Sunday, ISO) that a to b touches (IV077: "de weeknummers tellen"). */
export const calendarWeeksIn = (a: string, b: string): number =>
  b < a ? 0 : (epochDay(b) - weekday(b) - (epochDay(a) - weekday(a))) / 7 + 1;
/** Calendar months that a to b touches. */
export const monthsIn = (a: string, b: string): number =>
  b < a ? 0 : (Number(b.slice(0, 4)) - Number(a.slice(0, 4))) * 12 + Number(b.slice(5, 7)) - Number(a.slice(5, 7)) + 1;
/** The last Sunday on or before the date. */
const lastSundayOnOrBefore = (date: string): string => addDays(date, -((weekday(date) + 1) % 7));

// ---------------------------------------------------------------- eenheden and volume (IV077)

export const EENHEID: Readonly<Record<string, string>> = {
  '01': 'minuten', '04': 'uren', '14': 'etmalen', '16': 'dagdelen', '82': 'stuks (output)', '83': "eurocent (Eenheid 83 euro's)", '84': 'stuks (inspanning)',
};
/** An Eenheid as findings name it, in the code list's words (the same in both languages): 04 is 'uren'. */
export const eenheidName = (eenheid: string): string => EENHEID[eenheid] ?? `Eenheid ${eenheid}`;

/**
 * How many of the prestatie's Eenheid make one of the toewijzing's (TR341): 1 for the same
 * Eenheid, 60 for minuten on a toewijzing in uren, undefined when they do not fit.
 */
export function unitsPer(prestatieEenheid: string, toewijzingEenheid: string): number | undefined {
  if (prestatieEenheid === toewijzingEenheid) return 1;
  if (prestatieEenheid === '01' && toewijzingEenheid === '04') return 60;
  return undefined;
}

/** Outputgericht (Uitvoeringsvarianten): stuks (output) or euro's. */
const outputgericht = (eenheid: string): boolean => eenheid === '82' || eenheid === '83';

/**
 * TR321 with IV077: the most a prestatie over `periode` may hold on a toewijzing with an
 * Omvang, in the toewijzing's Eenheid; undefined when the Frequentie is unknown.
 */
export function maxVolumeInPeriode(toewijzing: ToegewezenProductState, omvang: { volume: number; eenheid: string; frequentie: string }, periode: { begindatum: string; einddatum: string }): number | undefined {
  const { volume, eenheid, frequentie } = omvang;
  switch (frequentie) {
    case '1':
      return volume * daysIn(periode.begindatum, periode.einddatum);
    case '2': {
      // TR321: huishoudelijke hulp may use up to 6 weeks' volume in one month
      if (toewijzing.productCategorie === '01') return 6 * volume;
      if (!outputgericht(eenheid)) return volume * calendarWeeksIn(periode.begindatum, periode.einddatum);
      const einde = toewijzing.einddatum;
      const lastSunday = einde ? lastSundayOnOrBefore(einde) : undefined;
      const extra = einde && !isSunday(einde) && lastSunday! >= periode.begindatum && lastSunday! <= periode.einddatum ? 1 : 0;
      return volume * (sundaysIn(periode.begindatum, periode.einddatum) + extra);
    }
    case '4':
      // a ProductPeriode lies within one month (CS337): a month's volume, also for part of a month
      return volume;
    case '6':
      return volume;
    default:
      return undefined;
  }
}

/**
 * TR322 with IV077: the most all prestaties together may hold over the toewijzing's
 * duration, in the toewijzing's Eenheid; undefined when there is no limit to compute
 * (no Einddatum for a per-day, per-week or per-month Omvang).
 */
export function maxVolumeOverToewijzing(toewijzing: ToegewezenProductState, omvang: { volume: number; eenheid: string; frequentie: string }): number | undefined {
  const { volume, eenheid, frequentie } = omvang;
  const begin = toewijzing.ingangsdatum;
  const einde = toewijzing.einddatum;
  if (frequentie === '6') return volume;
  if (!einde) return undefined;
  switch (frequentie) {
    case '1':
      return volume * daysIn(begin, einde);
    case '2':
      if (toewijzing.productCategorie === '01' || !outputgericht(eenheid)) return volume * calendarWeeksIn(begin, einde);
      return volume * (sundaysIn(begin, einde) + (isSunday(einde) ? 0 : 1));
    case '4':
      return volume * monthsIn(begin, einde);
    default:
      return undefined;
  }
}

/** The toewijzing's Omvang with a numeric volume, if it has one. */
export function omvangOf(toewijzing: ToegewezenProductState): { volume: number; eenheid: string; frequentie: string } | undefined {
  const o = toewijzing.omvang;
  return o ? { volume: int(o.volume), eenheid: code(o.eenheid), frequentie: code(o.frequentie) } : undefined;
}

/** The Omvang of a toewijzing as findings name it: 'Omvang 3 uren per week'. */
export const omvangLabel = (omvang: { volume: number; eenheid: string; frequentie: string }): Text =>
  text('declaratie.omvang', { volume: omvang.volume, eenheid: eenheidName(omvang.eenheid), frequentie: omvang.frequentie });

/** 'van 2026-03-01 tot en met 2026-12-31' or 'vanaf 2026-03-01 (zonder Einddatum)'; in English 'from ... to ...'. */
export const toewijzingPeriode = (t: ToegewezenProductState): Text =>
  t.einddatum ? text('declaratie.toewijzing-period', { begin: t.ingangsdatum, end: t.einddatum }) : text('declaratie.toewijzing-period-open', { begin: t.ingangsdatum });
