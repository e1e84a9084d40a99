import { createHash, randomBytes, randomUUID } from 'node:crypto';
import { Inject, Injectable } from '@nestjs/common';
import {
  MESSAGE_TYPES, RETOURCODE_TECHNISCH_AFGEKEURD, retourFor, routingOf, serialize,
  type MessageCode, type ParsedMessage, type ValidationError, type ValidationReport,
} from '@lib/iwmo';
import {
  AuditRepository, DATABASE, PartyRepository, PersistentStateStore, SubmissionRepository, UNIQUE_VIOLATION,
  type Database, type NewMessage, type Party, type Queryable, type Submission,
} from '@lib/persistence';
import { MessageJudge, signalledRetourcodes, type Judgement } from '@lib/pipeline';
import { dutchToday, headerOf, type Finding } from '@lib/rules';
import { render, text, type Text } from '@lib/i18n';
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

/** A retourbericht the gateway made: its messages.id, the message and its bytes. */
interface Retour {
  id: string;
  message: ParsedMessage;
  xml: Buffer;
}

/**
 * The judging and recording of one submission, top to bottom: layers 1-2 (safe input, XSD) outside
 * any transaction, who may send it, then one transaction that judges layers 3-5 on the locked
 * state and records the message with its status history, its delivery (the outbox) and the
 * retourbericht made for it, in one statement. It touches only the database, so that it can run
 * in the gateway's event loop or, for a large message, in the large-submission thread.
 */
@Injectable()
export class SubmissionRecorder {
  constructor(
    private readonly judge: MessageJudge,
    @Inject(DATABASE) private readonly db: Database,
    private readonly audit: AuditRepository,
    private readonly parties: PartyRepository,
    private readonly submissions: SubmissionRepository,
  ) {}

  async record(party: Party, raw: Buffer): Promise<Stored> {
    const started = performance.now();
    const checked = await this.judge.validate(raw);
    const readable = checked.parsed ?? checked.judgement.readable;
    if (readable) await this.authorize(party, readable);
    const parsed = checked.parsed;
    if (!parsed) {
      const validationSeconds = secondsSince(started);
      return { ...(await this.db.transaction((tx) => this.store(tx, party, raw, this.verdictOf(checked.judgement), false))), validationSeconds };
    }
    try {
      return await this.judgeAndStore(party, raw, checked.report, parsed, started);
    } catch (error) {
      if ((error as { code?: string }).code !== UNIQUE_VIOLATION) throw error;
      // Two copies raced past TR056 and the unique index let exactly one commit: judged again,
      // this one meets the committed copy in the state (TR056) and is rejected.
      return this.judgeAndStore(party, raw, checked.report, parsed, started);
    }
  }

