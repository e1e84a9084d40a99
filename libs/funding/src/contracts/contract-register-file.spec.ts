import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { loadContractRegister } from './contract-register-file';

describe('loadContractRegister', () => {
  it('reads the illustrative H4 register by default', () => {
    expect(loadContractRegister().gemeenten().map((g) => g.code)).toEqual(['0503', '0603', '1783', '1842']);
  });

  it('says so when the file cannot be read or is not JSON', () => {
    const dir = mkdtempSync(join(tmpdir(), 'contracts-'));
    expect(() => loadContractRegister(join(dir, 'missing.json'))).toThrow(/missing\.json is geen geldig contractregister.*\n {2}- kan niet worden gelezen/);
    writeFileSync(join(dir, 'broken.json'), '{ "illustrative": tru');
    expect(() => loadContractRegister(join(dir, 'broken.json'))).toThrow(/broken\.json is geen geldig contractregister.*\n {2}- is geen JSON/);
  });
});
