import { text } from '@lib/i18n';
import { NO_RETOURCODE, type Rule } from '../rule';
import { bindingOf, describeHeen, HEADER_RETOUREN, heenberichtOf } from './retour.support';

/**
 * RETOUR-HEENBERICHT (the exchange's own check, not a rule of the standard): a retourbericht
 * answers a heenbericht that the gateway accepted and routed to the party answering it. A
 * retourbericht without it, or for a heenbericht sent to another party, is refused; it
 * consumes nothing, so the right answer is still accepted afterwards. For the 325 this is TR337.
 */
export const RETOUR_HEENBERICHT: Rule = {
  code: 'RETOUR-HEENBERICHT',
  retourcode: NO_RETOURCODE,
  level: 'uitwisseling',
  definition: 'Een retourbericht beantwoordt een heenbericht dat via de gateway aan de verzender van het retourbericht is afgeleverd.',
  appliesTo: HEADER_RETOUREN,
  check(message, context) {
    const binding = bindingOf(message);
    if (!binding || heenberichtOf(message, context)) return [];
    return [
      {
        rule: 'RETOUR-HEENBERICHT',
        retourcode: NO_RETOURCODE,
        path: binding.path,
        text: text('RETOUR-HEENBERICHT.not-delivered', { code: message.code, heenbericht: describeHeen(binding.key), answeredBy: binding.answeredBy }),
      },
    ];
  },
};
