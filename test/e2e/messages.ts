/**
 * Valid iWmo messages for the end-to-end tests and the ingest benchmark, each
 * one new to the gateway. The gateway checks messages against earlier ones
 * (a start needs its toewijzing, TR019; Identificaties, ToewijzingNummers and
 * ReferentieNummers are unique), so messages come in chains made from the
 * Delft fixtures, which follow each other: the toewijzing (301) of two
 * products to a client, their start (305) and a declaratie (323) for March.
 * Every chain gets its own client (BSN) and ToewijzingNummers; every message
 * its own Identificatie, and a declaratie its own DeclaratieNummer and
 * ReferentieNummers.
 */
import { randomBytes } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { bsn } from '@lib/funding/builder/testing/scenario-messages';
import { REPO_ROOT } from './harness';

export { bsn };

const fixture = (message: string, file: string) => readFileSync(join(REPO_ROOT, 'test', 'fixtures', message, 'ok', file), 'utf8');

/** What the templates say, replaced per chain and message. */
const TEMPLATE_BSN = '999990019';
const TEMPLATE_NUMMERS = ['260101', '260102'] as const;

/** WMO301 from gemeente 0503 to aanbieder 12345678: toewijzingen 260101 and 260102 for client 999990019. */
export const TEMPLATE_301 = fixture('wmo301', 'toewijzing-delft-orh-en-begeleiding.xml');
/** WMO305: the start of both. */
export const TEMPLATE_305 = fixture('wmo305', 'start-delft-twee-producten.xml');
/** WMO323: a declaratie for March of both, without the fixture's second client (who has no toewijzing in a chain). */
export const TEMPLATE_323 = (() => {
  const full = fixture('wmo323', 'declaratie-delft-maart.xml');
  const secondClient = /\s*<(\w+:)?Client>\s*<(\w+:)?Bsn>999990172<\/(\w+:)?Bsn>[\s\S]*?<\/(\w+:)?Client>/;
  if (!secondClient.test(full)) throw new Error('declaratie-delft-maart.xml changed: cannot find its second client');
  // The total is that of the remaining prestaties (24500 + 61200).
  return setElement(full.replace(secondClient, ''), 'TotaalBedrag', '85700');
})();

export interface HeaderValues {
  afzender: string;
  ontvanger: string;
  /** at most 12 characters (LDT_IdentificatieBericht) */
  identificatie: string;
  /** YYYY-MM-DD, not in the future (TR135); the template's own when omitted */
  dagtekening?: string;
}

/** Sets the header fields, whatever the prefixes; only inside the Header, so body elements of the same name stay. */
export function withHeader(template: string, h: HeaderValues): string {
  const end = template.search(/<\/(?:[\w.-]+:)?Header>/);
  if (end < 0) throw new Error('template has no Header');
  if (h.identificatie.length > 12) throw new Error(`Identificatie ${h.identificatie} is longer than 12 characters`);
  let header = template.slice(0, end);
  header = setElement(header, 'Afzender', h.afzender);
  header = setElement(header, 'Ontvanger', h.ontvanger);
  header = setElement(header, 'Identificatie', h.identificatie);
  if (h.dagtekening) header = setElement(header, 'Dagtekening', h.dagtekening);
  return header + template.slice(end);
}

/** The same message with another Identificatie in its header. */
export function withIdentificatie(xml: string, identificatie: string): string {
  const end = xml.search(/<\/(?:[\w.-]+:)?Header>/);
  return setElement(xml.slice(0, end), 'Identificatie', identificatie) + xml.slice(end);
}

/** Replaces the text of every element `name` (any prefix) whose text is `from` (default: any), failing when there is none. */
function setElement(xml: string, name: string, to: string, from = '[^<]*'): string {
  const pattern = new RegExp(`(<(?:[\\w.-]+:)?${name}>)${from}(</)`, 'g');
  if (!xml.match(pattern)) throw new Error(`template has no ${name}${from === '[^<]*' ? '' : ` with ${from}`}`);
  return xml.replace(pattern, `$1${to}$2`);
}

/** One client's toewijzing between a gemeente and an aanbieder, and what follows from it. */
export interface Chain {
  gemeente: string;
  aanbieder: string;
  bsn: string;
  toewijzingNummers: readonly [string, string];
}

/**
 * Makes chains and messages that are new to one gateway database: a random
 * tag keeps two runs on the same database apart, a counter the messages of one run.
 */
export class MessageFactory {
  private messages = 0;
  private chains = 0;
  private readonly tag: string;
  private readonly base: number;

  constructor(prefix = 'E') {
    const random = randomBytes(4).readUInt32BE();
    this.tag = (prefix + random.toString(36).toUpperCase()).slice(0, 4);
    // ToewijzingNummers up to 999,999,999 (LDT_Nummer): a random start, room for 10^6 chains.
    this.base = 100_000_000 + (random % 800) * 1_000_000;
  }

  /** A 12-character Identificatie, unique per factory (and very likely per database). */
  identificatie(): string {
    this.messages += 1;
    return `${this.tag}${this.messages.toString(36).toUpperCase().padStart(8, '0')}`;
  }

  chain(gemeente: string, aanbieder: string): Chain {
    this.chains += 1;
    const first = this.base + 2 * this.chains;
    return { gemeente, aanbieder, bsn: bsn(this.base / 1000 + this.chains), toewijzingNummers: [String(first), String(first + 1)] };
  }

  /** The gemeente's toewijzing (301) of the chain. */
  toewijzing(c: Chain, identificatie = this.identificatie()): string {
    return fill(withHeader(TEMPLATE_301, { afzender: c.gemeente, ontvanger: c.aanbieder, identificatie }), c);
  }

  /** The aanbieder's start (305) of the chain's two products. */
  start(c: Chain, identificatie = this.identificatie()): string {
    return fill(withHeader(TEMPLATE_305, { afzender: c.aanbieder, ontvanger: c.gemeente, identificatie }), c);
  }

  /** The aanbieder's declaratie (323) for March of the chain's two products. */
  declaratie(c: Chain, identificatie = this.identificatie()): string {
    let xml = fill(withHeader(TEMPLATE_323, { afzender: c.aanbieder, ontvanger: c.gemeente, identificatie }), c);
    xml = setElement(xml, 'DeclaratieNummer', identificatie);
    xml = setElement(xml, 'ReferentieNummer', `${identificatie}-1`, 'ZD2603-0001');
    return setElement(xml, 'ReferentieNummer', `${identificatie}-2`, 'ZD2603-0002');
  }
}

function fill(xml: string, c: Chain): string {
  let out = setElement(xml, 'Bsn', c.bsn, TEMPLATE_BSN);
  out = setElement(out, 'ToewijzingNummer', c.toewijzingNummers[0], TEMPLATE_NUMMERS[0]);
  return setElement(out, 'ToewijzingNummer', c.toewijzingNummers[1], TEMPLATE_NUMMERS[1]);
}
