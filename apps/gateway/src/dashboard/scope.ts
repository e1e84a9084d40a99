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

/**
 * What a user may see: the contractteam and admins all four gemeenten; a gemeente the rows where it
 * is afzender or ontvanger (its own gemeente); an aanbieder the rows where it is.
 */
export type Scope = { readonly kind: 'all' } | { readonly kind: 'gemeente' | 'aanbieder'; readonly code: string };

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

/** Collects positional parameters while a query is put together. */
export class Params {
  readonly values: unknown[] = [];
  /** `$n` for the value */
  p(value: unknown): string {
    this.values.push(value);
    return `$${this.values.length}`;
  }
}

/** SQL condition: the message (alias m) is one the scope may see. */
export function messageInScope(params: Params, scope: Scope, alias = 'm'): string {
  if (scope.kind === 'all') return 'TRUE';
  const code = params.p(scope.code);
  // a message rejected before its header could be read has no afzender: it is the submitter's
  return `(${alias}.afzender = ${code} OR ${alias}.ontvanger = ${code} OR ${alias}.submitted_by = (SELECT id FROM parties WHERE code = ${code}))`;
}

/** SQL condition on rows with gemeente and aanbieder columns (state tables, deadlines). */
export function partyColumnsInScope(params: Params, scope: Scope, gemeente: string, aanbieder: string): string {
  if (scope.kind === 'all') return 'TRUE';
  return `${scope.kind === 'gemeente' ? gemeente : aanbieder} = ${params.p(scope.code)}`;
}
