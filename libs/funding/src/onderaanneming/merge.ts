import { randomBytes } from 'node:crypto';
import { text } from '@lib/i18n';
import { parse, serialize, type ParsedMessageOf } from '@lib/iwmo';
import type { CDT_Product, Wmo301Client, Wmo305StartProduct, Wmo307StopProduct } from '@lib/iwmo';
import { MessageRepository, OnderaannemingRepository, type Database, type MergedBericht, type Opgave, type Queryable } from '@lib/persistence';
import { dutchToday } from '@lib/rules';
import { OnderaannemingError } from './errors';

/** A merged message as built, with its XML and the opgaven in it. */
export interface BuiltBericht extends MergedBericht {
  readonly xml: string;
  readonly opgaven: readonly string[];
}

/**
 * Turns the approved starts and stops of the hoofdaannemer's onderaannemers into the
 * hoofdaannemer's own WMO305 and WMO307: one message per gemeente, client and kind, sent by the
 * hoofdaannemer (Afzender) to the gemeente. The client's name, date of birth and sex come from
 * the 301 the gemeente sent the hoofdaannemer; the onderaannemer never had them. The opgaven are
 * marked in_bericht with a link to the message; the hoofdaannemer fetches it or has the gateway
 * submit it on its behalf.
 */
export class MergeService {
  constructor(private readonly db: Database) {}

  async build(hoofdaannemer: string, opts: { gemeente?: string; createdBy: string }): Promise<BuiltBericht[]> {
    return this.db.transaction(async (tx) => {
      const repository = new OnderaannemingRepository(tx);
      const opgaven = await repository.opgaven({ hoofdaannemer, gemeente: opts.gemeente, status: ['goedgekeurd'], soort: ['start', 'stop'] });
      const groups = new Map<string, { gemeente: string; soort: 'WMO305' | 'WMO307'; bsn: string; messageId: string; items: Array<{ opgave: Opgave; ingangsdatum: string; categorie: string | null; code: string | null }> }>();
      for (const opgave of opgaven) {
        const t = await repository.toewijzing(opgave.gemeente, hoofdaannemer, opgave.toewijzingNummer);
        if (!t) continue;
        const soort = opgave.soort === 'start' ? 'WMO305' : 'WMO307';
        const key = `${opgave.gemeente}|${soort}|${t.bsn}`;
        const group = groups.get(key) ?? { gemeente: opgave.gemeente, soort, bsn: t.bsn, messageId: t.messageId, items: [] };
        group.items.push({ opgave, ingangsdatum: t.ingangsdatum, categorie: t.productCategorie, code: t.productCode });
        groups.set(key, group);
      }
      const built: BuiltBericht[] = [];
      for (const group of groups.values()) {
        const client = await clientOf(tx, group.messageId, group.bsn);
        const identificatie = newIdentificatie();
        const product = (i: (typeof group.items)[number]): { Product?: CDT_Product } =>
          i.categorie === null ? {} : { Product: { Categorie: i.categorie as CDT_Product['Categorie'], ...(i.code === null ? {} : { Code: i.code }) } };
        const header = {
          BerichtCode: group.soort === 'WMO305' ? '418' : '420', BerichtVersie: '3', BerichtSubversie: '2',
          Afzender: hoofdaannemer, Ontvanger: group.gemeente,
          BerichtIdentificatie: { Identificatie: identificatie, Dagtekening: dutchToday() },
          XsdVersie: { BasisschemaXsdVersie: '1.0.0', BerichtXsdVersie: '1.0.0' },
        };
        const person = {
          Bsn: client.Bsn, Geboortedatum: client.Geboortedatum, Geslacht: client.Geslacht,
          Naam: {
            Geslachtsnaam: client.Naam.Geslachtsnaam,
            ...(client.Naam.Voornamen === undefined ? {} : { Voornamen: client.Naam.Voornamen }),
            ...(client.Naam.Voorletters === undefined ? {} : { Voorletters: client.Naam.Voorletters }),
          },
        };
        const message: ParsedMessageOf<'WMO305'> | ParsedMessageOf<'WMO307'> = group.soort === 'WMO305'
          ? {
              code: 'WMO305',
              bericht: {
                Header: header,
                Client: {
                  ...person,
                  StartProducten: {
                    StartProduct: group.items.map((i): Wmo305StartProduct => ({
                      ToewijzingNummer: i.opgave.toewijzingNummer, ...product(i), ToewijzingIngangsdatum: i.ingangsdatum, Begindatum: i.opgave.begindatum, StatusAanlevering: '1',
                    })),
                  },
                },
              },
            }
          : {
              code: 'WMO307',
              bericht: {
                Header: header,
                Client: {
                  ...person,
                  StopProducten: {
                    StopProduct: group.items.map((i): Wmo307StopProduct => ({
                      ToewijzingNummer: i.opgave.toewijzingNummer, ...product(i), ToewijzingIngangsdatum: i.ingangsdatum, Begindatum: i.opgave.begindatum,
                      RedenBeeindiging: i.opgave.redenBeeindiging as Wmo307StopProduct['RedenBeeindiging'], Einddatum: i.opgave.einddatum!, StatusAanlevering: '1',
                    })),
                  },
                },
              },
            };
        const xml = serialize(message);
        const bericht = await repository.insertBericht({ hoofdaannemer, gemeente: group.gemeente, soort: group.soort, identificatie, xml, createdBy: opts.createdBy });
        const ids = group.items.map((i) => i.opgave.id);
        await repository.markInBericht(ids, bericht.id);
        built.push({ ...bericht, xml, opgaven: ids });
      }
      return built;
    });
  }
}

/** The client as the gemeente sent it to the hoofdaannemer in the 301 that assigned the toewijzing. */
async function clientOf(tx: Queryable, messageId: string, bsn: string): Promise<Wmo301Client> {
  const raw = await new MessageRepository(tx).raw(messageId);
  const parsed = raw && parse(raw);
  if (!parsed || parsed.code !== 'WMO301' || parsed.bericht.Client.Bsn.trim() !== bsn) {
    throw OnderaannemingError.one('conflict', 'toewijzingNummer', 'NO_TOEWIJZING_BERICHT', text('funding.onderaanneming.no-toewijzing-bericht', { messageId }));
  }
  return parsed.bericht.Client;
}

/** 12 characters (the maximum of LDT_IdentificatieBericht), recognisable as merged by the gateway. */
const newIdentificatie = () => `OA${randomBytes(8).toString('base64url').replace(/[-_]/g, 'x').slice(0, 10)}`;
