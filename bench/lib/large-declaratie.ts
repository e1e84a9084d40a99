/**
 * The largest legal message for a running gateway: a WMO323 of just under 25 MiB
 * (bench/lib/generate.ts), the toewijzingen its prestaties relate to written into
 * the gateway's store, and a contract register in which its products, tarieven and
 * aanbieder are contracted, so that the gateway judges it as a clean declaratie
 * (every rule runs; none rejects). As in bench/rules-25mb.bench.ts, the
 * toewijzingen are applied through the toewijzing state repository (one WMO301
 * per client), not sent: 20,000 toewijzingen through HTTP would be a benchmark of
 * their own.
 */
import { randomUUID } from 'node:crypto';
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { parse, type ParsedMessage } from '@lib/iwmo';
import { ToewijzingStateRepository, type Queryable } from '@lib/persistence';
import { AGB_AANBIEDER, GEMEENTE_DELFT, generateLargeWmo323, PERIODE, PRODUCTS, type LargeDeclaratie } from './generate';

export { AGB_AANBIEDER as LARGE_AANBIEDER, GEMEENTE_DELFT as LARGE_GEMEENTE };

interface Tarief {
  vanaf: string;
  tariefPerMaand: number;
}
interface RegisterJson {
  producten: Array<{ productCode: string; resultaatgebied: string; tarieven: Tarief[] }>;
  contracten: Array<{ aanbieder: string; naam: string; gemeenten: string[]; percelen: string[]; vanaf: string; totEnMet: string | null }>;
}

/**
 * A copy of config/h4-contracts.json in which the generator's products carry the
 * generator's tarieven for the declaratie's month (March 2025) only, the register's
 * own tarieven before and after it, and the generator's aanbieder is contracted for
 * their resultaatgebieden in Delft. `alsoContracted` aanbieders (the soak's one
 * aanbieder per chain) get the Delft demo aanbieder's contract, so their
 * declaraties are judged against contracted tarieven (TR418). Returns the file's
 * path (for CONTRACTS_FILE).
 */
export function writeContractsFor(repoRoot: string, outPath: string, alsoContracted: readonly string[] = []): string {
  const json = JSON.parse(readFileSync(join(repoRoot, 'config', 'h4-contracts.json'), 'utf8')) as RegisterJson;
  const percelen = new Set<string>();
  for (const generated of PRODUCTS) {
    const product = json.producten.find((p) => p.productCode === generated.code);
    if (!product) throw new Error(`config/h4-contracts.json has no product ${generated.code}; bench/lib/generate.ts declares it`);
    percelen.add(product.resultaatgebied);
    const tariefOn = (day: string) => [...product.tarieven].filter((t) => t.vanaf <= day).sort((a, b) => a.vanaf.localeCompare(b.vanaf)).pop();
    const after = tariefOn('2025-04-01');
    product.tarieven = [
      ...product.tarieven.filter((t) => t.vanaf < PERIODE.begin),
      { vanaf: PERIODE.begin, tariefPerMaand: generated.tarief },
      ...(after ? [{ vanaf: '2025-04-01', tariefPerMaand: after.tariefPerMaand }] : []),
      ...product.tarieven.filter((t) => t.vanaf > '2025-04-01'),
    ].filter((t, i, all) => all.findIndex((u) => u.vanaf === t.vanaf) === i);
  }
  const demo = json.contracten.find((c) => c.aanbieder === '12345678');
  if (alsoContracted.length && !demo) throw new Error('config/h4-contracts.json has no contract of demo aanbieder 12345678 to copy');
  for (const aanbieder of alsoContracted) json.contracten.push({ ...demo!, aanbieder, naam: `Bench aanbieder ${aanbieder}` });
  json.contracten.push({ aanbieder: AGB_AANBIEDER, naam: 'Bench Declarant (25 MB)', gemeenten: [GEMEENTE_DELFT], percelen: [...percelen], vanaf: '2020-01-01', totEnMet: null });
  writeFileSync(outPath, JSON.stringify(json, null, 2));
  return outPath;
}

/** Generates the file (bench/out/wmo323-25mb.xml) and reads it back. */
export function largeDeclaratie(): LargeDeclaratie & { raw: Buffer } {
  const large = generateLargeWmo323();
  return { ...large, raw: readFileSync(large.path) };
}

/**
 * Writes the toewijzing state every prestatie of the declaratie relates to: per
 * client one WMO301 with a ToegewezenProduct per prestatie, covering its
 * ProductPeriode (a prestatie starting or ending within the month belongs to a
 * toewijzing that does, TR387/TR388). `concurrency` clients at a time. Returns the
 * number of toegewezen products written.
 */
export async function storeToewijzingenFor(db: Queryable, raw: Buffer, concurrency = 4): Promise<number> {
  const declaratie = parse(raw);
  if (declaratie.code !== 'WMO323') throw new Error(`expected a WMO323, got ${declaratie.code}`);
  const clients = declaratie.bericht.Declaratie.Clienten.Client;
  const repo = new ToewijzingStateRepository(db);
  let next = 0;
  let products = 0;
  await Promise.all(Array.from({ length: concurrency }, async () => {
    while (next < clients.length) {
      const client = clients[next++]!;
      const toegewezen = client.Prestaties.Prestatie.map((p) => ({
        ToewijzingNummer: p.ToewijzingNummer, Product: { Categorie: p.ProductCategorie, Code: p.ProductCode },
        Toewijzingsdatum: '2024-12-20', Toewijzingstijd: '10:00:00',
        Ingangsdatum: p.ProductPeriode.Begindatum === PERIODE.begin ? '2025-01-01' : p.ProductPeriode.Begindatum,
        Einddatum: p.ProductPeriode.Einddatum === PERIODE.eind ? '2025-12-31' : p.ProductPeriode.Einddatum,
        Omvang: { Volume: '1', Eenheid: '82', Frequentie: '4' },
      }));
      products += toegewezen.length;
      const toewijzing = {
        code: 'WMO301',
        bericht: {
          Header: {
            BerichtCode: '414', BerichtVersie: '3', BerichtSubversie: '2', Afzender: GEMEENTE_DELFT, Ontvanger: AGB_AANBIEDER,
            BerichtIdentificatie: { Identificatie: `BT${next}`, Dagtekening: '2024-12-20' }, XsdVersie: { BasisschemaXsdVersie: '1.0.0', BerichtXsdVersie: '1.0.0' },
          },
          Client: { Bsn: client.Bsn, ToegewezenProducten: { ToegewezenProduct: toegewezen } },
        },
      } as unknown as ParsedMessage;
      await repo.apply(toewijzing, { messageId: randomUUID() });
    }
  }));
  return products;
}
