/**
 * Test support: the illustrative H4 contract register (config/h4-contracts.json), read from
 * disk. The rules themselves do no I/O; import in spec files only.
 */
import { readFileSync } from 'node:fs';
import { DEFAULT_CONTRACTS_FILE } from '@lib/config';
import { ContractRegister } from '../config/contract-register';

/** The register's JSON document, to vary in a test. */
export const h4ContractsJson = (): Record<string, unknown> => JSON.parse(readFileSync(DEFAULT_CONTRACTS_FILE, 'utf8')) as Record<string, unknown>;

/** The illustrative H4 register, as the gateway seeds version 1 from it. */
export const h4ContractRegister = (): ContractRegister => ContractRegister.fromJson(h4ContractsJson(), DEFAULT_CONTRACTS_FILE);
