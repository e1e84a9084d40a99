/**
 * Privacy: no log line of the gateway or the worker holds a full BSN. Runs
 * messages with known BSNs through both apps at their most verbose log level,
 * the good path and the bad ones (delivery retries and a dead letter, a
 * duplicate, rule and schema rejections, a refused sender, an unconnected
 * receiver, a BSN failing the 11-proef), then reads every log file of the run
 * for those BSNs and for any other 9-digit number that passes the 11-proef.
 */
import { readFileSync } from 'node:fs';
import { basename } from 'node:path';
import { validateTestEnv } from '@lib/config';
import { waitFor } from '../e2e/harness';
import { bsn } from '../e2e/messages';
import { DEADLINE_MS, postOnOwnConnection, startFaultRun, waitSettled, type FaultRun } from './fault-checks';

const { databaseUrl } = validateTestEnv();

/** The 11-proef of a BSN: 9*d1 + 8*d2 + ... + 2*d8 - d9 divisible by 11 (and not all zeros). */
function passesElfproef(digits: string): boolean {
  if (!/^\d{9}$/.test(digits) || /^0+$/.test(digits)) return false;
  const d = [...digits].map(Number);
  const sum = d.slice(0, 8).reduce((s, x, i) => s + x * (9 - i), 0) - d[8]!;
  return sum % 11 === 0;
}

(databaseUrl ? describe : describe.skip)('privacy: no full BSN in any log', () => {
  let run: FaultRun;

  beforeAll(async () => {
    run = await startFaultRun('bsn-logs', { logLevel: 'verbose', deliveryAttempts: 3 });
  }, 60_000);
  afterAll(async () => {
    await run?.h.teardown();
  }, 30_000);

  it('writes no BSN of the messages, nor any other 11-proef number, to the logs of the gateway and the worker', async () => {
    const { h, factory, delft, hooked } = run;
    const receiver = h.receiver!;
    const mailboxAanbieder = await h.createParty('aanbieder', '12345678', 'Zorg BV');
    const bsns: string[] = [];
    const notBsns: string[] = [];
    const chain = (aanbieder = hooked.party.code) => {
      const c = factory.chain(delft.party.code, aanbieder);
      bsns.push(c.bsn);
      notBsns.push(...c.toewijzingNummers);
      return c;
    };
    const post = async (key: string, xml: string) => postOnOwnConnection(h, key, xml);
    const accepted: string[] = [];

    // Accepted, delivered after two 500s (retries are logged).
    receiver.failNext(2, 500);
    const a = chain();
    const toewijzing = factory.toewijzing(a);
    const first = await post(delft.key, toewijzing);
    expect(first.status).toBe(202);
    accepted.push(first.body.id!);
    // Delivered before the receiver is told to refuse the dead letter below (its answers are taken in order).
    await waitSettled(h, accepted);
    // Its start and a declaratie, from the aanbieder to Delft's mailbox.
    expect((await post(hooked.key, factory.start(a))).status).toBe(202);
    expect((await post(hooked.key, factory.declaratie(a))).status).toBe(202);
    // The same toewijzing again: 9056.
    expect((await post(delft.key, toewijzing)).body.retourcodes).toContain('9056');
    // A start without a toewijzing: rejected by the rules.
    expect((await post(mailboxAanbieder.key, factory.start(chain(mailboxAanbieder.party.code)))).status).toBe(422);
    // A schema violation next to the BSN.
    const schema = factory.toewijzing(chain()).replace(/(<(\w+:)?Datum>)[^<]*/, '$1not-a-date');
    expect((await post(delft.key, schema)).status).toBe(422);
    // A BSN that fails the 11-proef (CS: the message names it to the sender; the logs must not).
    const badBsn = '123456780';
    expect(passesElfproef(badBsn)).toBe(false);
    bsns.push(badBsn);
    const c = chain();
    expect((await post(delft.key, factory.toewijzing(c).replace(new RegExp(c.bsn, 'g'), badBsn))).status).toBe(422);
    // An aanbieder sending a toewijzing: refused (403).
    expect((await post(hooked.key, factory.toewijzing(chain()))).status).toBe(403);
    // To an aanbieder not connected to the gateway (IB010).
    expect((await post(delft.key, factory.toewijzing(chain('99999999')))).status).toBe(422);
    // Dead-lettered: the receiver refuses it for good (400).
    receiver.failNext(1, 400);
    const dead = await post(delft.key, factory.toewijzing(chain()));
    expect(dead.status).toBe(202);
    await waitFor('the dead letter', async () => (await h.count(`SELECT count(*) AS n FROM deliveries WHERE message_id = $1 AND status = 'dead'`, [dead.body.id])) === 1, { timeoutMs: DEADLINE_MS });
    expect(await h.count(`SELECT count(*) AS n FROM deliveries WHERE message_id = $1 AND status = 'delivered'`, [first.body.id])).toBe(1);

    const files = h.logFiles();
    expect(files.map((f) => basename(f)).sort()).toEqual(['gateway.log', 'redis.log', 'worker.log']);
    // The scan finds what it looks for: a planted line is caught both ways.
    expect(leaksIn('x.log', `masked ******${bsns[0]!.slice(6)}, full ${bsns[0]} and ${bsn(4242)}`, bsns, notBsns)).toHaveLength(2);
    const leaks = files.flatMap((file) => leaksIn(basename(file), readFileSync(file, 'utf8'), bsns, notBsns));
    // The logs are not empty: the run was logged (verbose), just without BSNs.
    expect(files.map((f) => readFileSync(f, 'utf8').length).every((n) => n > 0)).toBe(true);
    expect(h.worker.log()).toMatch(/will retry/);
    expect(leaks).toEqual([]);
    // What was looked for did pass through: the messages are on record, their bodies sealed (no BSN in plaintext).
    expect(await h.count(`SELECT count(*) AS n FROM messages WHERE NOT made_by_gateway`)).toBeGreaterThan(0);
    expect(await h.count(`SELECT count(*) AS n FROM messages WHERE position($1::bytea IN raw) > 0`, [Buffer.from(bsns[0]!)])).toBe(0);
  }, 120_000);
});

/** Lines holding one of the known BSNs in full, or another 9-digit number passing the 11-proef that is not known to be something else. */
function leaksIn(file: string, text: string, bsns: string[], notBsns: string[]): string[] {
  const leaks: string[] = [];
  for (const [i, line] of text.split('\n').entries()) {
    for (const known of bsns) if (line.includes(known)) leaks.push(`${file}:${i + 1}: BSN ${known}: ${line.slice(0, 200)}`);
    for (const [number] of line.matchAll(/(?<![0-9A-Za-z])\d{9}(?![0-9A-Za-z])/g)) {
      if (passesElfproef(number) && !notBsns.includes(number) && !bsns.includes(number)) leaks.push(`${file}:${i + 1}: 11-proef number ${number}: ${line.slice(0, 200)}`);
    }
  }
  return leaks;
}
