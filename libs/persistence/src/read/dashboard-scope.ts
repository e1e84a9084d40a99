/** What a dashboard user may see, and the SQL conditions that keep a query inside it. */

/**
 * What a user may see: the contractteam and admins all four gemeenten; a gemeente the rows where it
 * is afzender or ontvanger (its own gemeente); an aanbieder the rows where it is.
 */
export type DashboardScope = { readonly kind: 'all' } | { readonly kind: 'gemeente' | 'aanbieder'; readonly code: string };

/** Collects positional parameters while a query is put together. */
export class SqlParams {
  readonly values: unknown[] = [];
  /** `$n` for the value */
  p(value: unknown): string {
    this.values.push(value);
    return `$${this.values.length}`;
  }
}

/** SQL condition: the message (alias m) is one the scope may see. */
export function messageInScope(params: SqlParams, scope: DashboardScope, alias = 'm'): string {
  if (scope.kind === 'all') return 'TRUE';
  const code = params.p(scope.code);
  // a message rejected before its header could be read has no afzender: it is the submitter's
  return `(${alias}.afzender = ${code} OR ${alias}.ontvanger = ${code} OR ${alias}.submitted_by = (SELECT id FROM parties WHERE code = ${code}))`;
}

/** SQL condition on rows with gemeente and aanbieder columns (state tables, deadlines). */
export function partyColumnsInScope(params: SqlParams, scope: DashboardScope, gemeente: string, aanbieder: string): string {
  if (scope.kind === 'all') return 'TRUE';
  return `${scope.kind === 'gemeente' ? gemeente : aanbieder} = ${params.p(scope.code)}`;
}
