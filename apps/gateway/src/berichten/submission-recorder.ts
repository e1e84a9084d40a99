import { createHash, randomBytes, randomUUID } from 'node:crypto';
import { Inject, Injectable } from '@nestjs/common';
import {
  buildDeclaratieAntwoord, buildRetour, codesByClass, MESSAGE_TYPES, RETOURCODE_TECHNISCH_AFGEKEURD, routingOf, serialize,
  type LDT_RetourCode, type MessageCode, type ParsedMessage, type ValidationError,
} from '@lib/iwmo';
import {
  AuditRepository, DATABASE, DeliveryRepository, MessageRepository, PartyRepository, PersistentStateStore, UNIQUE_VIOLATION,
  type Database, type Party, type Queryable,
} from '@lib/persistence';
import { errorOfFinding, MessageJudge, signalledRetourcodes, type Judgement } from '@lib/pipeline';
import { dutchToday, headerOf, TR056, type Finding, type RulesConfig, type StateView } from '@lib/rules';
import { render, text, type Text } from '@lib/i18n';
import { RULES_CONFIG } from '../iwmo/iwmo.module';
import { SubmissionRefused } from './berichten.errors';

export interface SubmitResult {
  id: string;
  message: MessageCode | null;
  status: 'accepted' | 'rejected';
  retourcodes: string[];
  errors: ValidationError[];
  /** the retourbericht the gateway made and sends back to the submitter: when rejected, and for a partly rejected declaratie its 325 on the rejected prestaties */
  retourbericht: { id: string; message: MessageCode } | null;
}

/** A stored submission and the webhook deliveries to enqueue once its transaction has committed. */
export interface Stored {
  result: SubmitResult;
  webhookDeliveries: string[];
  /** layers 1-5, for the validation-duration metric */
  validationSeconds: number;
}

interface Verdict {
  code: MessageCode | null;
  model: ParsedMessage | undefined;
  errors: ValidationError[];
  /** findings with retourcodes, for the retourbericht */
  findings: Array<{ path: string | null; retourcode: string }>;
  /** the rule findings (layers 3-5) */
  ruleFindings: Finding[];
  /** for a declaratie: prestaties the rules rejected (when not rejected as a whole, the rest is accepted) */
  rejectedPrestaties: Map<string, string[]>;
  /** for a retourbericht: the heenbericht it answers */
  inReplyTo: string | null;
  recipient: Party | undefined;
}

/**
 * The judging and recording of one submission: layers 1-2 (safe input, XSD), who
 * may send it, then one transaction that judges layers 3-5 on the locked state
 * and stores the message, its status history and its delivery (the outbox), or
 * for a rejection the retourbericht going back to the sender. It touches only
 * the database, so that it can run in the gateway's event loop or, for a large
 * message, in the large-submission thread (large-submission.worker.ts).
 */
@Injectable()
export class SubmissionRecorder {
  constructor(
    private readonly judge: MessageJudge,
    @Inject(RULES_CONFIG) private readonly rulesConfig: RulesConfig,
    @Inject(DATABASE) private readonly db: Database,
    private readonly audit: AuditRepository,
  ) {}

