import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { sampleWmo305 } from '@lib/iwmo/testing/sample-messages';
import { replayCommand, type ReplayLine } from './replay.command';
import { capture } from './testing/capture';

describe('iwmo replay', () => {
  let dir: string;
  let start: string;
  beforeAll(() => {
    dir = mkdtempSync(join(tmpdir(), 'iwmo-replay-'));
    // a start of toewijzingen that were never sent: TR019
    start = join(dir, 'wmo305.xml');
    writeFileSync(start, sampleWmo305());
  });
  afterAll(() => rmSync(dir, { recursive: true, force: true }));

  const replay = async (options: Parameters<typeof replayCommand>[1]) => {
    const out = capture();
    const code = await replayCommand([start], { today: '2026-04-01', ...options }, out.stream as typeof process.stdout);
    return { code, text: out.text() };
  };

  it('says its lines and summary in Dutch, and in English on request', async () => {
    const dutch = await replay({});
    expect(dutch.code).toBe(1);
    expect(dutch.text).toMatch(/^BEVINDINGEN {2}\S+wmo305\.xml \(WMO305, retourcode 9019\)\n {2}- \[rule TR019 9019\] \/Bericht\/Client\/StartProducten\/StartProduct\[1\]: /);
    expect(dutch.text).toMatch(/\n1 bericht: 0 geaccepteerd, 1 met bevindingen\n$/);
    const english = await replay({ lang: 'en' });
    expect(english.text).toMatch(/^FINDINGS \S+wmo305\.xml \(WMO305, retourcode 9019\)\n/);
    expect(english.text).toMatch(/\n1 message: 0 accepted, 1 with findings\n$/);
  });

  it('keeps the field names of --json and leaves the catalogue texts out', async () => {
    const [line] = (await replay({ json: true, lang: 'en' })).text.trim().split('\n').map((l) => JSON.parse(l) as ReplayLine);
    expect(Object.keys(line!)).toEqual(['file', 'message', 'accepted', 'retourcodes', 'errors']);
    expect(line).toMatchObject({ message: 'WMO305', accepted: false, retourcodes: ['9019'] });
    expect(Object.keys(line!.errors[0]!)).toEqual(['layer', 'code', 'rule', 'message', 'path', 'line']);
  });
});
