import { readFileSync } from 'node:fs';
import { DEFAULT_CONTRACTS_FILE } from '@lib/config';
import { ContractRegister, ContractRegisterError } from '@lib/rules';

/** Reads and validates a contract register file (JSON, docs/contracts.md): every problem at once, as a ContractRegisterError. */
export function loadContractRegister(file: string = DEFAULT_CONTRACTS_FILE): ContractRegister {
  let text: string;
  try {
    text = readFileSync(file, 'utf8');
  } catch (error) {
    throw new ContractRegisterError(file, [`cannot be read: ${(error as Error).message}`]);
  }
  let json: unknown;
  try {
    json = JSON.parse(text);
  } catch (error) {
    throw new ContractRegisterError(file, [`is not JSON: ${(error as Error).message}`]);
  }
  return ContractRegister.fromJson(json, file);
}