  async record(party: Party, raw: Buffer): Promise<Stored> {
    const started = performance.now();
    let validationSeconds = 0;
    const judged = () => (validationSeconds = (performance.now() - started) / 1000);
    // Layers 1-2 (and who may send it) outside any transaction: the XSD of a large message takes a while.
    const checked = await this.judge.validate(raw, (model) => this.authorize(party, model));
    const parsed = checked.parsed;
    let stored: Omit<Stored, 'validationSeconds'>;
    if (!parsed) {
      judged();
      stored = await this.db.transaction((tx) => this.store(tx, party, raw, this.verdictOf(checked.judgement), false));
    } else {
      try {
        // Layers 3-5 and the state change in one transaction, serialised per gemeente and aanbieder.
        stored = await this.db.transaction(async (tx) => {
          await PersistentStateStore.lock(tx, parsed);
          const judgement = await this.judge.judgeParsed(checked.report, parsed, new PersistentStateStore(tx));
          judged();
          const verdict = this.verdictOf(judgement);
          const routable = await this.route(tx, parsed, verdict);
          return this.store(tx, party, raw, verdict, !judgement.rejected && routable);
        });
      } catch (error) {
        // Two copies raced past the TR056 check: the unique index let exactly one commit.
        if ((error as { code?: string }).code !== UNIQUE_VIOLATION) throw error;
        const verdict = this.verdictOf({ ...checked.judgement, parsed, readable: undefined });
        const duplicate = TR056.check(parsed, { today: dutchToday(), state: alreadyUsed(), config: this.rulesConfig });
        verdict.errors.push(...duplicate.map(errorOfFinding));
        verdict.findings.push(...duplicate);
        stored = await this.db.transaction((tx) => this.store(tx, party, raw, verdict, false));
      }
    }
    return { ...stored, validationSeconds };
  }

  private verdictOf(judgement: Judgement): Verdict {
    return {
      code: judgement.report.message,
      model: judgement.parsed ?? judgement.readable,
      errors: [...judgement.report.errors],
      // XSD errors are answered with 0001 on the class of the element; rule findings name their class.
      findings: [
        ...judgement.report.errors.filter((e) => e.layer === 'xsd').map((e) => ({ path: e.path, retourcode: RETOURCODE_TECHNISCH_AFGEKEURD })),
        ...judgement.findings,
      ],
      ruleFindings: judgement.findings,
      rejectedPrestaties: judgement.rejectedPrestaties,
      inReplyTo: judgement.inReplyTo ?? null,
      recipient: undefined,
    };
  }

  /** A party sends only as itself and only the message types of its role; refusals are audit-logged. */
  private async authorize(party: Party, model: ParsedMessage): Promise<void> {
    const type = MESSAGE_TYPES[model.code];
    const sender = headerOf(model)[routingOf(model.code).from];
    const refuse = async (reason: Text) => {
      const refusal = new SubmissionRefused(403, 'FORBIDDEN', reason);
      await this.audit.record({ partyId: party.id, actor: party.code, action: 'submit', outcome: 'refused', reason: refusal.message, detail: { message: model.code } });
      throw refusal;
    };
    if (type.sender !== party.role) {
      await refuse(text('api.submit.wrong-role', { role: party.role, code: model.code, naam: type.naam, sender: type.sender }));
    }
    if (sender !== party.code) {
      await refuse(text('api.submit.not-as-self', { sender, field: routingOf(model.code).from, party: party.code }));
    }
  }

  /** The receiving party must be connected to the gateway (the exchange's IB010 otherwise, not a retourcode). */
  private async route(tx: Queryable, parsed: ParsedMessage, verdict: Verdict): Promise<boolean> {
    const field = routingOf(parsed.code).to;
    const to = headerOf(parsed)[field];
    verdict.recipient = await new PartyRepository(tx).findByCode(to);
    if (verdict.recipient) return true;
    const said = text('IB010.not-connected', { field, to });
    verdict.errors.push({ layer: 'rule', code: 'IB010', rule: null, path: `/Bericht/Header/${field}`, line: null, message: render(said), text: said });
    return false;
  }

