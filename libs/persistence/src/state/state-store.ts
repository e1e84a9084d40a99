import type { ParsedMessage } from '@lib/iwmo';
import { bindingOf, headerOf, type Finding, type HeenberichtState, type StateLoader, type StateView } from '@lib/rules';
import type { Queryable } from '../database';
import { MessageRepository } from '../repositories/message.repository';
import { DeclaratieStateRepository } from './declaratie-state.repository';
import { OnderaannemingRepository } from './onderaanneming.repository';
import { ToewijzingStateRepository } from './toewijzing-state.repository';

/**
 * The rules' view of earlier accepted messages, on PostgreSQL or PGlite: loads
 * what one message needs (a fixed handful of queries per area, whatever the
 * message's size) and applies an accepted message's effects.
 */
export class PersistentStateStore implements StateLoader {
  constructor(private readonly db: Queryable) {}

  async load(message: ParsedMessage): Promise<StateView> {
    const header = headerOf(message);
    const messages = new MessageRepository(this.db);
    const binding = bindingOf(message);
    const [used, heen, toewijzingen, declaraties] = await Promise.all([
      messages.identificatieUsed(header.Afzender, message.code, header.BerichtIdentificatie.Identificatie),
      binding && messages.heenbericht(binding.key.code, binding.key.afzender, binding.key.identificatie, binding.key.dagtekening),
      new ToewijzingStateRepository(this.db).load(message),
      new DeclaratieStateRepository(this.db).load(message),
    ]);
    const identificatie = header.BerichtIdentificatie.Identificatie;
    return {
      header: {
        identificatieUsed: (afzender, code, id) => used && afzender === header.Afzender && code === message.code && id === identificatie,
        heenbericht: (key): HeenberichtState | undefined =>
          binding && heen && key.code === binding.key.code && key.afzender === binding.key.afzender && key.identificatie === binding.key.identificatie && key.dagtekening === binding.key.dagtekening
            ? heen : undefined,
      },
      toewijzingen,
      declaraties,
    };
  }

  /**
   * Serialises judging and accepting the messages between one gemeente and one aanbieder:
   * held until `tx` ends, so the state a message is judged on is the state it is applied to
   * (two starts of the same toewijzing sent at the same moment cannot both pass TR326).
   */
  static async lock(tx: Queryable, message: ParsedMessage): Promise<void> {
    const { Afzender, Ontvanger } = headerOf(message);
    const pair = [Afzender, Ontvanger].sort().join('|');
    await tx.query('SELECT pg_advisory_xact_lock(hashtextextended($1, 0))', [`iwmo-state:${pair}`]);
  }

  /** Records an accepted message (for a declaratie: its prestaties with the prestatie-level findings) on `tx`. */
  static async apply(tx: Queryable, message: ParsedMessage, meta: { messageId: string; findings?: readonly Finding[] }): Promise<void> {
    await new ToewijzingStateRepository(tx).apply(message, meta);
    await new DeclaratieStateRepository(tx).apply(message, meta);
    await new OnderaannemingRepository(tx).apply(message, meta);
  }
}
