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

  // ------------------------------------------------------------ iwmo admin (the gateway's admin API)
  'cli.admin.description': () => 'beheert een draaiende gateway via zijn admin-API: partijen, API-sleutels, bezorgkanalen, dead letters',
  'cli.admin.option-url': () => 'de gateway',
  'cli.admin.option-token': (p: { file: string }) => `admin-token (standaard: adminToken uit ${p.file})`,
  'cli.admin.option-keys-file': () => 'het dev-sleutelbestand waaruit het admin-token komt',
  'cli.admin.option-json': () => 'toont de JSON die de gateway antwoordde',
  'cli.admin.unreachable': (p: { address: string; cause: string }) => `de gateway op ${p.address} is niet bereikbaar (${p.cause})`,
  'cli.admin.answered': (p: { status: string; detail: string }) => `de gateway antwoordde ${p.status}: ${p.detail}`,
  'cli.admin.check-token': () => ' Controleer --token, of het adminToken in het dev-sleutelbestand van de draaiende gateway.',
  'cli.admin.bad-url': (p: { url: string }) => `--url: geen URL: ${p.url}`,
  'cli.admin.bad-url-scheme': (p: { url: string }) => `--url moet beginnen met http:// of https://: ${p.url}`,
  'cli.admin.no-token': (p: { file: string }) =>
    `geen admin-token: geef --token, of werk in de map waar ${p.file} staat (een gateway die met SEED_DEMO start, schrijft het), of geef --keys-file`,
  'cli.admin.keys-not-json': (p: { path: string }) => `${p.path} is geen JSON; geef --token`,
  'cli.admin.keys-no-token': (p: { path: string }) => `${p.path} bevat geen adminToken (de gateway heeft ADMIN_TOKEN ingesteld); geef --token`,
  'cli.admin.bad-limit': () => 'verwacht een geheel getal van 1 tot en met 1000',
  'cli.admin.yes': () => 'ja',
  'cli.admin.option-party': () => 'de partij (CBS gemeentecode of AGB-code)',
  'cli.admin.option-limit': () => 'hoogstens zoveel (1-1000)',
  'cli.admin.secret-without-webhook': () => '--secret hoort bij --webhook',
  'cli.admin.webhook-secret': (p: { secret: string }) => `Geheim waarmee de webhook ondertekend wordt (alleen nu getoond; geef het aan de ontvanger): ${p.secret}`,
  'cli.admin.column-id': () => 'ID',
  'cli.admin.column-created': () => 'AANGEMAAKT',
  'cli.admin.column-status': () => 'STATUS',
  // parties
  'cli.admin.party': () => 'gemeenten en aanbieders',
  'cli.admin.party-add': () => 'registreert een partij: een gemeente met haar CBS-code of een aanbieder met zijn AGB-code',
  'cli.admin.option-role': () => 'gemeente of aanbieder',
  'cli.admin.option-code': () => 'CBS gemeentecode (4 cijfers) of AGB-code (8 cijfers)',
  'cli.admin.option-name': () => 'de naam van de partij',
  'cli.admin.option-party-webhook': () => 'bezorgt per webhook op deze URL (standaard: mailbox)',
  'cli.admin.option-party-secret': () => 'het geheim waarmee de webhook ondertekend wordt (standaard: gegenereerd en eenmaal getoond)',
  'cli.admin.party-created': (p: { role: string; code: string; name: string; delivery: string }) =>
    `Aangemaakt: ${p.role} ${p.code} ${p.name} (bezorging: ${p.delivery}).`,
  'cli.admin.party-list': () => 'alle partijen',
  'cli.admin.column-role': () => 'ROL',
  'cli.admin.column-code': () => 'CODE',
  'cli.admin.column-name': () => 'NAAM',
  'cli.admin.column-delivery': () => 'BEZORGING',
  // API keys
  'cli.admin.key': () => 'de API-sleutels van partijen',
  'cli.admin.key-create': () =>
    'maakt een nieuwe API-sleutel voor een partij en toont hem eenmaal (een partij kan er meer hebben: maak de nieuwe, stap over, trek de oude in)',
  'cli.admin.option-label': () => 'waar de sleutel voor is',
  'cli.admin.key-created': (p: { id: string; party: string; label: string; key: string }) =>
    `API-sleutel ${p.id} aangemaakt voor ${p.party}${p.label}. Bewaar hem nu; de gateway bewaart alleen een hash en kan hem niet nog eens tonen:\n${p.key}`,
  'cli.admin.key-list': () => 'de API-sleutels van een partij (nooit hun geheim)',
  'cli.admin.column-label': () => 'LABEL',
  'cli.admin.column-revoked': () => 'INGETROKKEN',
  'cli.admin.key-revoke': () => 'trekt een API-sleutel in: verzoeken met deze sleutel worden vanaf nu geweigerd',
  'cli.admin.argument-key-id': () => 'de id van de sleutel (het deel na iwmo_)',
  'cli.admin.key-revoked': (p: { id: string; party: string; at: string }) => `API-sleutel ${p.id} van ${p.party} is ingetrokken (op ${p.at}).`,
  // master keys of personal data at rest
  'cli.admin.keys': () => 'de hoofdsleutels die persoonsgegevens in opslag versleutelen (docs/encryption.md)',
  'cli.admin.keys-generate': () =>
    'toont een nieuwe hoofdsleutel voor het sleutelbestand (256 willekeurige bits, base64); maak hem actief, bewaar de oude, herstart en roteer dan',
  'cli.admin.option-key-id': () => 'zijn id',
  'cli.admin.keys-status': () => 'welke hoofdsleutels hoeveel berichtinhouden en webhookgeheimen verzegelen',
  'cli.admin.column-key': () => 'SLEUTEL',
  'cli.admin.column-active': () => 'ACTIEF',
  'cli.admin.column-message-bodies': () => 'BERICHTINHOUD',
  'cli.admin.column-webhook-secrets': () => 'WEBHOOKGEHEIMEN',
  'cli.admin.column-bsns': () => "BSN'S",
  'cli.admin.column-built-messages': () => 'GEBOUWDE BERICHTEN',
  'cli.admin.keys-rotate': () =>
    'verpakt op de achtergrond alles wat nog onder een oudere sleutel staat opnieuw onder de actieve sleutel; toont de voortgang tot het klaar is',
  'cli.admin.option-no-wait': () => 'start de rotatie en keert meteen terug',
  'cli.admin.rotate-progress': (p: { rewrapped: number; stale: number }) => `tot nu toe ${n(p.rewrapped)} opnieuw verpakt, nog ${n(p.stale)} te gaan`,
  'cli.admin.rotate-stopped': (p: { error: string }) => `de rotatie is gestopt: ${p.error}`,
  'cli.admin.rotate-started': () => 'Rotatie gestart',
  'cli.admin.rotate-done': (p: { rewrapped: number }) => `Rotatie klaar: ${n(p.rewrapped)} opnieuw verpakt`,
  'cli.admin.rotate-stale': (p: { state: string; stale: number; key: string }) =>
    `${p.state}; ${n(p.stale)} ${p.stale === 1 ? 'waarde staat' : 'waarden staan'} niet onder ${p.key}.`,
  // delivery channel, dead letters
  'cli.admin.delivery': () => 'hoe een partij haar berichten ontvangt',
  'cli.admin.delivery-set': () => 'stelt het bezorgkanaal van een partij in: --mailbox (zij haalt op) of --webhook URL (de gateway POST, ondertekend)',
  'cli.admin.option-mailbox': () => 'de partij haalt haar berichten op bij /v1/mailbox',
  'cli.admin.option-webhook': () => 'de gateway POST elk bericht naar deze URL',
  'cli.admin.option-secret': () => 'het geheim waarmee de webhook ondertekend wordt (standaard: het huidige houden, of een nieuw maken en eenmaal tonen)',
  'cli.admin.mailbox-or-webhook': () => 'geef --mailbox of --webhook URL (één van beide)',
  'cli.admin.delivery-changed': (p: { code: string; name: string; delivery: string }) => `${p.code} ${p.name} ontvangt nu via ${p.delivery}.`,
  'cli.admin.deliveries': () => 'bezorgingen met een status, de oudste eerst',
  'cli.admin.option-status': () =>
    'pending, delayed (webhookbezorgingen die op een nieuwe poging wachten), fetched, delivered, acked of dead',
  'cli.admin.column-party': () => 'PARTIJ',
  'cli.admin.column-channel': () => 'KANAAL',
  'cli.admin.column-attempts': () => 'POGINGEN',
  'cli.admin.column-last-error': () => 'LAATSTE FOUT',
  'cli.admin.requeue': () => 'zet een opgegeven bezorging terug: weer pending, een webhookbezorging weer in de wachtrij',
  'cli.admin.argument-delivery-id': () => 'de bezorging (zie iwmo admin deliveries)',
  'cli.admin.requeued': (p: { id: string; party: string; channel: string; status: string }) =>
    `Bezorging ${p.id} aan ${p.party} (${p.channel}) staat weer in de rij; haar status is weer ${p.status}.`,
  'cli.admin.audit': () => 'de laatste regels van het auditlog, de nieuwste eerst',
  'cli.admin.column-at': () => 'OP',
  'cli.admin.column-actor': () => 'DOOR',
  'cli.admin.column-outcome': () => 'UITKOMST',
  'cli.admin.column-action': () => 'ACTIE',
  'cli.admin.column-reason': () => 'REDEN',

  // ------------------------------------------------------------ iwmo admin users
  'cli.users.description': () => 'de mensen die inloggen op het dashboard (/dashboard)',
  'cli.users.add': () => 'maakt een dashboardgebruiker; het wachtwoord wordt gegenereerd en eenmaal getoond, tenzij het via stdin komt',
  'cli.users.option-username': () => 'kleine letters, cijfers, ".", "_", "-"',
  'cli.users.option-role': () => 'wat de gebruiker mag zien',
  'cli.users.option-party': () => 'CBS gemeentecode (rol gemeente) of AGB-code (rol aanbieder)',
  'cli.users.option-password-stdin': () => 'leest het wachtwoord (minstens 12 tekens) van stdin in plaats van er een te genereren',
  'cli.users.party-needed': (p: { role: string }) => `--party is nodig bij rol ${p.role}`,
  'cli.users.created': (p: { username: string; role: string }) => `Dashboardgebruiker ${p.username} aangemaakt (${p.role}).`,
  'cli.users.password': (p: { password: string }) => `Wachtwoord (alleen nu getoond; geef het veilig door): ${p.password}`,
  'cli.users.list': () => 'alle dashboardgebruikers (nooit hun wachtwoord)',
  'cli.users.column-username': () => 'GEBRUIKERSNAAM',
  'cli.users.column-last-login': () => 'LAATST INGELOGD',
  'cli.users.active': () => 'actief',
  'cli.users.disabled': () => 'uitgeschakeld',
  'cli.users.disable': () => 'schakelt een dashboardgebruiker uit; zijn sessies eindigen meteen',
  'cli.users.argument-username': () => 'de gebruiker',
  'cli.users.disabled-user': (p: { username: string }) => `Dashboardgebruiker ${p.username} is uitgeschakeld; zijn sessies zijn beëindigd.`,
} satisfies Section;
