/**
 * @lib/funding: the money side of the exchange. The contract register's versions (store,
 * operations, diff, the file it is seeded from), the per-period all-in declaratie builder and
 * its corrections, and onderaanneming (the registry of relations, opgaven, delegation, merge).
 */
export * from './contracts/contract-register-file';
export * from './contracts/contract-register.store';
export * from './contracts/contract-operations';
export * from './contracts/contract-diff';
export * from './contracts/live-contract-register';
export * from './contracts/errors';
export * from './builder/calendar';
export * from './builder/declaratie-build';
export * from './builder/declaratie-build.repository';
export * from './builder/declaratie-builder';
export * from './builder/delegation.port';
export * from './builder/errors';
export * from './builder/wmo323';
export * from './onderaanneming/delegation';
export * from './onderaanneming/errors';
export * from './onderaanneming/merge';
export * from './onderaanneming/opgaven';
export * from './onderaanneming/registry';
