/**
 * Deterministic generators of iWmo 3.2 test messages for the benchmarks.
 *
 * Nothing here is copied from the reference examples: the element order and
 * types come from the project's own schemas (schemas/iwmo-3.2/*.xsd), the
 * values are synthetic and derived from a seeded PRNG, so every run produces
 * byte-identical files.
 *
 * Facts the generated content respects (beyond the XSD):
 * - BSNs pass the 11-proef (CS constraint, not checkable by XSD);
 * - Ontvanger / Afzender gemeente is Delft (CBS 0503), the aanbieder has an
 *   8-digit AGB code;
 * - H4 all-in output lines: Eenheid 82 (stuks, output), ProductCategorie 02,
 *   ProductCode 02Axx, ProductPeriode inside one calendar month (TR318/TR387);
 * - IngediendBedrag = GeleverdVolume x ProductTarief (TR346), and
 *   TotaalIngediendBedrag is the sum of the (all debet) IngediendBedragen.
 */
import * as fs from 'node:fs';
import * as path from 'node:path';

export const NS_IWMO = 'http://www.istandaarden.nl/iwmo/3_2/basisschema/schema';
export const nsMessage = (code: string): string => `http://www.istandaarden.nl/iwmo/3_2/wmo${code}/schema`;

export const GEMEENTE_DELFT = '0503';
export const AGB_AANBIEDER = '98123456';
export const MIB = 1024 * 1024;
export const DEFAULT_LARGE_TARGET_BYTES = 25 * MIB;

/* ------------------------------------------------------------------ */
/* deterministic helpers                                               */
/* ------------------------------------------------------------------ */

