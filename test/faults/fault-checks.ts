/**
 * What every fault test checks afterwards, in one place: every accepted
 * message is delivered exactly once to its receiver (counted at the
 * receiver), none is lost, and its status history is complete. Also the
 * parties and message helpers the fault specs share. No Jest assertions here
 * beyond `expect` on collected facts, so a failure names the message.
 */
import { createHash } from 'node:crypto';
import { request } from 'node:http';
import { Harness, waitFor, type HarnessOptions, type TestParty } from '../e2e/harness';
import { MessageFactory, type Chain } from '../e2e/messages';

export const DEADLINE_MS = 30_000;

export interface FaultRun {
  h: Harness;
  factory: MessageFactory;
  /** gemeente Delft, mailbox: sends the toewijzingen */
  delft: TestParty;
  /** an aanbieder with a webhook on the harness's receiver: receives them */
  hooked: TestParty;
}

/** A harness with Delft and a webhook aanbieder; fast retries so faults clear within seconds. */
export async function startFaultRun(name: string, options: Partial<HarnessOptions> = {}): Promise<FaultRun> {
  const h = await Harness.start({ name, deliveryAttempts: 20, deliveryBackoffMs: 100, webhookTimeoutMs: 5_000, ...options });
  try {
    const delft = await h.createParty('gemeente', '0503', 'Gemeente Delft');
    const hooked = await h.createParty('aanbieder', '23456789', 'Thuiszorg met webhook BV', 'webhook');
    return { h, factory: new MessageFactory(name.slice(0, 1).toUpperCase()), delft, hooked };
  } catch (error) {
    await h.teardown();
    throw error;
  }
}

export interface Sent {
  identificatie: string;
  xml: string;
  chain: Chain;
}

/** A new toewijzing (301) from Delft to the webhook aanbieder; not yet sent. */
export function newToewijzing(run: FaultRun): Sent {
  const chain = run.factory.chain(run.delft.party.code, run.hooked.party.code);
  const identificatie = run.factory.identificatie();
  return { identificatie, chain, xml: run.factory.toewijzing(chain, identificatie) };
}

export interface Answer {
  status: number;
  body: { id?: string; status?: string; retourcodes?: string[]; code?: string; detail?: string; title?: string };
  contentType: string;
}

/** POSTs a message on a connection of its own (no keep-alive pool): two calls are two TCP connections. */
export function postOnOwnConnection(h: Harness, key: string, xml: string, timeoutMs = DEADLINE_MS): Promise<Answer> {
  const url = new URL('/v1/berichten', h.gatewayUrl);
  return new Promise((resolve, reject) => {
    const req = request(url, {
      method: 'POST', agent: false, timeout: timeoutMs,
      headers: { authorization: `Bearer ${key}`, 'content-type': 'application/xml', 'content-length': Buffer.byteLength(xml), connection: 'close' },
    }, (res) => {
      const chunks: Buffer[] = [];
      res.on('data', (c: Buffer) => chunks.push(c));
      res.on('error', reject);
      res.on('end', () => {
        const text = Buffer.concat(chunks).toString('utf8');
        let body: Answer['body'];
        try {
          body = JSON.parse(text) as Answer['body'];
        } catch {
          body = { detail: text };
        }
        resolve({ status: res.statusCode ?? 0, body, contentType: String(res.headers['content-type'] ?? '') });
      });
    });
    req.on('timeout', () => req.destroy(new Error(`no answer within ${timeoutMs} ms`)));
    req.on('error', reject);
    req.end(xml);
  });
}

/** Sends a message that must be accepted; its id. */
export async function submitAccepted(run: FaultRun, sent: Sent = newToewijzing(run)): Promise<string> {
  const answer = await postOnOwnConnection(run.h, run.delft.key, sent.xml);
  if (answer.status !== 202 || !answer.body.id) throw new Error(`expected 202 for ${sent.identificatie}, got ${answer.status}: ${JSON.stringify(answer.body)}`);
  return answer.body.id;
}

/** The ids of the accepted messages with these Identificaties (as the gateway stored them). */
export async function acceptedIds(h: Harness, identificaties: string[]): Promise<Map<string, string>> {
  const { rows } = await h.database.query<{ id: string; identificatie: string }>(
    `SELECT id, identificatie FROM messages WHERE status = 'accepted' AND NOT made_by_gateway AND identificatie = ANY($1)`, [identificaties]);
  return new Map(rows.map((r) => [r.identificatie, r.id]));
}

/** Waits until none of these messages' webhook deliveries is pending any more. */
export async function waitSettled(h: Harness, messageIds: string[], timeoutMs = 60_000): Promise<void> {
  const pending = () => h.count(`SELECT count(*) AS n FROM deliveries WHERE message_id = ANY($1) AND channel = 'webhook' AND status = 'pending'`, [messageIds]);
  await waitFor(`${messageIds.length} message(s) to be delivered`, async () => (await pending()) === 0, {
    timeoutMs, intervalMs: 250,
    describeLast: async () => `${await pending()} still pending; receiver saw ${h.receiver!.requests.length} request(s); worker log:\n${h.worker.tail(12)}`,
  });
}

interface StatusView {
  status: string;
  deliveries: Array<{ id: string; status: string; attempts: number; channel: string }>;
  history: Array<{ at: string; event: string; detail: Record<string, unknown> }>;
}

/**
 * The "after each" checks for messages the sender was told were accepted
 * (and any others the gateway accepted): each stored as accepted once, with
 * one webhook delivery, delivered; exactly one request answered 2xx for that
 * delivery at the receiver, carrying the message byte for byte; no request at
 * the receiver for anything else; and a status history that tells the whole
 * story in order: received, validated, accepted, queued, attempts 1..n (all
 * but the last 'retry', the last 'delivered'), delivered once, never dead-lettered.
 */
