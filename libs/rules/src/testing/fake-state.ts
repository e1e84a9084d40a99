import type { MessageCode } from '@lib/iwmo';
import type { RuleContext } from '../rule';
import type { HeaderStateView, HeenberichtKey, HeenberichtState, StateView } from '../state/state-view';
import { FakeToewijzingState } from './fake-toewijzing-state';
import { FakeDeclaratieState } from './fake-declaratie-state';
import { ContractRegister } from '../config/contract-register';

export { FakeToewijzingState } from './fake-toewijzing-state';

/** In-memory header state for rule tests. */
export class FakeHeaderState implements HeaderStateView {
  private readonly used = new Set<string>();

  useIdentificatie(afzender: string, code: MessageCode, identificatie: string): this {
    this.used.add(`${afzender}|${code}|${identificatie}`);
    return this;
  }

  identificatieUsed(afzender: string, code: MessageCode, identificatie: string): boolean {
    return this.used.has(`${afzender}|${code}|${identificatie}`);
  }

  private readonly heen = new Map<string, HeenberichtState>();

  /** An accepted heenbericht routed to `ontvanger`, answered or not. */
  addHeenbericht(key: HeenberichtKey, ontvanger: string, answered = false): this {
    this.heen.set(heenKey(key), { id: `heen-${this.heen.size + 1}`, ontvanger, answered });
    return this;
  }

  heenbericht(key: HeenberichtKey): HeenberichtState | undefined {
    return this.heen.get(heenKey(key));
  }
}

const heenKey = (k: HeenberichtKey) => `${k.code}|${k.afzender}|${k.identificatie}|${k.dagtekening}`;

export function fakeState(parts: Partial<StateView> = {}): StateView {
  return { header: new FakeHeaderState(), toewijzingen: new FakeToewijzingState(), declaraties: new FakeDeclaratieState(), ...parts };
}

export const context = (overrides: Partial<RuleContext> = {}): RuleContext => ({ today: '2026-11-22', state: fakeState(), config: { contracts: ContractRegister.empty() }, ...overrides });
