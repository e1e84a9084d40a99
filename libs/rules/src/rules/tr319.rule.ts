import { text } from '@lib/i18n';
import { day, monthName, named, prestatieRule } from './declaratie.support';
import { periodLabel } from './support/restricties';
import { standard } from '../catalogue/standard-rules';

/**
 * TR319: Een declaratiebericht bevat alleen prestaties waarvan de ProductPeriode valt binnen de huidige, of een
 * voorgaande declaratieperiode (9319). Implemented as the rule says: the text of 9319 in WJ001 ("niet geheel binnen
 * een DeclaratiePeriode") reads stricter, but earlier months may be declared later (IV089).
 */
export const TR319 = prestatieRule(
  {
    ...standard('TR319'),
  },
  (p, message) => {
    const periodeEinde = day(message.bericht.Declaratie.DeclaratiePeriode.Einddatum);
    if (p.periode.einddatum <= periodeEinde) return undefined;
    return text('TR319.after-declaratieperiode', {
      prestatie: named(p),
      periode: periodLabel({ begin: p.periode.begindatum, end: p.periode.einddatum }),
      declaratiePeriode: monthName(periodeEinde),
      month: monthName(p.periode.einddatum),
    });
  },
);
