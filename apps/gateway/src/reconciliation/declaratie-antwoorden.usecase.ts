import { Inject, Injectable, NotFoundException } from '@nestjs/common';
import { maskBsn } from '@lib/funding';
import { saying, text } from '@lib/i18n';
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

  async list(party: Party, filter: { periode?: string; limit: number }): Promise<DeclaratieSummary[]> {
    const rows = await new ReconciliationRepository(this.db).declaraties(scopeOf(party), filter);
    return rows.map(summary);
  }

  async one(party: Party, messageId: string) {
    const found = await new ReconciliationRepository(this.db).declaratie(scopeOf(party), messageId);
    if (!found) throw saying((m) => new NotFoundException(m), text('api.declaratie-not-found', { id: messageId }));
    return { ...summary(found.declaratie), prestatieRegels: found.prestaties.map(prestatieView) };
  }

  async teCorrigeren(party: Party) {
    const rows = await new ReconciliationRepository(this.db).teCorrigeren(scopeOf(party));
    return rows.map((r) => ({ ...prestatieView(r), declaratieMessageId: r.declaratieMessageId, declaratieNummer: r.declaratieNummer, gemeente: r.gemeente, aanbieder: r.aanbieder }));
  }
}

const scopeOf = (party: Party): Scope => ({ role: party.role, code: party.code });

function summary(d: DeclaratieRow): DeclaratieSummary {
  return { ...d, retourcodes: d.retourcodes.map(retourcodeView) };
}

function prestatieView(p: PrestatieRow) {
  return { ...p, bsnMasked: maskBsn(p.bsn), retourcodes: p.retourcodes.map(retourcodeView) };
}

export function retourcodeView(code: string): RetourcodeView {
  const info = RETOURCODES[code];
  return { code, betekenis: info?.betekenis ?? null, regel: info?.rule ?? null, herstel: fixFor(code) };
}