  private async store(tx: Queryable, party: Party, raw: Buffer, verdict: Verdict, accepted: boolean): Promise<Omit<Stored, 'validationSeconds'>> {
    const id = randomUUID();
    const header = verdict.model ? headerOf(verdict.model) : undefined;
    const retourcodes = signalledRetourcodes(verdict.findings.map((f) => f.retourcode));
    const webhookDeliveries: string[] = [];
    const partlyRejected = accepted && verdict.model?.code === 'WMO323' && verdict.rejectedPrestaties.size > 0;
    const retour = !accepted && verdict.model && retourcodes.length
      ? this.buildRetourbericht(verdict.model, verdict)
      : partlyRejected
        ? this.buildDeclaratieAntwoord(verdict.model!, verdict.rejectedPrestaties)
        : undefined;

    {
      const messages = new MessageRepository(tx);
      await messages.insert({
        id, messageType: verdict.code, kind: verdict.code ? MESSAGE_TYPES[verdict.code].kind : null,
        submittedBy: party.id, recipientId: accepted ? verdict.recipient!.id : null,
        afzender: header?.Afzender ?? null, ontvanger: header?.Ontvanger ?? null,
        identificatie: header?.BerichtIdentificatie.Identificatie ?? null, dagtekening: calendarDate(header?.BerichtIdentificatie.Dagtekening),
        status: accepted ? 'accepted' : 'rejected', retourcodes, errors: verdict.errors, raw, sha256: sha256(raw),
        inReplyTo: accepted ? verdict.inReplyTo : null, madeByGateway: false,
      });
      await messages.addEvent(id, 'received', { by: party.code, bytes: raw.length });
      if (accepted) {
        await messages.addEvent(id, 'validated', { message: verdict.code });
        await messages.addEvent(id, 'accepted', partlyRejected ? { rejectedPrestaties: verdict.rejectedPrestaties.size, declaratieAntwoord: retour!.id } : {});
        if (verdict.inReplyTo) await messages.addEvent(verdict.inReplyTo, 'answered', { id, message: verdict.code });
        await PersistentStateStore.apply(tx, verdict.model!, { messageId: id, findings: verdict.ruleFindings });
        const deliveryId = await this.deliver(tx, id, verdict.recipient!);
        if (verdict.recipient!.deliveryChannel === 'webhook') webhookDeliveries.push(deliveryId);
        // The prestaties the gateway rejected are answered at once, to the aanbieder, with a copy to the
        // gemeente so that its administration never pays them; the gemeente answers the rest.
        if (retour) webhookDeliveries.push(...(await this.storeRetour(tx, id, party, retour, verdict.recipient!)));
      } else {
        await messages.addEvent(id, 'rejected', {
          retourcodes, errors: verdict.errors.length,
          ...(verdict.model?.code === 'WMO323' && verdict.rejectedPrestaties.size > 0 ? { rejectedPrestaties: verdict.rejectedPrestaties.size } : {}),
        });
        if (retour) webhookDeliveries.push(...(await this.storeRetour(tx, id, party, retour)));
      }
    }
    const result: SubmitResult = {
      id, message: verdict.code, status: accepted ? 'accepted' : 'rejected', retourcodes, errors: verdict.errors,
      retourbericht: retour ? { id: retour.id, message: retour.message.code } : null,
    };
    return { result, webhookDeliveries };
  }

  private buildDeclaratieAntwoord(model: ParsedMessage, rejected: Map<string, string[]>): { id: string; message: ParsedMessage; xml: Buffer } {
    const message = buildDeclaratieAntwoord(model as Parameters<typeof buildDeclaratieAntwoord>[0], {
      identificatie: newIdentificatie(),
      dagtekening: dutchToday(),
      rejected: rejected as Map<string, LDT_RetourCode[]>,
    });
    return { id: randomUUID(), message, xml: Buffer.from(serialize(message)) };
  }

  private async deliver(tx: Queryable, messageId: string, to: Party): Promise<string> {
    const deliveryId = await new DeliveryRepository(tx).create(messageId, to.id, to.deliveryChannel);
    await new MessageRepository(tx).addEvent(messageId, to.deliveryChannel === 'webhook' ? 'queued' : 'in mailbox', { deliveryId, to: to.code });
    return deliveryId;
  }

