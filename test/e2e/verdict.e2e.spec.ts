/**
 * End to end, the gateway's verdict from sender to receiver (issue 11): the built gateway and
 * worker on real PostgreSQL and Redis over HTTP, Delft on a webhook, the aanbieders on mailboxes.
 * A forged retourbericht, an orphan and a second 325, a declaratie of which every prestatie is
 * rejected (and its month built again), one partly rejected as the gemeente receives it, the
 * gemeente's 325 that would judge a rejected prestatie again, the money, and the mailbox's
 * fetched and idempotent ack.
 * Logs of the apps, and transcript.md with every request and answer of the cases:
 * test-artifacts/e2e/verdict-<time>-<pid>/.
 */
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { validateTestEnv } from '@lib/config';
import { Harness, REPO_ROOT, waitFor, type ReceivedRequest, type TestParty } from './harness';
import { MessageFactory, withHeader, type Chain } from './messages';

const { databaseUrl } = validateTestEnv();
const DEADLINE_MS = 30_000;

interface Answer {
  id: string;
  status: 'accepted' | 'rejected';
  retourcodes: string[];
  errors: Array<{ code: string; rule?: string; message: string; path: string | null }>;
  retourbericht: { id: string; message: string } | null;
}
interface Status {
  status: string;
  inReplyTo: string | null;
  deliveries: Array<{ id: string; to: string; channel: string; status: string }>;
  history: Array<{ event: string; detail: Record<string, unknown> }>;
  verdict?: { outcome: string; rejectedPrestaties: Array<{ path: string; retourcodes: string[] }>; rejectedPrestatieCount: number; declaratieAntwoord: string | null };
}

const fixture = (message: string, file: string) => readFileSync(join(REPO_ROOT, 'test', 'fixtures', message, 'ok', file), 'utf8');
const PRESTATIE_1 = '/Bericht/Declaratie/Clienten/Client[1]/Prestaties/Prestatie[1]';
const PRESTATIE_2 = '/Bericht/Declaratie/Clienten/Client[1]/Prestaties/Prestatie[2]';

/** The n-th (1-based) Prestatie element of a declaratie, changed by `change`. */
function changePrestatie(xml: string, n: number, change: (prestatie: string) => string): string {
  let seen = 0;
  return xml.replace(/<((?:\w+:)?)Prestatie>[\s\S]*?<\/\1Prestatie>/g, (p) => (++seen === n ? change(p) : p));
}
const setIn = (xml: string, name: string, value: string) => xml.replace(new RegExp(`(<(?:\\w+:)?${name}>)[^<]*(</)`), `$1${value}$2`);
const headerValue = (xml: string, name: string) => new RegExp(`<(?:\\w+:)?${name}>([^<]*)</`).exec(xml)![1]!;

