import type { Rule } from '../rule';
import { filled, finding } from './support/within-message';

/** CD007: Als Communicatie / Vorm de waarde 1 (tolk taal) heeft, dan verplicht vullen, anders leeglaten (Taal; 0001). */
export const CD007: Rule = {
  code: 'CD007',
  retourcode: '0001',
  level: 'cd-cs-rs',
  definition: 'Als Communicatie / Vorm de waarde 1 (tolk taal) heeft, dan verplicht vullen, anders leeglaten.',
  appliesTo: ['WMO301'],
  check(message) {
    if (message.code !== 'WMO301') return [];
    const communicatie = message.bericht.Client.Communicatie;
    if (!communicatie) return [];
    const path = '/Bericht/Client';
    if (communicatie.Vorm === '1' && !filled(communicatie.Taal)) {
      return [finding('CD007', path, 'Communicatie Vorm is 1 (tolk taal) but Taal is empty (CD007); fill Taal with the language the interpreter needs.')];
    }
    if (communicatie.Vorm !== '1' && filled(communicatie.Taal)) {
      return [
        finding(
          'CD007',
          path,
          `Communicatie Vorm is ${communicatie.Vorm} but Taal is filled ("${communicatie.Taal.trim()}") (CD007); Taal is only filled with Vorm 1 (tolk taal): leave Taal empty or use Vorm 1.`,
        ),
      ];
    }
    return [];
  },
};
