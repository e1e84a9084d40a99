import { Inject, Injectable, NotFoundException } from '@nestjs/common';
import { maskBsn } from '@lib/funding';
import { render, saying, text, type Lang } from '@lib/i18n';
import { RETOURCODES } from '@lib/iwmo';
import {
  DATABASE, ReconciliationRepository, type Database, type DeclaratieRow, type Party, type PrestatieRow, type ReconciliationScope as Scope,
} from '@lib/persistence';

import { fixFor } from './retourcode-fixes';

/** A retourcode as the views show it: its meaning (WJ001), the rule and what to do about it. */
export interface RetourcodeView {
  code: string;
  betekenis: string | null;
  regel: string | null;
  /** in the reader's language */
  herstel: string;
}

/**
 * Per declaratie, amounts in eurocents, debet positive and credit negative: ingediend (the 323's
 * TotaalBedrag), split into afgewezenDoorGateway, afgewezenDoorGemeente, toegekend and open (not
 * judged yet), which add up to it.
 */
export interface DeclaratieSummary extends Omit<DeclaratieRow, 'retourcodes'> {
  retourcodes: RetourcodeView[];
}

/**
 * The declaratie-antwoord (WMO325) views: per declaratie what was ingediend, toegekend and is
 * still open; per prestatie its status and retourcodes with their meaning and remedy; and the
 * rejected prestaties still to be corrected. An aanbieder sees the declaraties it sent, a
 * gemeente those it received. Both exchanged the Bsns in them, so the API gives them in full,
 * with a masked copy (bsnMasked) for screens.
 */
@Injectable()
export class DeclaratieAntwoordenUseCase {
  constructor(@Inject(DATABASE) private readonly db: Database) {}

  /** `lang`: the language the remedies (herstel) are said in */
  async list(party: Party, filter: { periode?: string; limit: number }, lang: Lang): Promise<DeclaratieSummary[]> {
    const rows = await new ReconciliationRepository(this.db).declaraties(scopeOf(party), filter);
    return rows.map((d) => summary(d, lang));
  }

  async one(party: Party, messageId: string, lang: Lang) {
    const found = await new ReconciliationRepository(this.db).declaratie(scopeOf(party), messageId);
    if (!found) throw saying((m) => new NotFoundException(m), text('api.declaratie-not-found', { id: messageId }));
    return { ...summary(found.declaratie, lang), prestatieRegels: found.prestaties.map((p) => prestatieView(p, lang)) };
  }

  async teCorrigeren(party: Party, lang: Lang) {
    const rows = await new ReconciliationRepository(this.db).teCorrigeren(scopeOf(party));
    return rows.map((r) => ({ ...prestatieView(r, lang), declaratieMessageId: r.declaratieMessageId, declaratieNummer: r.declaratieNummer, gemeente: r.gemeente, aanbieder: r.aanbieder }));
  }
}

const scopeOf = (party: Party): Scope => ({ role: party.role, code: party.code });

function summary(d: DeclaratieRow, lang: Lang): DeclaratieSummary {
  return { ...d, retourcodes: d.retourcodes.map((code) => retourcodeView(code, lang)) };
}

function prestatieView(p: PrestatieRow, lang: Lang) {
  return { ...p, bsnMasked: maskBsn(p.bsn), retourcodes: p.retourcodes.map((code) => retourcodeView(code, lang)) };
}

/** A retourcode with its meaning (the standard's words) and its remedy said in `lang`. */
export function retourcodeView(code: string, lang: Lang): RetourcodeView {
  const info = RETOURCODES[code];
  return { code, betekenis: info?.betekenis ?? null, regel: info?.rule ?? null, herstel: render(fixFor(code), lang) };
}
