/**
 * The 14 iWmo 3.2 message types: BerichtCode, namespace, who sends them and
 * which retour answers which heenbericht.
 */

export const IWMO_VERSION = { BerichtVersie: '3', BerichtSubversie: '2' } as const;
export const BASISSCHEMA_NAMESPACE = 'http://www.istandaarden.nl/iwmo/3_2/basisschema/schema';
/** The XSD version this project's schemas implement (BasisschemaXsdVersie and BerichtXsdVersie). */
export const XSD_VERSION = '1.0.0';

export const MESSAGE_CODES = [
  'WMO301', 'WMO302', 'WMO305', 'WMO306', 'WMO307', 'WMO308', 'WMO315',
  'WMO316', 'WMO317', 'WMO318', 'WMO319', 'WMO320', 'WMO323', 'WMO325',
] as const;
export type MessageCode = (typeof MESSAGE_CODES)[number];

export type Role = 'gemeente' | 'aanbieder';

export interface MessageType {
  readonly code: MessageCode;
  readonly berichtCode: string;
  readonly naam: string;
  readonly namespace: string;
  /** schema file under schemas/iwmo-3.2 */
  readonly schemaFile: string;
  readonly kind: 'heen' | 'retour';
  readonly sender: Role;
  /** for a heenbericht: the retour that answers it; for a retour: the heenbericht it answers */
  readonly pair: MessageCode;
}

const ns = (n: string) => `http://www.istandaarden.nl/iwmo/3_2/wmo${n}/schema`;

function heen(n: string, berichtCode: string, naam: string, sender: Role, retour: string): MessageType {
  return {
    code: `WMO${n}` as MessageCode, berichtCode, naam, namespace: ns(n), schemaFile: `wmo${n}.xsd`,
    kind: 'heen', sender, pair: `WMO${retour}` as MessageCode,
  };
}
function retour(n: string, berichtCode: string, naam: string, heenbericht: MessageType): MessageType {
  return {
    code: `WMO${n}` as MessageCode, berichtCode, naam, namespace: ns(n), schemaFile: `wmo${n}.xsd`,
    kind: 'retour', sender: heenbericht.sender === 'gemeente' ? 'aanbieder' : 'gemeente', pair: heenbericht.code,
  };
}

const WMO301 = heen('301', '414', 'Toewijzing', 'gemeente', '302');
const WMO305 = heen('305', '418', 'Start ondersteuning', 'aanbieder', '306');
const WMO307 = heen('307', '420', 'Stop ondersteuning', 'aanbieder', '308');
const WMO315 = heen('315', '444', 'Verzoek om toewijzing', 'aanbieder', '316');
const WMO317 = heen('317', '480', 'Verzoek om wijziging', 'aanbieder', '318');
const WMO319 = heen('319', '482', 'Antwoordbericht', 'gemeente', '320');
const WMO323 = heen('323', '484', 'Declaratie', 'aanbieder', '325');

export const MESSAGE_TYPES: Readonly<Record<MessageCode, MessageType>> = {
  WMO301,
  WMO302: retour('302', '415', 'Toewijzing retour', WMO301),
  WMO305,
  WMO306: retour('306', '419', 'Start ondersteuning retour', WMO305),
  WMO307,
  WMO308: retour('308', '421', 'Stop ondersteuning retour', WMO307),
  WMO315,
  WMO316: retour('316', '445', 'Verzoek om toewijzing retour', WMO315),
  WMO317,
  WMO318: retour('318', '481', 'Verzoek om wijziging retour', WMO317),
  WMO319,
  WMO320: retour('320', '483', 'Antwoordbericht retour', WMO319),
  WMO323,
  // The 325 answers a 323 both technically and in content: it is the declaratie-antwoord.
  WMO325: retour('325', '485', 'Declaratie-antwoord', WMO323),
};

const byNamespace = new Map(Object.values(MESSAGE_TYPES).map((t) => [t.namespace, t]));

export function messageTypeByNamespace(namespace: string): MessageType | undefined {
  return byNamespace.get(namespace);
}

export function isMessageCode(value: string): value is MessageCode {
  return (MESSAGE_CODES as readonly string[]).includes(value);
}

/** The retour message that answers `code`, or undefined when `code` is itself a retour. */
export function retourTypeOf(code: MessageCode): MessageType | undefined {
  const t = MESSAGE_TYPES[code];
  return t.kind === 'heen' ? MESSAGE_TYPES[t.pair] : undefined;
}

export type HeaderParty = 'Afzender' | 'Ontvanger';

/**
 * Which header field names the party that sends a message and which the party it
 * goes to. Heenberichten and the 325 go from Afzender to Ontvanger; the other
 * retourberichten copy the heenbericht's header, so they travel the other way:
 * a WMO306 is sent by its Ontvanger (the gemeente) to its Afzender (the aanbieder).
 */
export function routingOf(code: MessageCode): { from: HeaderParty; to: HeaderParty } {
  const t = MESSAGE_TYPES[code];
  return t.kind === 'heen' || code === 'WMO325' ? { from: 'Afzender', to: 'Ontvanger' } : { from: 'Ontvanger', to: 'Afzender' };
}
