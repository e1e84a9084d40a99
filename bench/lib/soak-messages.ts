/**
 * The message mix of the load benchmarks (bench/soak.bench.ts): every heen-message
 * kind an aanbieder and a gemeente exchange through the gateway, walked in the order
 * a client's care goes (toewijzing 301, start 305, declaratie 323, stop 307, a new
 * verzoek om toewijzing 315), plus messages the gateway must refuse so that
 * retourberichten are made and delivered too: a second copy of a start (TR056,
 * 9056), a start of a toewijzing that was never sent, and a toewijzing that fails
 * the XSD. Built on test/e2e/messages.ts (the Delft fixtures, which follow each
 * other); the 307 and 315 templates are the Delft stop and the Rijswijk verzoek
 * fixtures, readdressed to the chain's parties.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { REPO_ROOT } from '../../test/e2e/harness';
import { MessageFactory, withHeader, type Chain } from '../../test/e2e/messages';

const fixture = (message: string, file: string) => readFileSync(join(REPO_ROOT, 'test', 'fixtures', message, 'ok', file), 'utf8');

/** WMO307 from aanbieder 12345678 to 0503: both products of the Delft chain stopped (client 999990019, 260101/260102). */
const TEMPLATE_307 = fixture('wmo307', 'stop-delft-tijdelijk-ongewone-prefixen.xml');
/** WMO315 from aanbieder 87654321 to 0603: a verzoek om toewijzing of one product (ReferentieAanbieder VOT-2026-0042). */
const TEMPLATE_315 = fixture('wmo315', 'vot-rijswijk-financien.xml');

/** Replaces the text of every element `name` (any prefix) whose text is `from` (default: any); fails when there is none. */
function setElement(xml: string, name: string, to: string, from = '[^<]*'): string {
  const pattern = new RegExp(`(<(?:[\\w.-]+:)?${name}>)${from}(</)`, 'g');
  if (!xml.match(pattern)) throw new Error(`template has no ${name}${from === '[^<]*' ? '' : ` with ${from}`}`);
  return xml.replace(pattern, `$1${to}$2`);
}

/** What the gateway should answer: 202 accepted, or 422 with a retourbericht. */
export type Expected = 202 | 422;

export interface MixMessage {
  /** 301, 305, ..., or the kind of refusal ('305 dup', '305 unknown', '301 xsd') */
  kind: string;
  /** who sends it: the gemeente, or the chain's aanbieder */
  from: 'gemeente' | 'aanbieder';
  body: string;
  expected: Expected;
}

export class SoakMessages {
  private chains = 0;

  constructor(readonly factory: MessageFactory) {}

  stop(c: Chain, identificatie = this.factory.identificatie()): string {
    let xml = withHeader(TEMPLATE_307, { afzender: c.aanbieder, ontvanger: c.gemeente, identificatie });
    xml = setElement(xml, 'Bsn', c.bsn, '999990019');
    xml = setElement(xml, 'ToewijzingNummer', c.toewijzingNummers[0], '260101');
    return setElement(xml, 'ToewijzingNummer', c.toewijzingNummers[1], '260102');
  }

  /** A verzoek om toewijzing of one more product for the chain's client, with a ReferentieAanbieder of its own. */
  verzoek(c: Chain, identificatie = this.factory.identificatie()): string {
    let xml = withHeader(TEMPLATE_315, { afzender: c.aanbieder, ontvanger: c.gemeente, identificatie });
    xml = setElement(xml, 'Bsn', c.bsn, '999990032');
    return setElement(xml, 'ReferentieAanbieder', `VOT-${identificatie}`, 'VOT-2026-0042');
  }

  /** A toewijzing whose BSN has 5 digits: the XSD refuses it (0001), the gemeente gets a WMO302. */
  xsdInvalidToewijzing(c: Chain): string {
    return setElement(this.factory.toewijzing(c), 'Bsn', '12345', c.bsn);
  }

  /**
   * The messages of one client's chain in the order they are sent. Every few
   * chains also carry a refusal: every 4th a second copy of its start, every
   * 6th a start of a toewijzing that does not exist, every 8th a toewijzing
   * the XSD refuses.
   */
  chain(gemeente: string, aanbieder: string): MixMessage[] {
    this.chains += 1;
    const n = this.chains;
    const c = this.factory.chain(gemeente, aanbieder);
    const start = this.factory.start(c);
    const out: MixMessage[] = [
      { kind: '301', from: 'gemeente', body: this.factory.toewijzing(c), expected: 202 },
      { kind: '305', from: 'aanbieder', body: start, expected: 202 },
    ];
    if (n % 4 === 0) out.push({ kind: '305 dup', from: 'aanbieder', body: start, expected: 422 });
    if (n % 6 === 0) out.push({ kind: '305 unknown', from: 'aanbieder', body: this.factory.start(this.factory.chain(gemeente, aanbieder)), expected: 422 });
    if (n % 8 === 0) out.push({ kind: '301 xsd', from: 'gemeente', body: this.xsdInvalidToewijzing(this.factory.chain(gemeente, aanbieder)), expected: 422 });
    out.push(
      { kind: '323', from: 'aanbieder', body: this.factory.declaratie(c), expected: 202 },
      { kind: '307', from: 'aanbieder', body: this.stop(c), expected: 202 },
      { kind: '315', from: 'aanbieder', body: this.verzoek(c), expected: 202 },
    );
    return out;
  }
}
