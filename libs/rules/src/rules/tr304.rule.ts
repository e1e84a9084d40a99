import type { Finding, Rule } from '../rule';
import { antwoordPrestatiesOf, answeredDeclaratieOf, named, prestatiesOf, toegewezenProductOf } from './declaratie.support';

/** TR304: Bsn moet overeenkomen met Bsn van een Client (8187; on a 323 against the toewijzing, on a 325 against the 323 it answers). */
export const TR304: Rule = {
  code: 'TR304',
  retourcode: '8187',
  level: 'berichtoverstijgend',
  definition: 'Bsn moet overeenkomen met Bsn van een Client.',
  appliesTo: ['WMO323', 'WMO325'],
  check(message, context) {
    const findings: Finding[] = [];
    const found = (path: string, text: string) => findings.push({ rule: 'TR304', retourcode: '8187', path, message: text });
    if (message.code === 'WMO323') {
      for (const p of prestatiesOf(message)) {
        const toewijzing = toegewezenProductOf(p, message, context);
        if (toewijzing && toewijzing.bsn !== p.bsn) {
          found(
            p.path,
            `${named(p)}: toewijzing ${p.toewijzingNummer} belongs to client ${toewijzing.bsn}, not to ${p.bsn}; put the prestatie under the client of the toewijzing, or use that client's ToewijzingNummer.`,
          );
        }
      }
    } else if (message.code === 'WMO325') {
      const { answered } = answeredDeclaratieOf(message, context);
      for (const p of antwoordPrestatiesOf(message)) {
        const declared = answered?.prestatie(p.referentieNummer);
        if (declared && declared.bsn !== p.bsn) {
          found(
            p.path,
            `Prestatie ${p.referentieNummer} was declared for client ${declared.bsn} in declaratie ${answered!.declaratie.declaratieNummer}, not for ${p.bsn}; return it under the client it was declared for.`,
          );
        }
      }
    }
    return findings;
  },
};