(databaseUrl ? describe : describe.skip)('the verdict end to end (real apps, PostgreSQL, Redis, HTTP)', () => {
  let h: Harness;
  let delft: TestParty; // gemeente, webhook
  let aanbieder: TestParty; // mailbox
  let forger: TestParty; // another aanbieder, mailbox
  const factory = new MessageFactory('V');
  /** every POST /v1/berichten of the cases with its answer, for transcript.md */
  const transcript: string[] = [];

  beforeAll(async () => {
    h = await Harness.start({ name: 'verdict', deliveryBackoffMs: 100, deliveryAttempts: 5, webhookTimeoutMs: 5_000 });
    delft = await h.createParty('gemeente', '0503', 'Gemeente Delft', 'webhook');
    aanbieder = await h.createParty('aanbieder', '12345678', 'Zorg BV');
    forger = await h.createParty('aanbieder', '11223344', 'Andere Zorg BV');
  }, 60_000);
  afterAll(async () => {
    if (h) writeFileSync(join(h.artifacts, 'transcript.md'), transcript.join('\n'));
    await h?.teardown();
  }, 30_000);

  async function post(key: string, xml: string): Promise<{ http: number; body: Answer }> {
    const response = await h.post(key, xml);
    const body = (await response.json()) as Answer;
    const party = [delft, aanbieder, forger].find((p) => p.key === key)?.party.code;
    const type = /<(?:\w+:)?BerichtCode>(\d+)</.exec(xml)?.[1];
    transcript.push(
      `### ${expect.getState().currentTestName}\n\nPOST /v1/berichten as ${party} (BerichtCode ${type}, Identificatie ${headerValue(xml, 'Identificatie')}` +
        `${/DeclaratieIdentificatie/.test(xml) ? `, DeclaratieIdentificatie ${/<(?:\w+:)?DeclaratieIdentificatie>\s*<(?:\w+:)?Identificatie>([^<]*)/.exec(xml)?.[1]}` : ''})\n\n` +
        `HTTP ${response.status}\n\n\`\`\`json\n${JSON.stringify(body, null, 2)}\n\`\`\`\n`,
    );
    return { http: response.status, body };
  }
  async function accepted(key: string, xml: string): Promise<Answer> {
    const { http, body } = await post(key, xml);
    if (http !== 202) throw new Error(`expected 202, got ${http}: ${JSON.stringify(body)}`);
    return body;
  }
  async function status(key: string, id: string): Promise<Status> {
    const response = await h.get(key, `/v1/berichten/${id}`);
    expect(response.status).toBe(200);
    return (await response.json()) as Status;
  }
  /** Delft's webhook requests for a message, once there is one. */
  const webhookOf = (messageId: string): Promise<ReceivedRequest> =>
    waitFor(`Delft's webhook to receive ${messageId}`, async () => h.receiver!.requests.find((r) => r.headers['x-iwmo-message-id'] === messageId && r.outcome === 200), {
      timeoutMs: DEADLINE_MS, intervalMs: 100,
    });

  /** A chain with its toewijzing (301) and start (305) accepted, ready to be declared. */
  async function startedChain(): Promise<{ chain: Chain; toewijzing: Answer; toewijzingXml: string }> {
    const chain = factory.chain(delft.party.code, aanbieder.party.code);
    const toewijzingXml = factory.toewijzing(chain);
    const toewijzing = await accepted(delft.key, toewijzingXml);
    await accepted(aanbieder.key, factory.start(chain));
    return { chain, toewijzing, toewijzingXml };
  }
  /** The 323 with prestatie 1 at a tarief that is not the contracted one (TR418, 0611). */
  const wrongTarief = (xml: string) =>
    setIn(changePrestatie(xml, 1, (p) => setIn(setIn(p, 'ProductTarief', '25400'), 'Bedrag', '25400')), 'TotaalBedrag', '86600');
  /** ... and prestatie 2 on a ToewijzingNummer that was never assigned (TR338, 9338). */
  const neverAssigned = (xml: string) => changePrestatie(xml, 2, (p) => setIn(p, 'ToewijzingNummer', '999999999'));

  /** Delft's 325 on a declaratie: DeclaratieIdentificatie and -Nummer as told, the rest from the fixture. */
  function antwoord(declaratieXml: string, over: { declaratieIdentificatie?: string; body?: (xml: string) => string } = {}): string {
    let xml = withHeader(fixture('wmo325', 'declaratie-antwoord-delft-volledig-toegekend.xml'), { afzender: '0503', ontvanger: aanbieder.party.code, identificatie: factory.identificatie() });
    const declaratieIdentificatie = over.declaratieIdentificatie ?? headerValue(declaratieXml, 'Identificatie');
    xml = xml.replace(/(<(?:\w+:)?DeclaratieIdentificatie>\s*<(?:\w+:)?Identificatie>)[^<]*/, `$1${declaratieIdentificatie}`);
    xml = xml.replace(/(<(?:\w+:)?DeclaratieIdentificatie>[\s\S]*?<(?:\w+:)?Dagtekening>)[^<]*/, `$1${headerValue(declaratieXml, 'Dagtekening')}`);
    xml = setIn(xml, 'DeclaratieNummer', headerValue(declaratieXml, 'DeclaratieNummer'));
    return over.body ? over.body(xml) : xml;
  }

  it('case 3: refuses a 302 forged by another aanbieder (RETOUR-HEENBERICHT), then accepts the genuine one once (CC11)', async () => {
    const chain = factory.chain(delft.party.code, aanbieder.party.code);
    const toewijzingXml = factory.toewijzing(chain);
    const toewijzing = await accepted(delft.key, toewijzingXml);
    const heen = { afzender: '0503', identificatie: headerValue(toewijzingXml, 'Identificatie'), dagtekening: headerValue(toewijzingXml, 'Dagtekening') };
    const retour = (ontvanger: string) =>
      withHeader(fixture('wmo302', 'toewijzing-retour-delft-akkoord.xml'), { ...heen, ontvanger })
        .replaceAll('999990019', chain.bsn).replaceAll('>260101<', `>${chain.toewijzingNummers[0]}<`).replaceAll('>260102<', `>${chain.toewijzingNummers[1]}<`);

    const forged = await post(forger.key, retour(forger.party.code));
    expect(forged.http).toBe(422);
    expect(forged.body).toMatchObject({ status: 'rejected', retourbericht: null });
    expect(forged.body.errors).toEqual([
      expect.objectContaining({ code: 'RETOUR-HEENBERICHT', rule: 'RETOUR-HEENBERICHT', message: expect.stringContaining(`de WMO301 met Identificatie ${heen.identificatie} van ${heen.dagtekening} van 0503`) }),
    ]);
    expect((await status(forger.key, forged.body.id)).deliveries).toEqual([]);

    const genuine = await accepted(aanbieder.key, retour(aanbieder.party.code));
    expect((await status(aanbieder.key, genuine.id)).inReplyTo).toBe(toewijzing.id);
    expect((await status(delft.key, toewijzing.id)).history.map((e) => e.event)).toContain('answered');
    await webhookOf(genuine.id);

    const second = await post(aanbieder.key, retour(aanbieder.party.code));
    expect(second.http).toBe(422);
    expect(second.body.errors).toEqual([expect.objectContaining({ code: 'CC11', message: expect.stringContaining(`De WMO301 met Identificatie ${heen.identificatie} en Dagtekening ${heen.dagtekening} van 0503 is al beantwoord`) })]);
  });

  it('case 4: refuses a 325 for a declaratie that never existed (TR337)', async () => {
    const { chain } = await startedChain();
    const orphan = await post(delft.key, antwoord(factory.declaratie(chain), { declaratieIdentificatie: 'NOSUCH000001' }));
    expect(orphan.http).toBe(422);
    expect(orphan.body).toMatchObject({ status: 'rejected', retourbericht: null });
    expect(orphan.body.errors).toEqual([expect.objectContaining({ code: 'TR337', rule: 'TR337', message: expect.stringContaining('NOSUCH000001') })]);
  });

  it('case 1: rejects a declaratie of which the gateway rejects every prestatie as a whole: 422, the 325 to the aanbieder, nothing to the gemeente; the month can be built again', async () => {
    const { chain } = await startedChain();
    const xml = neverAssigned(wrongTarief(factory.declaratie(chain)));
    const answer = await post(aanbieder.key, xml);
    expect(answer.http).toBe(422);
    expect(answer.body).toMatchObject({ status: 'rejected', retourbericht: { message: 'WMO325' } });
    expect(answer.body.retourcodes.sort()).toEqual(['0611', '9338']);
    const seen = await status(aanbieder.key, answer.body.id);
    expect(seen.deliveries).toEqual([]);
    expect(seen.verdict).toEqual({
      outcome: 'rejected',
      rejectedPrestaties: [{ path: PRESTATIE_1, retourcodes: ['0611'] }, { path: PRESTATIE_2, retourcodes: ['9338'] }],
      rejectedPrestatieCount: 2,
      declaratieAntwoord: answer.body.retourbericht!.id,
    });
    // the 325 waits in the aanbieder's mailbox; Delft never saw the declaratie
    const mailbox = (await (await h.get(aanbieder.key, '/v1/mailbox')).json()) as Array<{ messageId: string; messageType: string }>;
    expect(mailbox).toContainEqual(expect.objectContaining({ messageId: answer.body.retourbericht!.id, messageType: 'WMO325' }));
    expect(h.receiver!.requests.filter((r) => r.headers['x-iwmo-message-id'] === answer.body.id || r.headers['x-iwmo-message-id'] === answer.body.retourbericht!.id)).toEqual([]);
    expect((await h.get(delft.key, `/v1/berichten/${answer.body.id}`)).status).toBe(404);
    expect(await h.count(`SELECT count(*) AS n FROM declaraties WHERE message_id = $1`, [answer.body.id])).toBe(0);

    // nothing of March is on file for the aanbieder: the builder builds the month (not ALREADY_DECLARED)
    const build = await fetch(`${h.gatewayUrl}/v1/declaraties/build`, {
      method: 'POST', headers: { authorization: `Bearer ${aanbieder.key}`, 'content-type': 'application/json' },
      body: JSON.stringify({ gemeente: '0503', periode: '2026-03', dryRun: true }), signal: AbortSignal.timeout(DEADLINE_MS),
    });
    const built = await build.text();
    expect([build.status, built]).toEqual([200, expect.not.stringContaining('ALREADY_DECLARED')]);
  });

  it('case 1: delivers a partly rejected declaratie to the gemeente with the verdict, refuses a 325 that judges the rejected prestatie again, counts the money right', async () => {
    const { chain } = await startedChain();
    const xml = wrongTarief(factory.declaratie(chain));
    const answer = await accepted(aanbieder.key, xml);
    expect(answer.retourcodes).toEqual(['0611']);
    const gateway325 = answer.retourbericht!.id;
    expect(answer.retourbericht).toEqual({ id: gateway325, message: 'WMO325' });

    // the gemeente's webhook: the declaratie with the verdict in headers, and the gateway's 325 as a copy
    const declaratie = await webhookOf(answer.id);
    expect(declaratie.body.toString()).toBe(xml);
    expect(declaratie.headers).toMatchObject({
      'x-iwmo-message-type': 'WMO323', 'x-iwmo-verdict': 'partially-rejected', 'x-iwmo-rejected-prestaties': '1', 'x-iwmo-declaratie-antwoord': gateway325,
    });
    const copy = await webhookOf(gateway325);
    expect(copy.headers).toMatchObject({ 'x-iwmo-message-type': 'WMO325', 'x-iwmo-made-by-gateway': 'true', 'x-iwmo-in-reply-to': answer.id });
    expect(copy.signature.valid).toBe(true);
    expect(copy.body.toString()).toMatch(/0611/);

    const asDelft = await status(delft.key, answer.id);
    expect(asDelft.verdict).toEqual({ outcome: 'partially-rejected', rejectedPrestaties: [{ path: PRESTATIE_1, retourcodes: ['0611'] }], rejectedPrestatieCount: 1, declaratieAntwoord: gateway325 });
    expect((await status(delft.key, gateway325)).inReplyTo).toBe(answer.id);

    // Delft answers: not again on the prestatie the gateway rejected; on the rest once
    const prestatie1 = /<((?:\w+:)?)Prestatie>[\s\S]*?<\/\1Prestatie>/.exec(xml)![0];
    const totals = (ingediend: string, toegekend: string) => (a: string) =>
      a.replace(/(<(?:\w+:)?TotaalIngediendBedrag>\s*<(?:\w+:)?TotaalBedrag>)[^<]*/, `$1${ingediend}`)
        .replace(/(<(?:\w+:)?TotaalToegekendBedrag>\s*<(?:\w+:)?TotaalBedrag>)[^<]*/, `$1${toegekend}`);
    const rejudging = antwoord(xml, {
      body: (a) => totals('86600', '61200')(a)
        .replace(/(<\/(?:\w+:)?TotaalToegekendBedrag>)/, `$1${clientWith(prestatie1, chain.bsn)}`)
        .replace(/(<(\w+:)?RetourCode>)8001(<\/\2RetourCode>)/, '$10200$3'),
    });
    const refused = await post(delft.key, rejudging);
    expect(refused.http).toBe(422);
    expect(refused.body.errors).toContainEqual(expect.objectContaining({ code: 'PRESTATIE-BEOORDEELD', message: expect.stringContaining('de gateway heeft haar bij ontvangst al afgewezen (retourcode 0611)') }));
    const onTheRest = antwoord(xml, { body: totals('86600', '61200') });
    const granted = await accepted(delft.key, onTheRest);
    expect((await status(delft.key, granted.id)).inReplyTo).toBe(answer.id);
    const second = await post(delft.key, antwoord(xml));
    expect(second.http).toBe(422);
    expect(second.body.errors).toContainEqual(expect.objectContaining({ code: 'CC11' }));

    // the money: 866.00 ingediend = 254.00 afgewezen by the gateway + 612.00 toegekend
    const list = (await (await h.get(aanbieder.key, '/v1/declaraties')).json()) as Array<Record<string, unknown>>;
    expect(list.find((d) => d.messageId === answer.id)).toMatchObject({
      status: 'beantwoord', ingediend: 86600, afgewezenDoorGateway: 25400, afgewezenDoorGemeente: 0, toegekend: 61200, open: 0, gatewayAntwoordMessageId: gateway325,
    });

    // the aanbieder fetches the gateway's 325 from its mailbox: fetched, then acknowledged once however often it acks
    const item = async () => ((await (await h.get(aanbieder.key, '/v1/mailbox')).json()) as Array<{ deliveryId: string; messageId: string; status: string }>).find((m) => m.messageId === gateway325);
    expect((await item())?.status).toBe('pending');
    expect((await h.get(aanbieder.key, `/v1/berichten/${gateway325}/xml`)).status).toBe(200);
    const fetched = await item();
    expect(fetched?.status).toBe('fetched');
    const ack = () => fetch(`${h.gatewayUrl}/v1/mailbox/${fetched!.deliveryId}/ack`, { method: 'POST', headers: { authorization: `Bearer ${aanbieder.key}` } });
    expect((await ack()).status).toBe(200);
    const again = await ack();
    expect(again.status).toBe(200);
    expect(await again.json()).toMatchObject({ status: 'acked' });
    const events = (await status(aanbieder.key, gateway325)).history.map((e) => e.event);
    expect(events.filter((e) => e === 'acked')).toHaveLength(1);
    expect(events.filter((e) => e === 'fetched')).toHaveLength(1);
  });
});

/** A 325 Client block (the fixture's wmo325: and iwmo: prefixes) rejecting one prestatie of the 323 with 0611. */
function clientWith(prestatie323: string, bsn: string): string {
  const prestatie = prestatie323
    .replace(/<(\/?)wmo323:/g, '<$1wmo325:')
    .replace('</wmo325:IngediendBedrag>', '</wmo325:IngediendBedrag><wmo325:RetourCodes><wmo325:RetourCode>0611</wmo325:RetourCode></wmo325:RetourCodes>');
  const codes = '<wmo325:RetourCodes><wmo325:RetourCode>0200</wmo325:RetourCode></wmo325:RetourCodes>';
  return `<wmo325:Clienten><wmo325:Client><wmo325:Bsn>${bsn}</wmo325:Bsn><wmo325:Prestaties>${prestatie}</wmo325:Prestaties>${codes}</wmo325:Client></wmo325:Clienten>`;
}