  /** Layers 3-5 and the state change in one transaction, serialised per gemeente and aanbieder. */
  private async judgeAndStore(party: Party, raw: Buffer, report: ValidationReport, parsed: ParsedMessage, started: number): Promise<Stored> {
    let validationSeconds = 0;
    const recipient = await this.recipientOf(parsed);
    const stored = await this.db.transaction(async (tx) => {
      await PersistentStateStore.lock(tx, parsed);
      const judgement = await this.judge.judgeParsed(report, parsed, new PersistentStateStore(tx));
      validationSeconds = secondsSince(started);
      const verdict = this.verdictOf(judgement);
      const routable = this.route(parsed, verdict, recipient);
      return this.store(tx, party, raw, verdict, !judgement.rejected && routable);
    });
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

  /** The party the message is routed to (the header field routingOf names), looked up before the transaction: parties do not change with the state. */
  private recipientOf(parsed: ParsedMessage): Promise<Party | undefined> {
    return this.parties.findByCode(headerOf(parsed)[routingOf(parsed.code).to]);
  }

  /** The receiving party must be connected to the gateway (the exchange's IB010 otherwise, not a retourcode). */
  private route(parsed: ParsedMessage, verdict: Verdict, recipient: Party | undefined): boolean {
    verdict.recipient = recipient;
    if (recipient) return true;
    const field = routingOf(parsed.code).to;
    const said = text('IB010.not-connected', { field, to: headerOf(parsed)[field] });
    verdict.errors.push({ layer: 'rule', code: 'IB010', rule: null, path: `/Bericht/Header/${field}`, line: null, message: render(said), text: said });
    return false;
  }

  /**
   * Records the verdict: the message, its history, its delivery (when accepted) and the retourbericht
   * made for it with its deliveries (to the sender; for a partly rejected declaratie a copy to the
   * gemeente, so that its administration never pays those prestaties), in one statement; then the
   * state effects of an accepted message.
   */
  private async store(tx: Queryable, party: Party, raw: Buffer, verdict: Verdict, accepted: boolean): Promise<Omit<Stored, 'validationSeconds'>> {
    const id = randomUUID();
    const retourcodes = signalledRetourcodes(verdict.findings.map((f) => f.retourcode));
    const retour = verdict.model ? this.retourOf(verdict.model, verdict, accepted, retourcodes) : undefined;
    const partlyRejected = accepted && retour !== undefined;
    const submission: MutableSubmission = { messages: [], events: [], deliveries: [] };
    const deliver = (messageId: string, to: Party) => {
      const deliveryId = randomUUID();
      submission.deliveries.push({ id: deliveryId, messageId, partyId: to.id, channel: to.deliveryChannel });
      submission.events.push({ messageId, event: to.deliveryChannel === 'webhook' ? 'queued' : 'in mailbox', detail: { deliveryId, to: to.code } });
      return deliveryId;
    };

    submission.messages.push({
      ...headerFacts(verdict.model), id, messageType: verdict.code, kind: verdict.code ? MESSAGE_TYPES[verdict.code].kind : null,
      submittedBy: party.id, recipientId: accepted ? verdict.recipient!.id : null, status: accepted ? 'accepted' : 'rejected',
      retourcodes, errors: verdict.errors, raw, sha256: sha256(raw), inReplyTo: accepted ? verdict.inReplyTo : null, madeByGateway: false,
    });
    submission.events.push({ messageId: id, event: 'received', detail: { by: party.code, bytes: raw.length } });
    if (accepted) {
      submission.events.push({ messageId: id, event: 'validated', detail: { message: verdict.code } });
      submission.events.push({ messageId: id, event: 'accepted', detail: partlyRejected ? { rejectedPrestaties: verdict.rejectedPrestaties.size, declaratieAntwoord: retour.id } : {} });
      if (verdict.inReplyTo) submission.events.push({ messageId: verdict.inReplyTo, event: 'answered', detail: { id, message: verdict.code } });
      deliver(id, verdict.recipient!);
    } else {
      submission.events.push({
        messageId: id, event: 'rejected', detail: {
          retourcodes, errors: verdict.errors.length,
          ...(verdict.model?.code === 'WMO323' && verdict.rejectedPrestaties.size > 0 ? { rejectedPrestaties: verdict.rejectedPrestaties.size } : {}),
        },
      });
    }
    if (retour) {
      submission.messages.push({
        ...headerFacts(retour.message), id: retour.id, messageType: retour.message.code, kind: 'retour', submittedBy: null, recipientId: party.id,
        status: 'accepted', retourcodes: [], errors: [], raw: retour.xml, sha256: sha256(retour.xml), inReplyTo: id, madeByGateway: true,
      });
      submission.events.push({ messageId: retour.id, event: 'created', detail: { inReplyTo: id } });
      submission.events.push({ messageId: id, event: 'retourbericht', detail: { id: retour.id, message: retour.message.code } });
      for (const to of partlyRejected ? [party, verdict.recipient!] : [party]) deliver(retour.id, to);
    }

    await this.submissions.in(tx).record(submission);
    if (accepted) await PersistentStateStore.apply(tx, verdict.model!, { messageId: id, findings: verdict.ruleFindings });
    const parties = new Map([party, verdict.recipient].filter((p): p is Party => p !== undefined).map((p) => [p.id, p]));
    const result: SubmitResult = {
      id, message: verdict.code, status: accepted ? 'accepted' : 'rejected', retourcodes, errors: verdict.errors,
      retourbericht: retour ? { id: retour.id, message: retour.message.code } : null,
    };
    return { result, webhookDeliveries: submission.deliveries.filter((d) => parties.get(d.partyId)?.deliveryChannel === 'webhook').map((d) => d.id) };
  }

  /** The retourbericht for the verdict (libs/iwmo `retourFor`), with a new Identificatie of the gateway's. */
  private retourOf(model: ParsedMessage, verdict: Verdict, accepted: boolean, retourcodes: readonly string[]): Retour | undefined {
    const message = retourFor(model, {
      accepted, retourcodes, findings: verdict.findings, rejectedPrestaties: verdict.rejectedPrestaties,
      header: () => ({ identificatie: newIdentificatie(), dagtekening: dutchToday() }),
    });
    return message && { id: randomUUID(), message, xml: Buffer.from(serialize(message)) };
  }
}

type MutableSubmission = { [K in keyof Submission]: Array<Submission[K][number]> };

/** The header facts of a message kept in its row; none for a message that could not be read. */
function headerFacts(model: ParsedMessage | undefined): Pick<NewMessage, 'afzender' | 'ontvanger' | 'identificatie' | 'dagtekening'> {
  const header = model ? headerOf(model) : undefined;
  return {
    afzender: header?.Afzender ?? null, ontvanger: header?.Ontvanger ?? null,
    identificatie: header?.BerichtIdentificatie.Identificatie ?? null, dagtekening: calendarDate(header?.BerichtIdentificatie.Dagtekening),
  };
}

const secondsSince = (started: number) => (performance.now() - started) / 1000;
const sha256 = (b: Buffer) => createHash('sha256').update(b).digest('hex');
/** A rejected message's Dagtekening may be anything ("25:61:61"): kept only when the date column can hold it. */
function calendarDate(value: unknown): string | null {
  if (typeof value !== 'string' || !/^\d{4}-\d{2}-\d{2}$/.test(value) || value < '0001') return null;
  const date = new Date(`${value}T00:00:00Z`);
  return !Number.isNaN(date.getTime()) && date.toISOString().startsWith(value) ? value : null;
}
/** A 12-character identification (the maximum of LDT_IdentificatieBericht) for retourberichten the gateway makes. */
const newIdentificatie = () => `GW${randomBytes(8).toString('base64url').replace(/[-_]/g, 'x').slice(0, 10)}`;
