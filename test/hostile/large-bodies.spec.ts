/**
 * Hostile bodies just under the 25 MB limit (issue 12, "No stall"): a 24 MB
 * comment and a 20 MB attribute value in a valid WMO301 are refused with
 * XML-LIMIT and kept as rejected messages, while GET /health/live keeps
 * answering. How long each step takes is bench/hostile-25mb.bench.ts's
 * business; here only that the gateway answers at all within a generous bound.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { validateTestEnv } from '@lib/config';
import { FIXTURES_DIR, HostileApp, verdictOf } from './hostile-app';

const { redisUrl } = validateTestEnv();
const MIB = 1024 * 1024;
const fixture = readFileSync(join(FIXTURES_DIR, 'wmo301', 'ok', 'toewijzing-delft-orh-en-begeleiding.xml'), 'utf8');

/** The fixture (sent by gemeente 0503) with `insert` right after the first `marker`. */
function withInserted(marker: string, insert: Buffer): Buffer {
  const at = fixture.indexOf(marker) + marker.length;
  return Buffer.concat([Buffer.from(fixture.slice(0, at)), insert, Buffer.from(fixture.slice(at))]);
}

(redisUrl ? describe : describe.skip)('hostile bodies just under the 25 MB limit', () => {
  let app: HostileApp;

  beforeAll(async () => {
    app = await HostileApp.start(redisUrl!);
  }, 60_000);
  afterAll(async () => {
    await app?.stop();
  }, 30_000);

  it.each([
    ['a 24 MB comment', withInserted('<wmo301:Client>', Buffer.concat([Buffer.from('<!--'), Buffer.alloc(24 * MIB, 'x'), Buffer.from('-->')])), /commentaar van 25165824 bytes/],
    ['a 20 MB attribute value', withInserted('<wmo301:Commentaar', Buffer.concat([Buffer.from(' reden="'), Buffer.alloc(20 * MIB, 'A'), Buffer.from('"')])), /attribuutwaarde van 20971520 bytes/],
  ])('refuses %s with XML-LIMIT, keeps it as a rejected message, and /health/live answers meanwhile', async (_what, body, reason) => {
    let answered = false;
    const liveWhileBusy: number[] = [];
    const polling = (async () => {
      while (!answered) {
        const live = await app.request('GET', '/health/live');
        if (!answered) liveWhileBusy.push(live.status);
        await new Promise((resolve) => setTimeout(resolve, 50));
      }
    })();
    const answer = await app.post(app.key('0503'), body);
    answered = true;
    await polling;

    const verdict = verdictOf(answer, [422]);
    if (verdict.kind !== 'retour') throw new Error(`expected a retour verdict, got ${answer.text}`);
    expect(verdict.body.errors[0]!.code).toBe('XML-LIMIT');
    expect(verdict.body.errors[0]!.message).toMatch(reason);
    expect(await app.count(`SELECT count(*) AS n FROM messages WHERE id = $1 AND status = 'rejected' AND size_bytes = $2`, [verdict.body.id, body.length])).toBe(1);
    expect(liveWhileBusy.length).toBeGreaterThan(0);
    expect(liveWhileBusy.every((status) => status === 200)).toBe(true);
  });
});
