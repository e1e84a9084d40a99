/**
 * What `iwmo demo seed` sends, worked out before anything is sent: per gemeente and demo aanbieder
 * with a contract, a handful of clients with their toewijzingen (products of the aanbieder's
 * percelen in the live contract register), starts and stops, over the last few calendar months
 * ending with the current one. Pure: the same register and day give the same plan.
 */
import { addDays, addMonths, monthEnd } from '@lib/funding';
import { bsn, type ScenarioProduct } from '@lib/funding/builder/testing/scenario-messages';

/** Calendar months of traffic, the current one included; all but the current one are declared. */
export const DEMO_MONTHS = 4;
/** Clients per gemeente and aanbieder: the money page shows a figure from DASHBOARD_MIN_GROUP (5) clients on. */
export const CLIENTS_PER_PAIR = 7;
/** The aanbieder that receives by webhook at an address where nothing listens: its delivery becomes the dead letter. */
export const UNREACHABLE_AANBIEDER = { code: '99000001', name: 'Demo Zorg (webhook onbereikbaar)', webhookUrl: 'http://127.0.0.1:9/iwmo' } as const;
/** The BSNs of the demo clients are bsn(BSN_BASE + k): a range the tests' own message factories do not use. */
const BSN_BASE = 30_000_000;
const TOEWIJZING_BASE = 800_000_000;

/** What the plan needs of GET /v1/admin/contracts. */
export interface RegisterView {
  producten: ReadonlyArray<{ gemeente: string; productCode: string; productCategorie: string; resultaatgebied: string; geldigVanaf: string; geldigTotEnMet: string | null; tarieven: ReadonlyArray<{ vanaf: string; totEnMet: string | null; tariefPerMaand: number }> }>;
  contracten: ReadonlyArray<{ aanbieder: string; gemeente: string; perceel: string; vanaf: string; totEnMet: string | null }>;
}

export interface PlannedProduct extends ScenarioProduct {
  resultaatgebied: string;
  /** the start (305): the first day of care */
  begindatum: string;
  /** a stop (307), when care ends within the demo months */
  stop?: { redenBeeindiging: string; einddatum: string };
}

export interface PlannedClient {
  bsn: string;
  products: PlannedProduct[];
}

export interface PlannedPair {
  gemeente: string;
  aanbieder: string;
  clients: PlannedClient[];
}

export interface DemoPlan {
  /** YYYY-MM of every demo month, oldest first; the last is the current month */
  months: string[];
  /** the months declared (all but the current one) */
  declared: string[];
  pairs: PlannedPair[];
  /** toewijzingen to UNREACHABLE_AANBIEDER, each delivery of which becomes a dead letter; undefined without pairs */
  unreachable: PlannedPair | undefined;
}

type ProductsByGebied = Map<string, Array<RegisterView['producten'][number]>>;

/**
 * The resultaatgebieden the demo clients get, most used first (the H4 count about twice as many ORH as begeleiding
 * indicaties). At most two per aanbieder, so that each gemeente's cell per resultaatgebied has enough clients too.
 */
const PREFERRED_GEBIEDEN = ['ORH', 'SPF', 'DAG', 'FIN', 'HUI', 'GEZ'];
const mainGebieden = (contracted: readonly string[]): string[] =>
  [...contracted].sort((a, b) => rank(a) - rank(b) || a.localeCompare(b)).slice(0, 2);
const rank = (gebied: string) => (PREFERRED_GEBIEDEN.includes(gebied) ? PREFERRED_GEBIEDEN.indexOf(gebied) : PREFERRED_GEBIEDEN.length);

const within = (date: string, from: string, to: string | null) => date >= from && (to === null || date <= to);
const tariefOn = (p: RegisterView['producten'][number], date: string) => p.tarieven.find((t) => within(date, t.vanaf, t.totEnMet))?.tariefPerMaand;

/**
 * The plan for `today` (YYYY-MM-DD in Europe/Amsterdam) on `register`, for the gemeenten and aanbieders
 * given (in that order). A pair without a contract in the first month, or without products, is left out.
 */
