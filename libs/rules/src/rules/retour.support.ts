/**
 * What the rules on a retourbericht share: the heenbericht it answers and the party that may
 * answer it. A 302 ... 320 carries its heenbericht's header (Afzender, Ontvanger,
 * BerichtIdentificatie); a 325 has a header of its own and names its 323 in
 * DeclaratieIdentificatie. Pure functions.
 */
import { text, type Text } from '@lib/i18n';
import { MESSAGE_TYPES, type MessageCode, type ParsedMessage } from '@lib/iwmo';
import { HEADER, headerOf, type RuleContext } from '../rule';
import type { HeenberichtKey, HeenberichtState } from '../state/state-view';

/** The retourberichten that copy their heenbericht's header. */
export const HEADER_RETOUREN: readonly MessageCode[] = ['WMO302', 'WMO306', 'WMO308', 'WMO316', 'WMO318', 'WMO320'];
/** Every retourbericht, the 325 included. */
export const ALL_RETOUREN: readonly MessageCode[] = [...HEADER_RETOUREN, 'WMO325'];

export interface RetourBinding {
  /** the heenbericht looked for */
  key: HeenberichtKey;
  /** the party answering: the heenbericht's Ontvanger, if it is the right one */
  answeredBy: string;
  /** where a finding on the binding goes */
  path: string;
}

/** The heenbericht a retourbericht answers, or undefined for a heenbericht. */
export function bindingOf(message: ParsedMessage): RetourBinding | undefined {
  if (message.code === 'WMO325') {
    const { Afzender, Ontvanger, DeclaratieIdentificatie } = message.bericht.Header;
    return {
      key: { code: 'WMO323', afzender: Ontvanger.trim(), identificatie: DeclaratieIdentificatie.Identificatie.trim(), dagtekening: DeclaratieIdentificatie.Dagtekening.trim() },
      answeredBy: Afzender.trim(),
      path: HEADER,
    };
  }
  if (!HEADER_RETOUREN.includes(message.code)) return undefined;
  const { Afzender, Ontvanger, BerichtIdentificatie } = headerOf(message);
  return {
    key: { code: MESSAGE_TYPES[message.code].pair, afzender: Afzender.trim(), identificatie: BerichtIdentificatie.Identificatie.trim(), dagtekening: BerichtIdentificatie.Dagtekening.trim() },
    answeredBy: Ontvanger.trim(),
    path: HEADER,
  };
}

/** The heenbericht the retourbericht answers, when the gateway holds it and routed it to the answering party. */
export function heenberichtOf(message: ParsedMessage, { state }: Pick<RuleContext, 'state'>): HeenberichtState | undefined {
  const binding = bindingOf(message);
  if (!binding) return undefined;
  const heen = state.header.heenbericht(binding.key);
  return heen && heen.ontvanger === binding.answeredBy ? heen : undefined;
}

/** "the WMO301 with Identificatie F0001 of 2026-11-02 from 0503" */
export const describeHeen = (key: HeenberichtKey): Text =>
  text('across.heenbericht', { code: key.code, identificatie: key.identificatie, dagtekening: key.dagtekening, afzender: key.afzender });
