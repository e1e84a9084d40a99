import type { MessageCode, ParsedMessage } from '@lib/iwmo';
import type { DeclaratieStateView } from './declaratie-state';
import type { ToewijzingStateView } from './toewijzing-state';

/**
 * What cross-message rules may know of earlier accepted messages, per area.
 * A loader builds it for one message with a few batched queries (never one query
 * per class or prestatie); rules read it synchronously.
 */
export interface StateView {
  header: HeaderStateView;
  toewijzingen: ToewijzingStateView;
  declaraties: DeclaratieStateView;
}

export interface HeaderStateView {
  /** TR056: was this Identificatie already used by this Afzender for this message type? */
  identificatieUsed(afzender: string, code: MessageCode, identificatie: string): boolean;
  /**
   * The heenbericht a retourbericht answers: the accepted heenbericht of this type with this
   * Afzender, Identificatie and Dagtekening (the key of its header), or undefined.
   */
  heenbericht(key: HeenberichtKey): HeenberichtState | undefined;
}

/** What identifies a heenbericht: its type and its header's Afzender, Identificatie and Dagtekening. */
export interface HeenberichtKey {
  code: MessageCode;
  afzender: string;
  identificatie: string;
  dagtekening: string;
}

/** An accepted heenbericht as a retourbericht's rules see it. */
export interface HeenberichtState {
  /** messages.id, which the accepted retourbericht points to (in_reply_to) */
  id: string;
  /** the party it was routed to: the only one that may answer it */
  ontvanger: string;
  /** a retourbericht from its Ontvanger was accepted already (one answer per heenbericht) */
  answered: boolean;
}

/** Builds the StateView a message needs (implemented on PostgreSQL/PGlite in libs/persistence, in memory in tests). */
export interface StateLoader {
  load(message: ParsedMessage): Promise<StateView>;
}
