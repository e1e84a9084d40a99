import { ForbiddenException } from '@nestjs/common';
import { saying, text } from '@lib/i18n';

export const DASHBOARD_ROLES = ['contractteam', 'gemeente', 'aanbieder', 'admin'] as const;
export type DashboardRole = (typeof DASHBOARD_ROLES)[number];

/** The person behind a dashboard session. */
export interface DashboardUser {
  readonly id: string;
  readonly username: string;
  readonly role: DashboardRole;
  /** CBS code of a gemeente user, AGB-code of an aanbieder user */
  readonly partyCode: string | null;
}

export type { DashboardScope as Scope } from '@lib/persistence';
import type { DashboardScope as Scope } from '@lib/persistence';

export function scopeOf(user: DashboardUser): Scope {
  if (user.role === 'gemeente' || user.role === 'aanbieder') return { kind: user.role, code: user.partyCode! };
  return { kind: 'all' };
}

/** Requeueing deliveries is an operator's action: the contractteam and admins. */
export const mayRequeue = (user: DashboardUser): boolean => user.role === 'contractteam' || user.role === 'admin';

/**
 * A filter naming another gemeente (or aanbieder) than the user's own is refused outright, rather
 * than silently showing nothing, so a mistyped link is noticed.
 */
export function assertFilterInScope(scope: Scope, filter: { gemeente?: string; aanbieder?: string }): void {
  if (scope.kind === 'gemeente' && filter.gemeente && filter.gemeente !== scope.code) {
    throw saying((m) => new ForbiddenException(m), text('dashboard.scope.other-gemeente', { own: scope.code, asked: filter.gemeente }));
  }
  if (scope.kind === 'aanbieder' && filter.aanbieder && filter.aanbieder !== scope.code) {
    throw saying((m) => new ForbiddenException(m), text('dashboard.scope.other-aanbieder', { own: scope.code, asked: filter.aanbieder }));
  }
}
