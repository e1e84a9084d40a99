import { formatNumber } from '../../format';
import type { Section } from '../section';

/** A count as Dutch writes it (12.345); a parameter that is not a number as it is. */
const n = (value: number): string => (Number.isFinite(Number(value)) ? formatNumber(Number(value), 'nl') : String(value));

/**
 * Dutch texts: cli, what the `iwmo` command line says (help, tables, summaries, progress, errors).
 * Keys are 'cli.<command>.<what>'; the standard's words, codes, option names and values stay as
 * they are spelled on the command line and in the standard.
 */
export const cli = {
  // ------------------------------------------------------------ the program, its help and commander's own errors
  'cli.program.description': () => 'iWmo 3.2-gereedschap van de H4-gateway',
  'cli.program.version': () => 'de versie van de gateway waar dit gereedschap bij hoort',
  'cli.program.lang': () => 'de taal van de uitvoer: nl (Nederlands, standaard) of en (Engels); ook via IWMO_LANG',
  'cli.program.help-option': () => 'toont de hulp bij deze opdracht',
  'cli.program.help-command': () => 'toont de hulp bij een opdracht',
  'cli.program.heading-usage': () => 'Gebruik:',
  'cli.program.heading-arguments': () => 'Argumenten:',
  'cli.program.heading-options': () => 'Opties:',
  'cli.program.heading-global-options': () => 'Algemene opties:',
  'cli.program.heading-commands': () => 'Opdrachten:',
  'cli.program.help-default': (p: { value: string }) => `standaard: ${p.value}`,
  'cli.program.help-choices': (p: { choices: string }) => `keuze uit: ${p.choices}`,
  'cli.program.unknown-lang': (p: { value: string; source: string; langs: string }) =>
    `iwmo: onbekende taal '${p.value}' in ${p.source}; kies een van ${p.langs} (nl: Nederlands, en: Engels)`,
  'cli.program.did-you-mean': (p: { names: string }) => ` (bedoelde u ${p.names}?)`,
  'cli.program.unknown-option': (p: { option: string; hint: string }) => `fout: onbekende optie '${p.option}'${p.hint}`,
  'cli.program.unknown-command': (p: { command: string; hint: string }) => `fout: onbekende opdracht '${p.command}'${p.hint}`,
  'cli.program.missing-argument': (p: { argument: string }) => `fout: het verplichte argument '${p.argument}' ontbreekt`,
  'cli.program.option-missing-value': (p: { option: string }) => `fout: de optie '${p.option}' mist haar waarde`,
  'cli.program.missing-option': (p: { option: string }) => `fout: de verplichte optie '${p.option}' ontbreekt`,
  'cli.program.excess-arguments': (p: { command: string; expected: number; got: number }) =>
    `fout: te veel argumenten voor '${p.command}': ${n(p.expected)} verwacht, ${n(p.got)} gegeven`,
  'cli.program.invalid-option-value': (p: { option: string; value: string; reason: string }) =>
    `fout: de waarde '${p.value}' van optie '${p.option}' is ongeldig: ${p.reason}`,
  'cli.program.invalid-argument-value': (p: { argument: string; value: string; reason: string }) =>
    `fout: de waarde '${p.value}' van argument '${p.argument}' is ongeldig: ${p.reason}`,
  'cli.program.allowed-choices': (p: { choices: string }) => `kies uit ${p.choices}`,
  'cli.program.none': () => '(geen)',

  // ------------------------------------------------------------ the one-line user errors of main.ts
  'cli.main.unexpected': (p: { message: string }) => `iwmo: onverwachte fout: ${p.message} (IWMO_DEBUG=1 toont de details)`,
  'cli.main.file-error': (p: { path: string; problem: string }) => `${p.path}: ${p.problem}`,
  'cli.main.ENOENT': () => 'bestand of map bestaat niet',
  'cli.main.EACCES': () => 'geen toegang (controleer de rechten)',
  'cli.main.EPERM': () => 'niet toegestaan (controleer de rechten)',
  'cli.main.EISDIR': () => 'is een map, geen bestand',
  'cli.main.ENOTDIR': () => 'een deel van het pad is geen map',
  'cli.main.ELOOP': () => 'te veel symbolische koppelingen in het pad',
  'cli.main.ENAMETOOLONG': () => 'de naam is te lang',
  'cli.main.contract-register': (p: { source: string; problems: string }) =>
    `${p.source} is geen geldig contractregister (zie docs/contracts.md): ${p.problems}`,
  'cli.main.env': (p: { problems: string }) => `ongeldige configuratie in de omgeving: ${p.problems}`,

  // ------------------------------------------------------------ iwmo validate
  'cli.validate.description': () => "controleert iWmo 3.2-berichten (bestanden, of mappen die op *.xml worden doorzocht) tegen de XSD's en de regels binnen het bericht",
  'cli.validate.argument': () => 'de berichten om te controleren',
  'cli.validate.option-json': () => 'één JSON-object per bestand, elk op een eigen regel',
  'cli.validate.option-schemas': () => "controleert tegen de XSD's in deze map in plaats van de ingebouwde",
  'cli.validate.option-max-bytes': () => 'de grootste toegestane omvang van een bericht in bytes (standaard 25 MB)',
  'cli.validate.positive-int': () => 'verwacht een positief geheel getal',
  'cli.validate.none-given': () => 'geef ten minste één bestand of map om te controleren',
  'cli.validate.progress': () => 'controleren [{bar}] {value}/{total} bestanden',
  'cli.validate.valid': () => 'GELDIG',
  'cli.validate.invalid': () => 'ONGELDIG',
  'cli.validate.missing': () => 'ONTBREEKT',
  'cli.validate.unknown-message': () => 'onbekend berichttype',
  'cli.validate.line': (p: { line: number }) => `regel ${p.line}`,
  'cli.validate.summary': (p: { files: number; valid: number; invalid: number; missing: number }) =>
    `${n(p.files)} ${p.files === 1 ? 'bestand' : 'bestanden'}: ${n(p.valid)} geldig, ${n(p.invalid)} ongeldig${p.missing ? `, ${n(p.missing)} niet gevonden` : ''}`,
  'cli.validate.missing-arguments': (p: { missing: number }) =>
    `iwmo: ${n(p.missing)} van de argumenten ${p.missing === 1 ? 'bestaat' : 'bestaan'} niet (zie FILE-NOT-FOUND hierboven)`,

  // ------------------------------------------------------------ iwmo replay
  'cli.replay.description': () => 'stuurt berichten in volgorde door de pijplijn van de gateway (alle lagen, alle regels), op een lege opslag',
  'cli.replay.argument': () => 'de berichten, in de volgorde waarin ze worden uitgewisseld',
  'cli.replay.option-json': () => 'één JSON-object per bericht, elk op een eigen regel',
  'cli.replay.option-contracts': () => 'het contractregister voor TR381/TR418 (standaard: het illustratieve H4-register)',
  'cli.replay.option-today': () => 'de datum die de regels als vandaag nemen, JJJJ-MM-DD (standaard: vandaag in Nederland)',
  'cli.replay.none-given': () => 'geef de berichten om na te spelen, in volgorde',
  'cli.replay.not-a-file': (p: { file: string }) => `geen bestand: ${p.file} (het bestaat niet of is een map)`,
  'cli.replay.bad-today': () => '--today verwacht een datum als JJJJ-MM-DD',
  'cli.replay.accepted': () => 'GEACCEPTEERD',
  'cli.replay.findings': () => 'BEVINDINGEN',
  'cli.replay.summary': (p: { messages: number; accepted: number; findings: number }) =>
    `${n(p.messages)} ${p.messages === 1 ? 'bericht' : 'berichten'}: ${n(p.accepted)} geaccepteerd, ${n(p.findings)} met bevindingen`,

  // ------------------------------------------------------------ iwmo rules
  'cli.rules.description': () => 'de regelcatalogus: elke regel van iWmo 3.2, zijn retourcode en of de gateway hem heeft geïmplementeerd',
  'cli.rules.option-json': () => 'één JSON-object per regel van de standaard, elk op een eigen uitvoerregel',
  'cli.rules.option-message': () => 'alleen de regels van dit bericht, bijvoorbeeld WMO323',
  'cli.rules.option-missing': () => 'alleen de regels die nog niet zijn geïmplementeerd',
  'cli.rules.header-implemented': () => 'geïmplementeerd',
  'cli.rules.header-rule': () => 'regel',
  'cli.rules.header-retourcode': () => 'retourcode',
  'cli.rules.header-level': () => 'niveau',
  'cli.rules.header-definition': () => 'definitie',
  'cli.rules.yes': () => 'ja',
  'cli.rules.no': () => 'nee',
  'cli.rules.summary': (p: { rules: number; implemented: number }) => `${n(p.rules)} ${p.rules === 1 ? 'regel' : 'regels'}, ${n(p.implemented)} geïmplementeerd`,
} satisfies Section;
