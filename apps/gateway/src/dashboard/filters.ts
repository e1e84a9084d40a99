import { BadRequestException } from '@nestjs/common';
import { MESSAGE_TYPES } from '@lib/iwmo';
import { dutchToday } from '@lib/rules';
import { BRONNEN, type Bron, type Granularity, type MessageFilter, type MoneyFilter, type MoneySplit, type Outcome } from './dashboard-read.repository';
import { addDays } from './working-days';

/** Query parameters as Express gives them. */
export type Query = Record<string, unknown>;

const DATE = /^\d{4}-\d{2}-\d{2}$/;
const MONTH = /^\d{4}-\d{2}$/;

function text(query: Query, name: string): string | undefined {
  const value = query[name];
  if (value === undefined || value === '') return undefined;
  if (typeof value !== 'string') throw new BadRequestException(`${name}: give it once, as text`);
  return value.trim() || undefined;
}

function matching(query: Query, name: string, pattern: RegExp, what: string): string | undefined {
  const value = text(query, name);
  if (value !== undefined && !pattern.test(value)) throw new BadRequestException(`${name}: "${value}" is not ${what}`);
  return value;
}

function oneOf<T extends string>(query: Query, name: string, allowed: readonly T[]): T | undefined {
  const value = text(query, name);
  if (value !== undefined && !allowed.includes(value as T)) throw new BadRequestException(`${name}: "${value}" is not one of ${allowed.join(', ')}`);
  return value as T | undefined;
}

function validDate(name: string, value: string): string {
  if (Number.isNaN(Date.parse(`${value}T00:00:00Z`)) || new Date(`${value}T00:00:00Z`).toISOString().slice(0, 10) !== value) {
    throw new BadRequestException(`${name}: ${value} is not a calendar date (YYYY-MM-DD)`);
  }
  return value;
}

export const MESSAGE_TYPE_CODES = Object.keys(MESSAGE_TYPES).sort();
export const GRANULARITIES: readonly Granularity[] = ['day', 'week', 'month'];
export const OUTCOMES: readonly Outcome[] = ['accepted', 'rejected'];
export const SPLITS: readonly MoneySplit[] = ['totaal', 'resultaatgebied', 'aanbieder', 'aannemer'];

/** The message filters of Flows and Rejects (bron: Rejects only); the period defaults to the last `defaultDays` days. */
export function parseMessageFilter(query: Query, defaultDays: number, today = dutchToday()): MessageFilter & { granularity: Granularity; retourcode?: string; bron?: Bron } {
  const to = validDate('to', matching(query, 'to', DATE, 'a date (YYYY-MM-DD)') ?? today);
  const from = validDate('from', matching(query, 'from', DATE, 'a date (YYYY-MM-DD)') ?? addDays(to, -(defaultDays - 1)));
  if (from > to) throw new BadRequestException(`from: ${from} is after to (${to}); swap them`);
  if (Date.parse(to) - Date.parse(from) > 3 * 366 * 86_400_000) throw new BadRequestException('from: the period may span at most three years; choose a later from');
  return {
    from,
    to,
    type: oneOf(query, 'type', MESSAGE_TYPE_CODES),
    gemeente: matching(query, 'gemeente', /^\d{4}$/, 'a CBS gemeentecode (4 digits)'),
    aanbieder: matching(query, 'aanbieder', /^\d{8}$/, 'an AGB-code (8 digits)'),
    outcome: oneOf(query, 'outcome', OUTCOMES),
    granularity: oneOf(query, 'granularity', GRANULARITIES) ?? 'day',
    retourcode: matching(query, 'retourcode', /^[0-9A-Z]{4}$/, 'a retourcode (4 characters)'),
    bron: oneOf(query, 'bron', BRONNEN),
  };
}

/** The money filters: calendar months, default the last 12 including this one. */
export function parseMoneyFilter(query: Query, today = dutchToday()): MoneyFilter & { split: MoneySplit } {
  const toMonth = matching(query, 'to', MONTH, 'a month (YYYY-MM)') ?? today.slice(0, 7);
  const [y, m] = [Number(toMonth.slice(0, 4)), Number(toMonth.slice(5, 7))];
  const defaultFrom = m === 12 ? `${y}-01` : `${y - 1}-${String(m + 1).padStart(2, '0')}`;
  const fromMonth = matching(query, 'from', MONTH, 'a month (YYYY-MM)') ?? defaultFrom;
  const from = validDate('from', `${fromMonth}-01`);
  const to = validDate('to', `${toMonth}-01`);
  if (from > to) throw new BadRequestException(`from: ${fromMonth} is after to (${toMonth}); swap them`);
  if ((Number(toMonth.slice(0, 4)) - Number(fromMonth.slice(0, 4))) * 12 + Number(toMonth.slice(5)) - Number(fromMonth.slice(5)) >= 36) {
    throw new BadRequestException('from: at most 36 months at once; choose a later from');
  }
  return {
    from,
    to,
    gemeente: matching(query, 'gemeente', /^\d{4}$/, 'a CBS gemeentecode (4 digits)'),
    aanbieder: matching(query, 'aanbieder', /^\d{8}$/, 'an AGB-code (8 digits)'),
    split: oneOf(query, 'split', SPLITS) ?? 'totaal',
  };
}

/** The query string of the given values (empty ones left out), for links and CSV exports. */
export function queryString(values: Record<string, string | undefined>): string {
  const params = new URLSearchParams();
  for (const [k, v] of Object.entries(values)) if (v) params.set(k, v);
  return params.toString();
}
