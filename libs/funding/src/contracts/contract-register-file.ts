import { readFileSync } from 'node:fs';
import { DEFAULT_CONTRACTS_FILE } from '@lib/config';
import { text } from '@lib/i18n';
import { ContractRegister, ContractRegisterError } from '@lib/rules';

/** Reads and validates a contract register file (JSON, docs/contracts.md): every problem at once, as a ContractRegisterError. */
export function loadContractRegister(file: string = DEFAULT_CONTRACTS_FILE): ContractRegister {
  let content: string;
  try {
    content = readFileSync(file, 'utf8');
  } catch (error) {
    throw new ContractRegisterError(file, [text('funding.register.cannot-read', { error: (error as Error).message })]);
  }
  let json: unknown;
  try {
    json = JSON.parse(content);
  } catch (error) {
    throw new ContractRegisterError(file, [text('funding.register.not-json', { error: (error as Error).message })]);
  }
  return ContractRegister.fromJson(json, file);
}
