/**
 * Test data for the delivery specs: a webhook party, a message addressed to
 * it and its pending delivery. Imported by spec files only.
 */
import { randomBytes, randomUUID } from 'node:crypto';
import { createServer, type IncomingHttpHeaders } from 'node:http';
import type { AddressInfo } from 'node:net';
import { Database, DeliveryRepository, MessageRepository, PartyRepository, runMigrations, type Party } from '@lib/persistence';

export const WEBHOOK_SECRET = 'whsec_0123456789abcdef0123456789abcdef';

/** A message body with a BSN in it, as real ones have: it must never reach a log. */
export const BSN = '999990019';
export const MESSAGE_BODY = Buffer.from(
  `<?xml version="1.0" encoding="UTF-8"?>\n<Bericht xmlns="http://www.istandaarden.nl/iwmo/3_2/wmo301/schema"><Client><Bsn>${BSN}</Bsn></Client></Bericht>\n`,
);

export async function migrated(db: Database): Promise<Database> {
  await runMigrations(db, { log: () => undefined });
  return db;
}

/** An aanbieder (random AGB-code) receiving by webhook at url; mailbox when url is undefined. */
export async function createParty(db: Database, url?: string): Promise<Party> {
  const code = String(10_000_000 + (randomBytes(4).readUInt32BE() % 89_999_999));
  return new PartyRepository(db).create({
    role: 'aanbieder',
    code,
    name: `Zorgaanbieder ${code}`,
    deliveryChannel: url ? 'webhook' : 'mailbox',
    webhookUrl: url ?? null,
    webhookSecret: url ? WEBHOOK_SECRET : null,
  });
}

/** An accepted message for the party and its pending delivery (stamped as enqueued, as the gateway does). */
export async function createDelivery(db: Database, party: Party): Promise<{ deliveryId: string; messageId: string }> {
  const messageId = randomUUID();
  await new MessageRepository(db).insert({
    id: messageId, messageType: 'WMO301', kind: 'heen', submittedBy: null, recipientId: party.id,
    afzender: '0503', ontvanger: party.code, identificatie: randomBytes(4).toString('hex'), dagtekening: '2025-01-15',
    status: 'accepted', retourcodes: [], errors: [], raw: MESSAGE_BODY, sha256: 'x'.repeat(64), inReplyTo: null, madeByGateway: false,
  });
  const deliveryId = await new DeliveryRepository(db).create(messageId, party.id, party.deliveryChannel);
  return { deliveryId, messageId };
}

export interface ReceivedRequest {
  headers: IncomingHttpHeaders;
  body: Buffer;
}

export interface Receiver {
  readonly url: string;
  readonly requests: ReceivedRequest[];
  /** HTTP status for the n-th request (0-based); 'hang' never answers. */
  respond: (request: ReceivedRequest, n: number) => number | 'hang';
  close(): Promise<void>;
}

/** A real HTTP server on 127.0.0.1 standing in for a party's webhook. */
export async function startReceiver(respond: Receiver['respond'] = () => 200): Promise<Receiver> {
  const requests: ReceivedRequest[] = [];
  const receiver: { -readonly [K in keyof Receiver]: Receiver[K] } = { url: '', requests, respond, close: async () => undefined };
  const server = createServer((req, res) => {
    const chunks: Buffer[] = [];
    req.on('data', (chunk: Buffer) => chunks.push(chunk));
    req.on('end', () => {
      const request = { headers: req.headers, body: Buffer.concat(chunks) };
      const status = receiver.respond(request, requests.length);
      requests.push(request);
      if (status !== 'hang') res.writeHead(status, { 'Content-Type': 'text/plain' }).end(`status ${status}`);
    });
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  receiver.url = `http://127.0.0.1:${(server.address() as AddressInfo).port}/iwmo/inbox`;
  receiver.close = () =>
    new Promise<void>((resolve) => {
      server.closeAllConnections();
      server.close(() => resolve());
    });
  return receiver;
}