  private buildRetourbericht(model: ParsedMessage, verdict: Verdict): { id: string; message: ParsedMessage; xml: Buffer } | undefined {
    const { findings, rejectedPrestaties } = verdict;
    const identificatie = newIdentificatie();
    const dagtekening = dutchToday();
    const byClass = codesByClass(model.code, findings) as Map<string, LDT_RetourCode[]>;
    const headerCodes = byClass.get('/Bericht/Header');
    let message: ParsedMessage;
    if (model.code === 'WMO323' && rejectedPrestaties.size > 0 && byClass.size === rejectedPrestaties.size) {
      // Every prestatie rejected, nothing else: the 325 lists each with its codes.
      return this.buildDeclaratieAntwoord(model, rejectedPrestaties);
    } else if (model.code === 'WMO323') {
      // Rejected as a whole: on the header (technical, duplicate) or else on the declaratie (9333, 8214 ...);
      // prestatie-level codes of a declaratie rejected as a whole go with the declaratie's.
      const declaratieCodes = [...new Set([...byClass].filter(([cls]) => cls !== '/Bericht/Header').flatMap(([, codes]) => codes))];
      message = headerCodes?.length
        ? buildDeclaratieAntwoord(model, { identificatie, dagtekening, headerCodes })
        : buildDeclaratieAntwoord(model, { identificatie, dagtekening, declaratieCodes });
    } else if (MESSAGE_TYPES[model.code].kind === 'heen') {
      message = buildRetour(model as Parameters<typeof buildRetour>[0], { identificatie, dagtekening, headerCodes, codes: byClass });
    } else {
      return undefined; // a retourbericht (or a 325) is not answered with another retour
    }
    return { id: randomUUID(), message, xml: Buffer.from(serialize(message)) };
  }

  /** Stores a retourbericht the gateway made and delivers it to `to`, and a copy to `copyTo` when given. */
  private async storeRetour(
    tx: Queryable, heenId: string, to: Party, retour: { id: string; message: ParsedMessage; xml: Buffer }, copyTo?: Party,
  ): Promise<string[]> {
    const header = headerOf(retour.message);
    const messages = new MessageRepository(tx);
    await messages.insert({
      id: retour.id, messageType: retour.message.code, kind: 'retour', submittedBy: null, recipientId: to.id,
      afzender: header.Afzender, ontvanger: header.Ontvanger, identificatie: header.BerichtIdentificatie.Identificatie,
      dagtekening: calendarDate(header.BerichtIdentificatie.Dagtekening), status: 'accepted', retourcodes: [], errors: [],
      raw: retour.xml, sha256: sha256(retour.xml), inReplyTo: heenId, madeByGateway: true,
    });
    await messages.addEvent(retour.id, 'created', { inReplyTo: heenId });
    await messages.addEvent(heenId, 'retourbericht', { id: retour.id, message: retour.message.code });
    const webhooks: string[] = [];
    for (const party of copyTo ? [to, copyTo] : [to]) {
      const deliveryId = await this.deliver(tx, retour.id, party);
      if (party.deliveryChannel === 'webhook') webhooks.push(deliveryId);
    }
    return webhooks;
  }
}

/** For the TR056 verdict after a lost race: this Identificatie is taken (TR056 reads nothing else). */
const alreadyUsed = (): StateView => ({ header: { identificatieUsed: () => true } }) as unknown as StateView;
const sha256 = (b: Buffer) => createHash('sha256').update(b).digest('hex');
/** A rejected message's Dagtekening may be anything ("25:61:61"): kept only when the date column can hold it. */
function calendarDate(value: unknown): string | null {
  if (typeof value !== 'string' || !/^\d{4}-\d{2}-\d{2}$/.test(value) || value < '0001') return null;
  const date = new Date(`${value}T00:00:00Z`);
  return !Number.isNaN(date.getTime()) && date.toISOString().startsWith(value) ? value : null;
}
/** A 12-character identification (the maximum of LDT_IdentificatieBericht) for retourberichten the gateway makes. */
const newIdentificatie = () => `GW${randomBytes(8).toString('base64url').replace(/[-_]/g, 'x').slice(0, 10)}`;
