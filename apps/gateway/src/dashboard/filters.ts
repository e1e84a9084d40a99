import { BadRequestException } from '@nestjs/common';
import { saying, text, type Text } from '@lib/i18n';
import { MESSAGE_TYPES } from '@lib/iwmo';
import { dutchToday } from '@lib/rules';
import { BRONNEN, type Bron, type Granularity, type MessageFilter, type MoneyFilter, type MoneySplit, type Outcome } from '@lib/persistence';
import { addDays } from './working-days';

/** Query parameters as Express gives them. */
export type Query = Record<string, unknown>;

const DATE = /^\d{4}-\d{2}-\d{2}$/;
const MONTH = /^\d{4}-\d{2}$/;

const refuse = (said: Text): never => {
  throw saying((m) => new BadRequestException(m), said);
};

function single(query: Query, name: string): string | undefined {
  const value = query[name];
  if (value === undefined || value === '') return undefined;
  if (typeof value !== 'string') refuse(text('dashboard.filters.once', { name }));
  return (value as string).trim() || undefined;
}

function matching(query: Query, name: string, pattern: RegExp, what: Text): string | undefined {
  const value = single(query, name);
  if (value !== undefined && !pattern.test(value)) refuse(text('dashboard.filters.not-a', { name, value, what }));
  return value;
}

function oneOf<T extends string>(query: Query, name: string, allowed: readonly T[]): T | undefined {
  const value = single(query, name);
  if (value !== undefined && !allowed.includes(value as T)) refuse(text('dashboard.filters.not-one-of', { name, value, allowed: allowed.join(', ') }));
  return value as T | undefined;
}

function validDate(name: string, value: string): string {
  if (Number.isNaN(Date.parse(`${value}T00:00:00Z`)) || new Date(`${value}T00:00:00Z`).toISOString().slice(0, 10) !== value) {
    refuse(text('dashboard.filters.not-a-calendar-date', { name, value }));
  }
  return value;
}

const A_DATE = text('dashboard.filters.what.date');
const A_MONTH = text('dashboard.filters.what.month');
const A_GEMEENTECODE = text('dashboard.filters.what.gemeentecode');
const AN_AGB_CODE = text('dashboard.filters.what.agb-code');

export const MESSAGE_TYPE_CODES = Object.keys(MESSAGE_TYPES).sort();
export const GRANULARITIES: readonly Granularity[] = ['day', 'week', 'month'];
export const OUTCOMES: readonly Outcome[] = ['accepted', 'rejected'];
export const SPLITS: readonly MoneySplit[] = ['totaal', 'resultaatgebied', 'aanbieder', 'aannemer'];

/** The message filters of Flows and Rejects (bron: Rejects only); the period defaults to the last `defaultDays` days. */
export function parseMessageFilter(query: Query, defaultDays: number, today = dutchToday()): MessageFilter & { granularity: Granularity; retourcode?: string; bron?: Bron } {
  const to = validDate('to', matching(query, 'to', DATE, A_DATE) ?? today);
  const from = validDate('from', matching(query, 'from', DATE, A_DATE) ?? addDays(to, -(defaultDays - 1)));
  if (from > to) refuse(text('dashboard.filters.from-after-to', { from, to }));
  if (Date.parse(to) - Date.parse(from) > 3 * 366 * 86_400_000) refuse(text('dashboard.filters.at-most-three-years'));
  return {
    from,
    to,
    type: oneOf(query, 'type', MESSAGE_TYPE_CODES),
    gemeente: matching(query, 'gemeente', /^\d{4}$/, A_GEMEENTECODE),
    aanbieder: matching(query, 'aanbieder', /^\d{8}$/, AN_AGB_CODE),
    outcome: oneOf(query, 'outcome', OUTCOMES),
    granularity: oneOf(query, 'granularity', GRANULARITIES) ?? 'day',
    retourcode: matching(query, 'retourcode', /^[0-9A-Z]{4}$/, text('dashboard.filters.what.retourcode')),
    bron: oneOf(query, 'bron', BRONNEN),
  };
}

/** The money filters: calendar months, default the last 12 including this one. */
export function parseMoneyFilter(query: Query, today = dutchToday()): MoneyFilter & { split: MoneySplit } {
  const toMonth = matching(query, 'to', MONTH, A_MONTH) ?? today.slice(0, 7);
  const [y, m] = [Number(toMonth.slice(0, 4)), Number(toMonth.slice(5, 7))];
  const defaultFrom = m === 12 ? `${y}-01` : `${y - 1}-${String(m + 1).padStart(2, '0')}`;
  const fromMonth = matching(query, 'from', MONTH, A_MONTH) ?? defaultFrom;
  const from = validDate('from', `${fromMonth}-01`);
  const to = validDate('to', `${toMonth}-01`);
  if (from > to) refuse(text('dashboard.filters.from-after-to', { from: fromMonth, to: toMonth }));
  if ((Number(toMonth.slice(0, 4)) - Number(fromMonth.slice(0, 4))) * 12 + Number(toMonth.slice(5)) - Number(fromMonth.slice(5)) >= 36) {
    refuse(text('dashboard.filters.at-most-36-months'));
  }
  return {
    from,
    to,
    gemeente: matching(query, 'gemeente', /^\d{4}$/, A_GEMEENTECODE),
    aanbieder: matching(query, 'aanbieder', /^\d{8}$/, AN_AGB_CODE),
    split: oneOf(query, 'split', SPLITS) ?? 'totaal',
  };
}

/** The query string of the given values (empty ones left out), for links and CSV exports. */
export function queryString(values: Record<string, string | undefined>): string {
  const params = new URLSearchParams();
  for (const [k, v] of Object.entries(values)) if (v) params.set(k, v);
  return params.toString();
}
