/**
 * The contract register as the API shows it: the parsed register (per gemeente, tarieven with
 * their end dates worked out), not the stored JSON. The admin sees all of it; a party sees its
 * own part (contracts.controller.ts).
 */
import { render, text, type Lang, type Text } from '@lib/i18n';
import { type ContractChange, type ContractVersion, type StoredContractVersion } from '@lib/funding';
import { validOn, type ContractRegister, type RegisteredProduct } from '@lib/rules';

/** Said with every view of an illustrative register (example data). */
export const ILLUSTRATIVE_NOTICE: Text = text('funding.contracts.illustrative-notice');

/** A view as the API answers it: its notice and the sentences of its changes said in the reader's language. */
export type InLang<V> = { [K in keyof V]: K extends 'notice' ? string : K extends 'changes' ? Array<{ kind: ContractChange['kind']; text: string }> : V[K] };

/** The view with its notice and changes said in `lang` (the controller's last step; the use cases give texts). */
export function inLang<V extends { notice?: Text; changes?: readonly ContractChange[] }>(view: V, lang: Lang): InLang<V> {
  const { notice, changes, ...rest } = view;
  return {
    ...rest,
    ...(notice && { notice: render(notice, lang) }),
    ...(changes && { changes: changes.map((c) => ({ kind: c.kind, text: render(c.text, lang) })) }),
  } as InLang<V>;
}

export interface VersionView {
  version: number;
  illustrative: boolean;
  checksum: string;
  reason: string;
  createdBy: string;
  createdAt: Date;
  basedOn: number | null;
}

export const versionView = (v: ContractVersion): VersionView => ({
  version: v.version, illustrative: v.illustrative, checksum: v.checksum, reason: v.reason, createdBy: v.createdBy, createdAt: v.createdAt, basedOn: v.basedOn,
});

export interface ProductView {
  productCode: string;
  productCategorie: string;
  resultaatgebied: string;
  trede: number;
  omschrijving: string | null;
  geldigVanaf: string;
  geldigTotEnMet: string | null;
  tarieven: Array<{ vanaf: string; totEnMet: string | null; tariefPerMaand: number }>;
  /** with ?datum: the tarief on that day */
  tariefOpDatum?: number;
}

export const productView = (p: RegisteredProduct, register: ContractRegister, datum?: string): ProductView => ({
  productCode: p.productCode,
  productCategorie: p.productCategorie,
  resultaatgebied: p.resultaatgebied.code,
  trede: p.trede,
  omschrijving: p.omschrijving,
  geldigVanaf: p.geldigVanaf,
  geldigTotEnMet: p.geldigTotEnMet,
  tarieven: p.tarieven.map((t) => ({ vanaf: t.vanaf, totEnMet: t.totEnMet, tariefPerMaand: t.tariefPerMaand })),
  ...(datum !== undefined && validOn(p, datum) && { tariefOpDatum: register.tarief(p.gemeente, p.productCode, datum) }),
});

/** The whole register of a version, for the admin. */
export function registerView(stored: StoredContractVersion) {
  const register = stored.register;
  return {
    ...versionView(stored),
    ...(stored.illustrative && { notice: ILLUSTRATIVE_NOTICE }),
    gemeenten: register.gemeenten().map((g) => ({ ...g, declaratiebeleid: register.declaratieBeleid(g.code) })),
    resultaatgebieden: register.resultaatgebieden(),
    producten: register.gemeenten().flatMap((g) => register.products(g.code).map((p) => ({ gemeente: g.code, ...productView(p, register) }))),
    contracten: register.allContracts(),
  };
}
