import { maskBsnsInText } from './privacy';

/**
 * A message's status history as a clerk reads it: each event in words, its details as a short
 * sentence instead of JSON. Event names are those of message_events (the API's history).
 */
const EVENT_LABELS: Record<string, string> = {
  received: 'ontvangen',
  validated: 'gecontroleerd',
  accepted: 'geaccepteerd',
  rejected: 'afgekeurd',
  queued: 'klaargezet voor aflevering (webhook)',
  'in mailbox': 'in de brievenbus gezet',
  delivered: 'afgeleverd',
  fetched: 'opgehaald',
  acked: 'ontvangst bevestigd',
  answered: 'beantwoord',
  created: 'gemaakt door de gateway',
  retourbericht: 'retourbericht gemaakt door de gateway',
  'dead-lettered': 'aflevering opgegeven',
};

export function eventLabel(event: string): string {
  const attempt = /^delivery attempt (\d+)$/.exec(event);
  return attempt ? `afleverpoging ${attempt[1]}` : (EVENT_LABELS[event] ?? event);
}

type Detail = Record<string, unknown>;

/** The parts of an event's detail worth reading, in Dutch; unknown fields as "name: value". */
const DETAIL_PARTS: Array<[key: string, say: (value: unknown, detail: Detail) => string | undefined]> = [
  ['by', (v) => `door ${String(v)}`],
  ['to', (v) => `aan ${String(v)}`],
  ['message', (v) => String(v)],
  ['bytes', (v) => `${Number(v).toLocaleString('nl-NL')} bytes`],
  ['retourcodes', (v) => (Array.isArray(v) && v.length ? `retourcode${v.length === 1 ? '' : 's'} ${v.join(' ')}` : undefined)],
  ['errors', (v) => `${String(v)} fout${v === 1 ? '' : 'en'}`],
  ['rejectedPrestaties', (v) => `${String(v)} prestatie${v === 1 ? '' : 's'} afgewezen`],
  ['outcome', (v) => String(v)],
  ['httpStatus', (v) => (v === null ? undefined : `HTTP ${String(v)}`)],
  ['durationMs', (v) => (v === null ? undefined : `${String(v)} ms`)],
  ['attempt', (v) => `poging ${String(v)}`],
  ['error', (v) => (v ? `fout: ${String(v)}` : undefined)],
  ['declaratieAntwoord', (v) => `antwoord ${String(v)}`],
  ['inReplyTo', (v) => `antwoord op ${String(v)}`],
  ['id', (v) => `bericht ${String(v)}`],
  ['deliveryId', (v) => `aflevering ${String(v)}`],
];
const KNOWN = new Set(DETAIL_PARTS.map(([key]) => key));

export function eventDetail(detail: Detail): string {
  const parts = DETAIL_PARTS.flatMap(([key, say]) => (key in detail && detail[key] !== undefined ? [say(detail[key], detail)] : [])).filter(Boolean);
  const rest = Object.entries(detail).filter(([key]) => !KNOWN.has(key)).map(([key, value]) => `${key}: ${typeof value === 'string' ? value : JSON.stringify(value)}`);
  return maskBsnsInText([...parts, ...rest].join(', '));
}

const DELIVERY_STATUS_LABELS: Record<string, string> = {
  pending: 'wacht op aflevering', fetched: 'opgehaald', delivered: 'afgeleverd', acked: 'bevestigd', dead: 'opgegeven',
};
const ATTEMPT_OUTCOME_LABELS: Record<string, string> = {
  started: 'bezig', interrupted: 'afgebroken (de worker stopte)', delivered: 'afgeleverd', retry: 'mislukt, wordt opnieuw geprobeerd', failed: 'mislukt, opgegeven',
};

export const deliveryStatusLabel = (status: string): string => DELIVERY_STATUS_LABELS[status] ?? status;
export const attemptOutcomeLabel = (outcome: string): string => ATTEMPT_OUTCOME_LABELS[outcome] ?? outcome;
