import { Inject, Injectable } from '@nestjs/common';
import type { Text } from '@lib/i18n';
import { LiveContractRegister } from '@lib/funding';
import type { Party } from '@lib/persistence';
import type { Contract, ContractRegister } from '@lib/rules';
import { GemeenteNotInRegister, OtherGemeente } from './contracts.errors';
import { ILLUSTRATIVE_NOTICE, productView, type ProductView } from './register-view';

export interface GemeenteTarieven {
  gemeente: string;
  naam: string;
  declaratiebeleid: { proratie: string };
  /** an aanbieder: the codes of the percelen it is contracted for; a gemeente: all its codes */
  producten: ProductView[];
  /** an aanbieder: its own contracts in the gemeente; a gemeente: every contract in it */
  contracten: Array<Omit<Contract, 'gemeente'>>;
}

export interface TarievenView {
  version: number;
  illustrative: boolean;
  notice?: Text;
  gemeenten: GemeenteTarieven[];
}

/**
 * A party's part of the contract register: an aanbieder sees, per gemeente, the product codes of
 * the percelen it is contracted for with their tarieven (what TR418 holds its declaraties to)
 * and its own contracts, never another aanbieder's; a gemeente sees its own codes and contracts.
 */
@Injectable()
export class ReadTarievenUseCase {
  constructor(@Inject(LiveContractRegister) private readonly live: LiveContractRegister) {}

  async read(party: Party, gemeente: string | undefined, datum: string | undefined): Promise<TarievenView> {
    const version = this.live.currentVersion();
    const register = version.register;
    const known = register.gemeenten().map((g) => g.code);
    if (gemeente !== undefined && !register.covers(gemeente)) throw new GemeenteNotInRegister(gemeente, known);

    let gemeenten: GemeenteTarieven[];
    if (party.role === 'gemeente') {
      if (gemeente !== undefined && gemeente !== party.code) throw new OtherGemeente(party.code, gemeente);
      if (!register.covers(party.code)) throw new GemeenteNotInRegister(party.code, known);
      gemeenten = [this.forGemeente(register, party.code, datum, () => true, register.allContracts().filter((c) => c.gemeente === party.code))];
    } else {
      const own = register.contracts(party.code);
      const codes = gemeente !== undefined ? [gemeente] : [...new Set(own.map((c) => c.gemeente))].sort();
      gemeenten = codes.map((g) => {
        const mine = own.filter((c) => c.gemeente === g);
        const percelen = new Set(mine.map((c) => c.perceel));
        return this.forGemeente(register, g, datum, (p) => percelen.has(p), mine);
      });
    }
    return { version: version.version, illustrative: version.illustrative, ...(version.illustrative && { notice: ILLUSTRATIVE_NOTICE }), gemeenten };
  }

  private forGemeente(register: ContractRegister, gemeente: string, datum: string | undefined, perceel: (code: string) => boolean, contracts: readonly Contract[]): GemeenteTarieven {
    return {
      gemeente,
      naam: register.gemeenteNaam(gemeente)!,
      declaratiebeleid: register.declaratieBeleid(gemeente),
      producten: register.products(gemeente, datum).filter((p) => perceel(p.resultaatgebied.code)).map((p) => productView(p, register, datum)),
      contracten: contracts.map(({ gemeente: _gemeente, ...c }) => c),
    };
  }
}
