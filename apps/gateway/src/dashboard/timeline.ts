import type { Lang } from '@lib/i18n';
import { sayIn, type Say } from './lang';
import { maskBsnsInText } from './privacy';

/**
 * A message's status history as a clerk reads it: each event in words, its details as a short
 * sentence instead of JSON, in the page's language. Event names are those of message_events (the
 * API's history); one the dashboard does not know is shown as it is.
 */
const EVENT_LABELS = {
  received: 'dashboard.timeline.event.received',
  validated: 'dashboard.timeline.event.validated',
  accepted: 'dashboard.timeline.event.accepted',
  rejected: 'dashboard.timeline.event.rejected',
  queued: 'dashboard.timeline.event.queued',
  'in mailbox': 'dashboard.timeline.event.in-mailbox',
  delivered: 'dashboard.timeline.event.delivered',
  fetched: 'dashboard.timeline.event.fetched',
  acked: 'dashboard.timeline.event.acked',
  answered: 'dashboard.timeline.event.answered',
  created: 'dashboard.timeline.event.created',
  retourbericht: 'dashboard.timeline.event.retourbericht',
  'dead-lettered': 'dashboard.timeline.event.dead-lettered',
} as const;

const known = <T extends object>(labels: T, name: string): name is Extract<keyof T, string> => Object.prototype.hasOwnProperty.call(labels, name);

export function eventLabel(event: string, lang: Lang): string {
  const say = sayIn(lang);
  const attempt = /^delivery attempt (\d+)$/.exec(event);
  if (attempt) return say('dashboard.timeline.delivery-attempt', { n: Number(attempt[1]) });
  return known(EVENT_LABELS, event) ? say(EVENT_LABELS[event]) : event;
}

type Detail = Record<string, unknown>;

/** The parts of an event's detail worth reading; unknown fields as "name: value". */
const DETAIL_PARTS: Array<[key: string, tell: (value: unknown, say: Say) => string | undefined]> = [
  ['by', (v, say) => say('dashboard.timeline.by', { party: String(v) })],
  ['to', (v, say) => say('dashboard.timeline.to', { party: String(v) })],
  ['message', (v) => String(v)],
  ['bytes', (v, say) => say('dashboard.timeline.bytes', { n: Number(v) })],
  ['retourcodes', (v, say) => (Array.isArray(v) && v.length ? say('dashboard.timeline.retourcodes', { n: v.length, codes: v.join(' ') }) : undefined)],
  ['errors', (v, say) => say('dashboard.timeline.errors', { n: Number(v) })],
  ['rejectedPrestaties', (v, say) => say('dashboard.timeline.rejected-prestaties', { n: Number(v) })],
  ['outcome', (v) => String(v)],
  ['httpStatus', (v) => (v === null ? undefined : `HTTP ${String(v)}`)],
  ['durationMs', (v) => (v === null ? undefined : `${String(v)} ms`)],
  ['attempt', (v, say) => say('dashboard.timeline.attempt', { n: Number(v) })],
  ['error', (v, say) => (v ? say('dashboard.timeline.error', { error: String(v) }) : undefined)],
  ['declaratieAntwoord', (v, say) => say('dashboard.timeline.declaratie-antwoord', { id: String(v) })],
  ['inReplyTo', (v, say) => say('dashboard.timeline.in-reply-to', { id: String(v) })],
  ['id', (v, say) => say('dashboard.timeline.message', { id: String(v) })],
  ['deliveryId', (v, say) => say('dashboard.timeline.delivery', { id: String(v) })],
];
const KNOWN = new Set(DETAIL_PARTS.map(([key]) => key));

export function eventDetail(detail: Detail, lang: Lang): string {
  const say = sayIn(lang);
  const parts = DETAIL_PARTS.flatMap(([key, tell]) => (key in detail && detail[key] !== undefined ? [tell(detail[key], say)] : [])).filter(Boolean);
  const rest = Object.entries(detail).filter(([key]) => !KNOWN.has(key)).map(([key, value]) => `${key}: ${typeof value === 'string' ? value : JSON.stringify(value)}`);
  return maskBsnsInText([...parts, ...rest].join(', '));
}

const DELIVERY_STATUS_LABELS = {
  pending: 'dashboard.timeline.delivery.pending', fetched: 'dashboard.timeline.delivery.fetched', delivered: 'dashboard.timeline.delivery.delivered',
  acked: 'dashboard.timeline.delivery.acked', dead: 'dashboard.timeline.delivery.dead',
} as const;
const ATTEMPT_OUTCOME_LABELS = {
  started: 'dashboard.timeline.attempt.started', interrupted: 'dashboard.timeline.attempt.interrupted', delivered: 'dashboard.timeline.attempt.delivered',
  retry: 'dashboard.timeline.attempt.retry', failed: 'dashboard.timeline.attempt.failed',
} as const;

export const deliveryStatusLabel = (status: string, lang: Lang): string =>
  known(DELIVERY_STATUS_LABELS, status) ? sayIn(lang)(DELIVERY_STATUS_LABELS[status]) : status;
export const attemptOutcomeLabel = (outcome: string, lang: Lang): string =>
  known(ATTEMPT_OUTCOME_LABELS, outcome) ? sayIn(lang)(ATTEMPT_OUTCOME_LABELS[outcome]) : outcome;