export function demoPlan(today: string, register: RegisterView, gemeenten: readonly string[], aanbieders: readonly string[]): DemoPlan {
  const first = addMonths(today, -(DEMO_MONTHS - 1));
  const months = Array.from({ length: DEMO_MONTHS }, (_, i) => addMonths(first, i).slice(0, 7));
  const pairs: PlannedPair[] = [];
  let k = 0;
  let firstProducts: ProductsByGebied | undefined;
  const clientsOf = (byGebied: ProductsByGebied, pairIndex: number): PlannedClient[] => {
    const gebieden = mainGebieden([...byGebied.keys()]);
    return Array.from({ length: CLIENTS_PER_PAIR }, (_, i) => {
      // stapeling: every third client has a second resultaatgebied
      const own = i % 3 === 0 && gebieden.length > 1 ? [gebieden[i % gebieden.length]!, gebieden[(i + 1) % gebieden.length]!] : [gebieden[i % gebieden.length]!];
      const products = own.map((gebied, j) => {
        const choices = byGebied.get(gebied)!;
        return plannedProduct(choices[(i + pairIndex) % choices.length]!, TOEWIJZING_BASE + k * 10 + j, i, months, today);
      });
      return { bsn: bsn(BSN_BASE + k++), products };
    });
  };
  for (const gemeente of gemeenten) {
    for (const aanbieder of aanbieders) {
      const percelen = new Set(register.contracten.filter((c) => c.aanbieder === aanbieder && c.gemeente === gemeente && within(first, c.vanaf, c.totEnMet)).map((c) => c.perceel));
      const byGebied: ProductsByGebied = new Map();
      for (const p of register.producten) {
        if (p.gemeente !== gemeente || !percelen.has(p.resultaatgebied) || !within(first, p.geldigVanaf, p.geldigTotEnMet) || tariefOn(p, first) === undefined) continue;
        byGebied.set(p.resultaatgebied, [...(byGebied.get(p.resultaatgebied) ?? []), p]);
      }
      if (!byGebied.size) continue;
      firstProducts ??= byGebied;
      pairs.push({ gemeente, aanbieder, clients: clientsOf(byGebied, pairs.length) });
    }
  }
  // The unreachable aanbieder gets as many clients as a pair (the products of the first pair), so that its row on the
  // money page is not below the threshold (a row below it would have a neighbour suppressed along with it).
  const unreachable = pairs[0] && { gemeente: pairs[0].gemeente, aanbieder: UNREACHABLE_AANBIEDER.code, clients: clientsOf(firstProducts!, pairs.length) };
  return { months, declared: months.slice(0, -1), pairs, unreachable };
}

/**
 * One toewijzing: mostly from the first day of the first month for a year; every fourth client from
 * the 15th (a toewijzing that starts mid-month); client 5 of each pair a short beschikking that ends
 * with the second month (stop 19, volgens plan), client 6 moves away in the third month (stop 31).
 * ORH in stuks (82, one per month), the other resultaatgebieden as a budget in euro's (83) above the tarief.
 */
function plannedProduct(p: RegisterView['producten'][number], nummer: number, i: number, months: readonly string[], today: string): PlannedProduct {
  const first = `${months[0]}-01`;
  const ingangsdatum = i % 4 === 2 ? `${months[0]}-15` : first;
  const short = i % CLIENTS_PER_PAIR === 5;
  const einddatum = short ? monthEnd(`${months[1]}-01`) : addDays(addMonths(first, 12), -1);
  const moves = i % CLIENTS_PER_PAIR === 6 ? `${months[2]}-14` : undefined;
  const tarief = tariefOn(p, first)!;
  const omvang = p.resultaatgebied === 'ORH'
    ? { volume: '1', eenheid: '82', frequentie: '4' }
    : { volume: String(Math.ceil((tarief * 1.25) / 100) * 100), eenheid: '83', frequentie: '4' };
  const stop = short ? { redenBeeindiging: '19', einddatum } : moves && moves <= today ? { redenBeeindiging: '31', einddatum: moves } : undefined;
  return {
    nummer: String(nummer),
    categorie: p.productCategorie,
    code: p.productCode,
    resultaatgebied: p.resultaatgebied,
    ingangsdatum,
    einddatum,
    toewijzingsdatum: addDays(first, -10),
    toewijzingstijd: `09:${String(10 + (i % 50)).padStart(2, '0')}:00`,
    omvang,
    begindatum: addDays(ingangsdatum, i % 3),
    ...(stop && { stop }),
  };
}
