/**
 * Errors of the contract register's store and operations. Each says a catalogue text (`text`, its
 * Dutch in `message`); `problems` are texts too. The gateway answers them as problem details in the
 * reader's language (apps/gateway/src/contracts/contracts.errors.ts), each problem on a line of its own.
 */
import { text, type Text } from '@lib/i18n';
import { bulleted } from '@lib/rules';
import { SaidError } from '../said-error';

/** The resulting register would not be valid: every problem, each with where it is (docs/contracts.md). */
export class ContractRegisterRejected extends SaidError {
  override name = 'ContractRegisterRejected';
  constructor(
    readonly problems: readonly Text[],
    what: Text = text('funding.contracts.what.register'),
  ) {
    super(text('funding.contracts.rejected', { what, count: problems.length, problems: bulleted(problems) }));
  }
}

/** A change that cannot be applied to the current register (an unknown product code, no contract to end, ...). */
export class ContractChangeRefused extends SaidError {
  override name = 'ContractChangeRefused';
  constructor(readonly problems: readonly Text[]) {
    super(text('funding.contracts.change-refused', { problems: bulleted(problems) }));
  }
}

export class ContractVersionNotFound extends SaidError {
  override name = 'ContractVersionNotFound';
  constructor(readonly version: number, latest: number | undefined) {
    super(latest === undefined ? text('funding.contracts.no-version-yet', { version }) : text('funding.contracts.no-such-version', { version, latest }));
  }
}

/** Someone saved a version after the one this change was based on. */
export class ContractVersionConflict extends SaidError {
  override name = 'ContractVersionConflict';
  constructor(readonly basedOn: number, readonly latest: number) {
    super(text('funding.contracts.version-conflict', { basedOn, latest }));
  }
}