/** mulberry32: tiny seeded PRNG, good enough for test data. */
export function prng(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

/** 11-proef: 9*d1 + 8*d2 + ... + 2*d8 - 1*d9 must be divisible by 11. */
export function isValidBsn(bsn: string): boolean {
  if (!/^[0-9]{9}$/.test(bsn)) return false;
  let sum = 0;
  for (let i = 0; i < 8; i++) sum += (9 - i) * Number(bsn[i]);
  sum -= Number(bsn[8]);
  return sum % 11 === 0;
}

/**
 * The n-th valid BSN of a deterministic sequence (n >= 0). The first eight
 * digits count up from 10000000; prefixes whose check digit would be 10 are
 * skipped, so the sequence is dense but unique.
 */
export function bsnSequence(): () => string {
  let prefix = 10_000_000;
  return () => {
    for (;;) {
      const p = String(prefix++);
      let sum = 0;
      for (let i = 0; i < 8; i++) sum += (9 - i) * Number(p[i]);
      const check = sum % 11;
      if (check < 10) return p + String(check);
    }
  };
}

/* ------------------------------------------------------------------ */
/* minimal XML tree + serializer                                      */
/* ------------------------------------------------------------------ */

/** [elementName, text | children]; names carry their prefix ('iwmo:Bedrag'). */
export type XNode = [string, string | XNode[]];

function escapeText(s: string): string {
  return s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');
}

/** indent === null: compact (no whitespace between elements). */
export function serialize(node: XNode, indent: string | null, depth = 0): string {
  const [name, content] = node;
  const pad = indent === null ? '' : indent.repeat(depth);
  const nl = indent === null ? '' : '\n';
  if (typeof content === 'string') return `${pad}<${name}>${escapeText(content)}</${name}>${nl}`;
  let out = `${pad}<${name}>${nl}`;
  for (const child of content) out += serialize(child, indent, depth + 1);
  return out + `${pad}</${name}>${nl}`;
}

const XML_DECL = '<?xml version="1.0" encoding="UTF-8"?>\n';

function rootOpen(code: string): string {
  return `<Bericht xmlns="${nsMessage(code)}" xmlns:iwmo="${NS_IWMO}">`;
}

/* ------------------------------------------------------------------ */
/* shared building blocks                                              */
/* ------------------------------------------------------------------ */

/** H4 all-in products (category 02), tarief per period in eurocent. */
export const PRODUCTS: ReadonlyArray<{ code: string; tarief: number }> = [
  { code: '02A01', tarief: 18960 },
  { code: '02A02', tarief: 28450 },
  { code: '02A03', tarief: 41275 },
  { code: '02A04', tarief: 56890 },
  { code: '02A05', tarief: 73120 },
];

function header(code: string, berichtCode: string, afzender: string, ontvanger: string, id: string, dagtekening: string): XNode {
  return ['Header', [
    ['BerichtCode', berichtCode],
    ['BerichtVersie', '3'],
    ['BerichtSubversie', '2'],
    ['Afzender', afzender],
    ['Ontvanger', ontvanger],
    ['BerichtIdentificatie', [
      ['iwmo:Identificatie', id],
      ['iwmo:Dagtekening', dagtekening],
    ]],
    ['XsdVersie', [
      ['iwmo:BasisschemaXsdVersie', '1.0.0'],
      ['iwmo:BerichtXsdVersie', '1.0.0'],
    ]],
  ]];
}

export interface PrestatieSpec {
  referentie: string;
  toewijzingNummer: number;
  productCode: string;
  begin: string;
  eind: string;
  volume: number;
  tarief: number;
}

export function prestatieNode(p: PrestatieSpec): XNode {
  return ['Prestatie', [
    ['ProductReferentie', [['iwmo:ReferentieNummer', p.referentie]]],
    ['ToewijzingNummer', String(p.toewijzingNummer)],
    ['ProductCategorie', '02'],
    ['ProductCode', p.productCode],
    ['ProductPeriode', [
      ['iwmo:Begindatum', p.begin],
      ['iwmo:Einddatum', p.eind],
    ]],
    ['GeleverdVolume', String(p.volume)],
    ['Eenheid', '82'],
    ['ProductTarief', String(p.tarief)],
    ['IngediendBedrag', [
      ['iwmo:Bedrag', String(p.volume * p.tarief)],
      ['iwmo:DebetCredit', 'D'],
    ]],
  ]];
}

/** Declaratieperiode used by all generated declaraties: March 2025. */
export const PERIODE = { begin: '2025-03-01', eind: '2025-03-31', dagtekening: '2025-04-03' } as const;

/**
 * Deterministic prestatie within March 2025: mostly the whole month, some
 * starting or ending mid-month (short beschikkingen, transitions).
 */
function makePrestatie(rand: () => number, seq: number, toewijzingNummer: number, productIdx: number): PrestatieSpec {
  const product = PRODUCTS[productIdx % PRODUCTS.length]!;
  const r = rand();
  let begin: string = PERIODE.begin;
  let eind: string = PERIODE.eind;
  if (r < 0.1) begin = `2025-03-${String(2 + Math.floor(rand() * 26)).padStart(2, '0')}`;
  else if (r < 0.2) eind = `2025-03-${String(2 + Math.floor(rand() * 26)).padStart(2, '0')}`;
  return {
    referentie: `R${String(seq).padStart(9, '0')}`,
    toewijzingNummer,
    productCode: product.code,
    begin,
    eind,
    volume: 1, // all-in: one output unit per period
    tarief: product.tarief,
  };
}

/* ------------------------------------------------------------------ */
/* small messages                                                      */
/* ------------------------------------------------------------------ */

/** Small valid WMO301: one client, three ToegewezenProduct (stapeling). */
export function smallWmo301(): string {
  const nextBsn = bsnSequence();
  const bsn = nextBsn();
  const toegewezen = (nr: number, code: string, ingang: string, eind: string): XNode => ['ToegewezenProduct', [
    ['ToewijzingNummer', String(nr)],
    ['Product', [['iwmo:Categorie', '02'], ['iwmo:Code', code]]],
    ['Toewijzingsdatum', '2025-02-24'],
    ['Toewijzingstijd', '10:15:00'],
    ['Ingangsdatum', ingang],
    ['Einddatum', eind],
    ['Omvang', [['iwmo:Volume', '1'], ['iwmo:Eenheid', '82'], ['iwmo:Frequentie', '4']]],
  ]];
  const client: XNode = ['Client', [
    ['Bsn', bsn],
    ['Geboortedatum', [['iwmo:Datum', '1948-06-17']]],
    ['Geslacht', '2'],
    ['Naam', [
      ['iwmo:Geslachtsnaam', [['iwmo:Achternaam', 'Vermeulen'], ['iwmo:Voorvoegsel', 'van']]],
      ['iwmo:Voorletters', 'AM'],
      ['iwmo:NaamGebruik', '1'],
    ]],
    ['Contactgegevens', [
      ['Contact', [
        ['Soort', '01'],
        ['Adres', [
          ['iwmo:Huis', [['iwmo:Huisnummer', '12']]],
          ['iwmo:Postcode', '2611AB'],
          ['iwmo:Straatnaam', 'Oude Delft'],
          ['iwmo:Plaatsnaam', 'Delft'],
          ['iwmo:LandCode', 'NL'],
        ]],
      ]],
    ]],
    ['ToegewezenProducten', [
      toegewezen(100000001, '02A02', '2025-03-01', '2025-12-31'),
      toegewezen(100000002, '02A04', '2025-03-10', '2025-06-30'), // starts mid-month
      toegewezen(100000003, '02A01', '2025-03-01', '2025-05-31'),
    ]],
  ]];
  const hdr = header('301', '414', GEMEENTE_DELFT, AGB_AANBIEDER, 'T2025000001', '2025-02-24');
  return XML_DECL + rootOpen('301') + '\n' + serialize(hdr, '  ', 1) + serialize(client, '  ', 1) + '</Bericht>\n';
}

function declaratieHeadNodes(totaal: number, declaratieNummer: string): XNode[] {
  return [
    ['DeclaratieNummer', declaratieNummer],
    ['DeclaratiePeriode', [['iwmo:Begindatum', PERIODE.begin], ['iwmo:Einddatum', PERIODE.eind]]],
    ['DeclaratieDagtekening', PERIODE.dagtekening],
    ['TotaalIngediendBedrag', [['iwmo:TotaalBedrag', String(totaal)], ['iwmo:DebetCredit', 'D']]],
  ];
}

/** Small valid WMO323: two clients with two prestaties each. */
export function smallWmo323(): string {
  const rand = prng(323);
  const nextBsn = bsnSequence();
  const clients: XNode[] = [];
  let totaal = 0;
  let seq = 1;
  for (let c = 0; c < 2; c++) {
    const prestaties: XNode[] = [];
    for (let j = 0; j < 2; j++) {
      const p = makePrestatie(rand, seq++, 100000001 + c * 10 + j, c * 2 + j);
      totaal += p.volume * p.tarief;
      prestaties.push(prestatieNode(p));
    }
    clients.push(['Client', [['Bsn', nextBsn()], ['Prestaties', prestaties]]]);
  }
  const hdr = header('323', '484', AGB_AANBIEDER, GEMEENTE_DELFT, 'D2025000001', PERIODE.dagtekening);
  const decl: XNode = ['Declaratie', [...declaratieHeadNodes(totaal, 'DN2025030001'), ['Clienten', clients]]];
  return XML_DECL + rootOpen('323') + '\n' + serialize(hdr, '  ', 1) + serialize(decl, '  ', 1) + '</Bericht>\n';
}

/* ------------------------------------------------------------------ */
/* large declaratie                                                    */
/* ------------------------------------------------------------------ */

export interface LargeDeclaratieOptions {
  /** Upper bound for the file size in bytes (default 25 MiB, the GGK/VECOZO limit). */
  targetBytes?: number;
  outPath?: string;
  seed?: number;
}

export interface LargeDeclaratie {
  path: string;
  bytes: number;
  clients: number;
  prestaties: number;
  totaalBedrag: number;
  /** number of XML elements in the document (for the parser baselines). */
  elements: number;
}

/** Elements per Prestatie / per Client shell / outside Clienten (from the node builders). */
const ELEMENTS_PER_PRESTATIE = 15;
const ELEMENTS_PER_CLIENT = 3; // Client, Bsn, Prestaties

/**
 * WMO323 of (just under) targetBytes. Layout: header pretty-printed, then one
 * Client shell per line and one compact Prestatie per line, which gives about
 * 530 bytes per prestatie, i.e. ~49,000 prestaties in 25 MiB. Each client has
 * 1-4 prestaties (stapeling of resultaatgebieden), drawn from the seeded PRNG.
 */
export function generateLargeWmo323(opts: LargeDeclaratieOptions = {}): LargeDeclaratie {
  const targetBytes = opts.targetBytes ?? DEFAULT_LARGE_TARGET_BYTES;
  const outPath = opts.outPath ?? path.resolve(__dirname, '..', 'out', `wmo323-${Math.round(targetBytes / MIB)}mb.xml`);
  const rand = prng(opts.seed ?? 25);
  const nextBsn = bsnSequence();

  const hdrXml = serialize(header('323', '484', AGB_AANBIEDER, GEMEENTE_DELFT, 'D2025000025', PERIODE.dagtekening), '  ', 1);
  const declHead = (totaal: number): string =>
    '  <Declaratie>\n' + declaratieHeadNodes(totaal, 'DN2025030025').map((n) => serialize(n, '  ', 2)).join('') + '    <Clienten>\n';
  const tail = '    </Clienten>\n  </Declaratie>\n</Bericht>\n';
  const prefix = (totaal: number): string => XML_DECL + rootOpen('323') + '\n' + hdrXml + declHead(totaal);

  // Reserve the widest TotaalBedrag (12 digits) while planning, so the real file is never larger.
  const fixedBytes = Buffer.byteLength(prefix(999_999_999_999)) + Buffer.byteLength(tail);
  const chunks: string[] = [];
  let bytes = fixedBytes;
  let totaal = 0;
  let clients = 0;
  let prestaties = 0;
  let seq = 1;
  for (;;) {
    const n = 1 + Math.floor(rand() * 4);
    const bsn = nextBsn();
    let chunk = `      <Client><Bsn>${bsn}</Bsn><Prestaties>\n`;
    let chunkTotal = 0;
    const firstProduct = Math.floor(rand() * PRODUCTS.length);
    for (let j = 0; j < n; j++) {
      // one toewijzing per client and product; distinct products within a client
      const p = makePrestatie(rand, seq + j, 100_000_000 + clients * 10 + j, firstProduct + j);
      chunkTotal += p.volume * p.tarief;
      chunk += serialize(prestatieNode(p), null) + '\n';
    }
    chunk += '      </Prestaties></Client>\n';
    const len = Buffer.byteLength(chunk);
    if (bytes + len > targetBytes) break;
    chunks.push(chunk);
    bytes += len;
    totaal += chunkTotal;
    clients++;
    prestaties += n;
    seq += n;
  }
  if (clients === 0) throw new Error(`targetBytes ${targetBytes} too small for one client`);

  const xml = prefix(totaal) + chunks.join('') + tail;
  fs.mkdirSync(path.dirname(outPath), { recursive: true });
  fs.writeFileSync(outPath, xml);
  const headerElements = 1 + 1 + 7 + 2 + 2; // Bericht, Header, 7 header fields, 2+2 children
  const declElements = 1 + 1 + 3 + 1 + 3 + 1; // Declaratie, DeclaratieNummer, Periode(+2), Dagtekening, Totaal(+2), Clienten
  return {
    path: outPath,
    bytes: Buffer.byteLength(xml),
    clients,
    prestaties,
    totaalBedrag: totaal,
    elements: headerElements + declElements + clients * ELEMENTS_PER_CLIENT + prestaties * ELEMENTS_PER_PRESTATIE,
  };
}

/* ------------------------------------------------------------------ */
/* invalid variants for the correctness check                          */
/* ------------------------------------------------------------------ */

export interface Variant {
  name: string;
  message: '301' | '323';
  /** what is wrong, in words */
  defect: string;
  xml: string;
  expectValid: boolean;
  /** lexical edge case rather than a plain defect */
  edge?: boolean;
}

/** Replace the first occurrence of `find` at or after `after` (a marker string). */
function mutate(xml: string, find: string, replacement: string, after = ''): string {
  const start = after ? xml.indexOf(after) : 0;
  if (start < 0) throw new Error(`marker not found: ${after}`);
  const i = xml.indexOf(find, start);
  if (i < 0) throw new Error(`mutation target not found: ${find}`);
  return xml.slice(0, i) + replacement + xml.slice(i + find.length);
}

/** Replace the text content of the first <tag> element at or after the marker `after`. */
function setText(xml: string, tag: string, text: string, after = ''): string {
  const start = after ? xml.indexOf(after) : 0;
  if (start < 0) throw new Error(`marker not found: ${after}`);
  const open = `<${tag}>`;
  const i = xml.indexOf(open, start);
  if (i < 0) throw new Error(`mutation target not found: ${open}`);
  const j = xml.indexOf(`</${tag}>`, i);
  return xml.slice(0, i + open.length) + text + xml.slice(j);
}

/** Remove the whole line that contains `find` (first occurrence after `after`). */
function removeLine(xml: string, find: string, after = ''): string {
  const start = after ? xml.indexOf(after) : 0;
  const i = xml.indexOf(find, start);
  if (i < 0) throw new Error(`mutation target not found: ${find}`);
  const ls = xml.lastIndexOf('\n', i) + 1;
  const le = xml.indexOf('\n', i) + 1;
  return xml.slice(0, ls) + xml.slice(le);
}

export function correctnessVariants(): Variant[] {
  const w301 = smallWmo301();
  const w323 = smallWmo323();
  const variants: Variant[] = [
    { name: '301 valid', message: '301', defect: '-', xml: w301, expectValid: true },
    { name: '323 valid', message: '323', defect: '-', xml: w323, expectValid: true },
    {
      name: '301 missing Toewijzingstijd', message: '301', defect: 'required element Toewijzingstijd removed',
      xml: removeLine(w301, '<Toewijzingstijd>'), expectValid: false,
    },
    {
      name: '301 bad enum Geslacht', message: '301', defect: 'Geslacht 3 (enumeration 0/1/2)',
      xml: mutate(w301, '<Geslacht>2</Geslacht>', '<Geslacht>3</Geslacht>'), expectValid: false,
    },
    {
      name: '301 bad date 2025-02-29', message: '301', defect: 'Ingangsdatum 2025-02-29 (no leap year)',
      xml: mutate(w301, '<Ingangsdatum>2025-03-01</Ingangsdatum>', '<Ingangsdatum>2025-02-29</Ingangsdatum>'), expectValid: false,
    },
    {
      name: '323 missing Eenheid', message: '323', defect: 'required element Eenheid removed from 1st Prestatie',
      xml: removeLine(w323, '<Eenheid>', '<Prestatie>'), expectValid: false,
    },
    {
      name: '323 bad enum Eenheid', message: '323', defect: 'Eenheid 99 (not in WJ756)',
      xml: mutate(w323, '<Eenheid>82</Eenheid>', '<Eenheid>99</Eenheid>'), expectValid: false,
    },
    {
      name: '323 bad enum DebetCredit', message: '323', defect: 'DebetCredit X (C/D)',
      xml: mutate(w323, '<iwmo:DebetCredit>D</iwmo:DebetCredit>', '<iwmo:DebetCredit>X</iwmo:DebetCredit>', '<Prestatie>'), expectValid: false,
    },
    {
      name: '323 bad date 2025-02-30', message: '323', defect: 'ProductPeriode Einddatum 2025-02-30',
      xml: setText(w323, 'iwmo:Einddatum', '2025-02-30', '<ProductPeriode>'), expectValid: false,
    },
    {
      name: '323 bad date format', message: '323', defect: 'DeclaratieDagtekening 03-04-2025 (dd-mm-yyyy)',
      xml: setText(w323, 'DeclaratieDagtekening', '03-04-2025'), expectValid: false,
    },
    {
      name: '323 date with timezone', message: '323', defect: 'DeclaratieDagtekening 2025-04-03Z (LDT_Datum pattern [^:Z]*)',
      xml: setText(w323, 'DeclaratieDagtekening', `${PERIODE.dagtekening}Z`), expectValid: false,
    },
    {
      name: '323 BSN 8 digits', message: '323', defect: 'Bsn with 8 digits (pattern [0-9]{9})',
      xml: setText(w323, 'Bsn', '12345672'), expectValid: false,
    },
    {
      name: '323 wrong order', message: '323', defect: 'ProductCode before ProductCategorie',
      xml: w323.replace(/(<ProductCategorie>[^<]*<\/ProductCategorie>)(\s*)(<ProductCode>[^<]*<\/ProductCode>)/, '$3$2$1'),
      expectValid: false,
    },
    // Edge cases where XSD engines could plausibly differ (XSD 1.0 lexical spaces, regex dialect).
    // The expected verdicts follow XSD 1.0; the "valid" ones are accepted by XSD and must be caught
    // by the gateway's own rules (layer 3) if they are unwanted.
    {
      name: 'edge: Voorletters AΩ', message: '301', defect: 'U+03A9 lies inside the pattern range À-ỳ', edge: true,
      xml: setText(w301, 'iwmo:Voorletters', 'AΩ'), expectValid: true,
    },
    {
      name: 'edge: Commentaar only spaces', message: '301', defect: "pattern ([.\\s]*\\S+[.\\s]*)+ needs a non-space", edge: true,
      xml: mutate(w301, '<Contactgegevens>', '<Commentaar>   </Commentaar><Contactgegevens>'), expectValid: false,
    },
    {
      name: 'edge: Toewijzingstijd 24:00:00', message: '301', defect: 'xs:time 24:00:00 is legal in XSD 1.0', edge: true,
      xml: setText(w301, 'Toewijzingstijd', '24:00:00'), expectValid: true,
    },
    {
      name: 'edge: Geboortedatum -0001-01-01', message: '301', defect: 'negative year is legal xs:date', edge: true,
      xml: setText(w301, 'iwmo:Datum', '-0001-01-01'), expectValid: true,
    },
    {
      name: 'edge: Geboortedatum 0000-01-01', message: '301', defect: 'year 0000 is not legal in XSD 1.0', edge: true,
      xml: setText(w301, 'iwmo:Datum', '0000-01-01'), expectValid: false,
    },
    {
      name: 'edge: Geboortedatum 1948-06-17-05:00', message: '301', defect: 'timezone with colon, pattern [^:Z]*', edge: true,
      xml: setText(w301, 'iwmo:Datum', '1948-06-17-05:00'), expectValid: false,
    },
    {
      name: 'edge: Huisnummer +012', message: '301', defect: 'sign and leading zero are legal xs:integer', edge: true,
      xml: setText(w301, 'iwmo:Huisnummer', '+012'), expectValid: true,
    },
  ];
  for (const v of variants) {
    if (v.defect !== '-' && v.xml === (v.message === '301' ? w301 : w323)) throw new Error(`variant '${v.name}' did not change the message`);
  }
  return variants;
}
