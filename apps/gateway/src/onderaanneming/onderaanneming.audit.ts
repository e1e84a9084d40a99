import { Injectable } from '@nestjs/common';
import { text } from '@lib/i18n';
import { AuditRepository, type Party } from '@lib/persistence';
import { OnderaannemingError } from '@lib/funding';

/**
 * Every onderaanneming step in the audit log: who acted (actor), on whose behalf (the
 * hoofdaannemer), for which toewijzing, and whether it was allowed or refused and why.
 */
@Injectable()
export class OnderaannemingAudit {
  constructor(private readonly audit: AuditRepository) {}

  /** Runs the step and records it: allowed with the detail of the result, or refused with the reason. */
  async step<T>(party: Party, action: string, detail: Record<string, unknown>, call: () => Promise<T>, resultDetail: (result: T) => Record<string, unknown> = () => ({})): Promise<T> {
    try {
      const result = await call();
      await this.audit.record({ partyId: party.id, actor: party.code, action: `onderaanneming.${action}`, outcome: 'allowed', detail: { ...detail, ...resultDetail(result) } });
      return result;
    } catch (error) {
      if (error instanceof OnderaannemingError) {
        await this.audit.record({ partyId: party.id, actor: party.code, action: `onderaanneming.${action}`, outcome: 'refused', reason: error.message.slice(0, 1000), detail });
      }
      throw error;
    }
  }
}

/** Onderaanneming is between aanbieders: a gemeente has no part in it (it knows only the hoofdaannemer). */
export function requireAanbieder(party: Party): void {
  if (party.role !== 'aanbieder') throw OnderaannemingError.one('forbidden', 'party', 'AANBIEDERS_ONLY', text('funding.onderaanneming.aanbieders-only'));
}