export async function expectDeliveredExactlyOnce(run: FaultRun, messageIds: string[]): Promise<void> {
  const { h } = run;
  const receiver = h.receiver!;
  expect(new Set(messageIds).size).toBe(messageIds.length);
  // the body is sealed at rest: compare with the SHA-256 the gateway recorded of what it received
  const { rows } = await h.database.query<{ id: string; status: string; sha256: string; deliveries: string[] | null }>(
    `SELECT m.id, m.status, m.sha256, array_agg(d.id::text) FILTER (WHERE d.id IS NOT NULL) AS deliveries
       FROM messages m LEFT JOIN deliveries d ON d.message_id = m.id AND d.channel = 'webhook'
      WHERE m.id = ANY($1) GROUP BY m.id`, [messageIds]);
  const byId = new Map(rows.map((r) => [r.id, r]));
  const problems: string[] = [];
  for (const id of messageIds) {
    const row = byId.get(id);
    if (!row) {
      problems.push(`${id}: lost (not stored)`);
      continue;
    }
    if (row.status !== 'accepted') problems.push(`${id}: stored as ${row.status}`);
    const deliveries = row.deliveries ?? [];
    if (deliveries.length !== 1) {
      problems.push(`${id}: ${deliveries.length} webhook deliveries, expected 1`);
      continue;
    }
    const key = deliveries[0]!;
    const requests = receiver.forKey(key);
    const taken = requests.filter((r) => typeof r.outcome === 'number' && r.outcome >= 200 && r.outcome < 300);
    if (taken.length !== 1) problems.push(`${id}: the receiver took delivery ${key} ${taken.length} times (requests: ${requests.map((r) => r.outcome).join(', ') || 'none'})`);
    for (const r of requests) {
      if (!r.signature.valid) problems.push(`${id}: request ${r.seq} signature ${r.signature.reason}`);
      if (sha256(r.body) !== row.sha256) problems.push(`${id}: request ${r.seq} body differs from the message`);
    }
    problems.push(...(await historyProblems(run, id, key)));
  }
  // Nothing reached the receiver that the gateway does not know as a webhook delivery.
  const known = new Set((await h.database.query<{ id: string }>(`SELECT id FROM deliveries WHERE channel = 'webhook'`)).rows.map((r) => r.id));
  for (const key of receiver.distinctKeys()) if (!known.has(key)) problems.push(`receiver got unknown Idempotency-Key ${key}`);
  expect(problems).toEqual([]);
}

async function historyProblems(run: FaultRun, messageId: string, deliveryId: string): Promise<string[]> {
  const response = await run.h.get(run.delft.key, `/v1/berichten/${messageId}`);
  if (response.status !== 200) return [`${messageId}: status view answered ${response.status}`];
  const view = (await response.json()) as StatusView;
  const problems: string[] = [];
  const events = view.history.map((e) => e.event);
  const say = (what: string) => problems.push(`${messageId}: ${what} (history: ${events.join(', ')})`);
  const firsts = ['received', 'validated', 'accepted', 'queued'];
  if (events.slice(0, 4).join() !== firsts.join()) say(`does not start with ${firsts.join(', ')}`);
  const attempts = view.history.filter((e) => e.event.startsWith('delivery attempt '));
  const numbers = attempts.map((e) => Number(e.event.slice('delivery attempt '.length)));
  if (numbers.join() !== numbers.map((_, i) => i + 1).join() || numbers.length === 0) say(`attempts ${numbers.join(',')} are not 1..n`);
  const outcomes = attempts.map((e) => e.detail.outcome);
  // before the delivered one: retried answers, and attempts a dying worker cut off
  if (outcomes[outcomes.length - 1] !== 'delivered' || outcomes.slice(0, -1).some((o) => o !== 'retry' && o !== 'interrupted')) say(`attempt outcomes ${outcomes.join(',')}`);
  if (events.filter((e) => e === 'delivered').length !== 1) say('not exactly one delivered event');
  if (events.includes('dead-lettered')) say('dead-lettered');
  if (events[events.length - 1] !== 'delivered') say('delivered is not the last event');
  const delivery = view.deliveries.find((d) => d.id === deliveryId);
  if (!delivery || delivery.status !== 'delivered' || delivery.attempts !== numbers.length) say(`delivery ${JSON.stringify(delivery)} does not match ${numbers.length} attempts`);
  const times = view.history.map((e) => Date.parse(e.at));
  if (times.some((t, i) => i > 0 && t < times[i - 1]!)) say('events out of order');
  return problems;
}

/** Rows the ingest of a message writes in one transaction: the message, its events, its delivery and toewijzing state. */
export async function rowsLeftBy(h: Harness, sent: Sent[]): Promise<{ messages: number; events: number; deliveries: number; state: number }> {
  const ids = sent.map((s) => s.identificatie);
  const nummers = sent.flatMap((s) => [...s.chain.toewijzingNummers]);
  const messages = `SELECT id FROM messages WHERE identificatie = ANY($1)`;
  return {
    messages: await h.count(`SELECT count(*) AS n FROM (${messages}) m`, [ids]),
    // the events of ingest (the worker adds 'delivered' later)
    events: await h.count(`SELECT count(*) AS n FROM message_events WHERE message_id IN (${messages}) AND event IN ('received', 'validated', 'accepted', 'queued', 'rejected')`, [ids]),
    deliveries: await h.count(`SELECT count(*) AS n FROM deliveries WHERE message_id IN (${messages})`, [ids]),
    state: await h.count(`SELECT count(*) AS n FROM toegewezen_product_versions WHERE toewijzing_nummer = ANY($1)`, [nummers]),
  };
}

const sha256 = (b: Buffer) => createHash('sha256').update(b).digest('hex');
