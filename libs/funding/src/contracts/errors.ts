/**
 * Errors of the contract register's store and operations. The gateway answers them as problem
 * details (apps/gateway/src/contracts/contracts.problem-filter.ts), each problem on a line of its own.
 */

/** The resulting register would not be valid: every problem, each with where it is (docs/contracts.md). */
export class ContractRegisterRejected extends Error {
  override name = 'ContractRegisterRejected';
  constructor(
    readonly problems: readonly string[],
    what = 'The contract register',
  ) {
    super(`${what} was not saved: ${problems.length === 1 ? 'a problem' : `${problems.length} problems`} (see docs/contracts.md):\n${problems.map((p) => `  - ${p}`).join('\n')}`);
  }
}

/** A change that cannot be applied to the current register (an unknown product code, no contract to end, ...). */
export class ContractChangeRefused extends Error {
  override name = 'ContractChangeRefused';
  constructor(readonly problems: readonly string[]) {
    super(`The change was not made:\n${problems.map((p) => `  - ${p}`).join('\n')}`);
  }
}

export class ContractVersionNotFound extends Error {
  override name = 'ContractVersionNotFound';
  constructor(readonly version: number, latest: number | undefined) {
    super(latest === undefined ? `There is no contract register version ${version}: no version is stored yet.` : `There is no contract register version ${version}; the versions are 1 to ${latest}.`);
  }
}

/** Someone saved a version after the one this change was based on. */
export class ContractVersionConflict extends Error {
  override name = 'ContractVersionConflict';
  constructor(readonly basedOn: number, readonly latest: number) {
    super(
      `The change was based on contract register version ${basedOn}, but version ${latest} is the latest now. ` +
        `Look at what changed (GET /v1/admin/contracts/diff?from=${basedOn}&to=${latest}) and send the change again based on version ${latest}.`,
    );
  }
}
