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
}

/** Builds the StateView a message needs (implemented on PostgreSQL/PGlite in libs/persistence, in memory in tests). */
export interface StateLoader {
  load(message: ParsedMessage): Promise<StateView>;
}
