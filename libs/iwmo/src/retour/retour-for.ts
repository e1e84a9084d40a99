import type { LDT_RetourCode } from '../generated/message-types';
import type { ParsedMessage } from '../parse';
import { MESSAGE_TYPES } from '../registry';
import { buildDeclaratieAntwoord, buildRetour } from './retour-builder';
import { codesByClass } from './retour-class';

/** What a judged message is answered on: the verdict, the findings with their classes, and the new retourbericht's header. */
export interface RetourGrounds {
  /** whether the message was accepted (a declaratie may be accepted with some prestaties rejected) */
  accepted: boolean;
  /** the retourcodes that signal a finding (no 0200 or 0233): a rejected message without any is not answered */
  retourcodes: readonly string[];
  /** every finding with retourcode on the class it belongs to (XSD errors on their element's class) */
  findings: ReadonlyArray<{ path: string | null; retourcode: string }>;
  /** for a declaratie: the rejected prestaties (path -> retourcodes) */
  rejectedPrestaties: ReadonlyMap<string, readonly string[]>;
  /** Identificatie and Dagtekening of the retourbericht, asked for only when one is made */
  header: () => { identificatie: string; dagtekening: string };
}

/**
 * The retourbericht the gateway answers a judged message with, or undefined when it answers none:
 * - a declaratie (323) accepted with some prestaties rejected: its 325 on those prestaties;
 * - a rejected declaratie: a 325 listing every prestatie when only prestaties were rejected (all of
 *   them), else on the header (technical, duplicate) or on the declaratie as a whole (9333, 8214 ...);
 * - a rejected heenbericht: its retourbericht (302, 306, 308, 316, 318, 320) with the codes per class;
 * - an accepted message, a rejection without retourcode (IB010, a refused answer), or a retourbericht
 *   (never answered with another retourbericht): none.
 */
export function retourFor(message: ParsedMessage, grounds: RetourGrounds): ParsedMessage | undefined {
  const rejected = grounds.rejectedPrestaties as ReadonlyMap<string, readonly LDT_RetourCode[]>;
  if (grounds.accepted) {
    return message.code === 'WMO323' && rejected.size > 0 ? buildDeclaratieAntwoord(message, { ...grounds.header(), rejected }) : undefined;
  }
  if (grounds.retourcodes.length === 0) return undefined;
  const { identificatie, dagtekening } = grounds.header();
  const byClass = codesByClass(message.code, grounds.findings) as Map<string, LDT_RetourCode[]>;
  const headerCodes = byClass.get('/Bericht/Header');
  if (message.code === 'WMO323') {
    // Every prestatie rejected, nothing else: the 325 lists each with its codes.
    if (rejected.size > 0 && byClass.size === rejected.size) return buildDeclaratieAntwoord(message, { identificatie, dagtekening, rejected });
    // Rejected as a whole; prestatie-level codes of a declaratie rejected as a whole go with the declaratie's.
    const declaratieCodes = [...new Set([...byClass].filter(([cls]) => cls !== '/Bericht/Header').flatMap(([, codes]) => codes))];
    return headerCodes?.length
      ? buildDeclaratieAntwoord(message, { identificatie, dagtekening, headerCodes })
      : buildDeclaratieAntwoord(message, { identificatie, dagtekening, declaratieCodes });
  }
  if (MESSAGE_TYPES[message.code].kind !== 'heen') return undefined;
  return buildRetour(message as Parameters<typeof buildRetour>[0], { identificatie, dagtekening, headerCodes, codes: byClass });
}
