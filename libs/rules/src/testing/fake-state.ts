import type { MessageCode } from '@lib/iwmo';
import type { RuleContext, StateView } from '../rule';

/** An in-memory StateView for rule tests. */
export class FakeState implements StateView {
  private readonly used = new Set<string>();

  useIdentificatie(afzender: string, code: MessageCode, identificatie: string): this {
    this.used.add(`${afzender}|${code}|${identificatie}`);
    return this;
  }

  identificatieUsed(afzender: string, code: MessageCode, identificatie: string): boolean {
    return this.used.has(`${afzender}|${code}|${identificatie}`);
  }
}

export const context = (overrides: Partial<RuleContext> = {}): RuleContext => ({ today: '2026-11-22', state: new FakeState(), ...overrides });
