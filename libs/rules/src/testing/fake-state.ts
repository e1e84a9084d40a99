import type { MessageCode } from '@lib/iwmo';
import type { RuleContext } from '../rule';
import type { HeaderStateView, StateView } from '../state/state-view';
import type { ToegewezenProductState, ToewijzingStateView } from '../state/toewijzing-state';

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
}

/** In-memory toewijzing state for rule tests; the toewijzing area extends it. */
export class FakeToewijzingState implements ToewijzingStateView {
  readonly products: ToegewezenProductState[] = [];

  add(...products: ToegewezenProductState[]): this {
    this.products.push(...products);
    return this;
  }

  toegewezenProduct(gemeente: string, aanbieder: string, toewijzingNummer: string): ToegewezenProductState | undefined {
    return this.products.find((p) => p.gemeente === gemeente && p.aanbieder === aanbieder && p.toewijzingNummer === toewijzingNummer);
  }
}

export function fakeState(parts: Partial<StateView> = {}): StateView {
  return { header: new FakeHeaderState(), toewijzingen: new FakeToewijzingState(), declaraties: {}, ...parts };
}

export const context = (overrides: Partial<RuleContext> = {}): RuleContext => ({ today: '2026-11-22', state: fakeState(), config: {}, ...overrides });
