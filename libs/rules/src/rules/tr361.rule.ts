import { text, type Text } from '@lib/i18n';
import type { Finding, Rule } from '../rule';
import { collapsed, collapsedOrNull, describePeriod, partiesOf } from '../state/toewijzing-state';
import { standard } from '../catalogue/standard-rules';

/**
 * TR361: Een Product mag alleen vaker in verzoek om wijziging voorkomen als de zorgperiodes elkaar niet overlappen (9361).
 * OngewijzigdProduct and TeWijzigenProduct take their Product from the toewijzing (by ToewijzingNummer) and run from its
 * Ingangsdatum to the (requested) Einddatum; NieuwProduct from GewensteIngangsdatum to Einddatum. Without Code the
 * comparison is per ProductCategorie; without Product a period may overlap only categories 11-14, which may always overlap.
 */
export const TR361: Rule = {
  ...standard('TR361'),
  appliesTo: ['WMO317'],
  check(message, { state }) {
    if (message.code !== 'WMO317') return [];
    const { gemeente, aanbieder } = partiesOf(message);
    const { Verzoek } = message.bericht.Client;
    const base = '/Bericht/Client/Verzoek';
    const entries: Entry[] = [];
    const toewijzing = (nummer: string) => state.toewijzingen.toegewezenProduct(gemeente, aanbieder, nummer);
    (Verzoek.OngewijzigdeProducten?.OngewijzigdProduct ?? []).forEach((p, i) => {
      const t = toewijzing(p.ToewijzingNummer);
      if (!t) return; // TR350's finding
      entries.push({
        path: `${base}/OngewijzigdeProducten/OngewijzigdProduct[${i + 1}]`,
        name: `OngewijzigdProduct ${p.ToewijzingNummer}`,
        categorie: t.productCategorie,
        code: t.productCode,
        begin: t.ingangsdatum,
        end: t.einddatum,
      });
    });
    (Verzoek.TeWijzigenProducten?.TeWijzigenProduct ?? []).forEach((p, i) => {
      const t = toewijzing(p.ToewijzingNummer);
      if (!t) return; // TR351's finding
      entries.push({
        path: `${base}/TeWijzigenProducten/TeWijzigenProduct[${i + 1}]`,
        name: `TeWijzigenProduct ${p.ToewijzingNummer}`,
        categorie: t.productCategorie,
        code: t.productCode,
        begin: t.ingangsdatum,
        end: collapsedOrNull(p.Einddatum) ?? t.einddatum,
      });
    });
    (Verzoek.NieuweProducten?.NieuwProduct ?? []).forEach((p, i) => {
      entries.push({
        path: `${base}/NieuweProducten/NieuwProduct[${i + 1}]`,
        name: `NieuwProduct ${i + 1}`,
        categorie: p.Product?.Categorie ?? null,
        code: p.Product?.Code ?? null,
        begin: collapsed(p.GewensteIngangsdatum),
        end: collapsedOrNull(p.Einddatum),
      });
    });
    const findings: Finding[] = [];
    entries.forEach((entry, j) => {
      const other = entries.slice(0, j).find((e) => sameProductScope(e, entry) && overlap(e, entry));
      if (!other) return;
      findings.push({
        rule: 'TR361',
        retourcode: '9361',
        path: entry.path,
        text: text('TR361.overlap', {
          name: entry.name,
          product: shown(entry),
          period: describePeriod(entry.begin, entry.end),
          otherName: other.name,
          otherProduct: shown(other),
          otherPeriod: describePeriod(other.begin, other.end),
        }),
      });
    });
    return findings;
  },
};

interface Entry {
  path: string;
  name: string;
  categorie: string | null;
  code: string | null;
  begin: string;
  end: string | null;
}

const MAY_OVERLAP = new Set(['11', '12', '13', '14']);

function sameProductScope(a: Entry, b: Entry): boolean {
  if ((a.categorie !== null && MAY_OVERLAP.has(a.categorie)) || (b.categorie !== null && MAY_OVERLAP.has(b.categorie))) return false;
  if (a.categorie === null || b.categorie === null) return true;
  if (a.categorie !== b.categorie) return false;
  return a.code === null || b.code === null || a.code === b.code;
}

const overlap = (a: Entry, b: Entry) => a.begin <= (b.end ?? '9999-12-31') && b.begin <= (a.end ?? '9999-12-31');

const shown = (e: Entry): Text | string =>
  e.categorie === null ? text('across.no-product') : e.code === null ? `ProductCategorie ${e.categorie}` : `Product ${e.categorie}/${e.code}`;
