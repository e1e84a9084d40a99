import { boundErrors, MessageValidator, NEUTRAL_RETOURCODES, type ParsedMessage, type ValidationError, type ValidationReport } from '@lib/iwmo';
import { dutchToday, findingMessage, heenberichtOf, judgeInTurns, NO_RETOURCODE, type Finding, type RulesConfig, type StateLoader } from '@lib/rules';

/** Where a finding lies decides what it rejects: one prestatie of a declaratie, or the message. */
const PRESTATIE = /^\/Bericht\/Declaratie\/Clienten\/Client\[\d+\]\/Prestaties\/Prestatie\[\d+\]$/;

export interface Judgement {
  /** the `iwmo validate` / `iwmo replay` report: all layers, valid exactly when nothing was found */
  report: ValidationReport;
  /** the typed message, when it passed the XSD */
  parsed?: ParsedMessage;
  /** the typed message of an XSD-invalid message that could still be read */
  readable?: ParsedMessage;
  /** rule findings (layers 3-5) */
  findings: Finding[];
  /**
   * true when the message as a whole is rejected: a finding outside the prestaties, or, for a
   * declaratie, every prestatie rejected. A declaratie with some prestaties rejected is not.
   */
  rejected: boolean;
  /** for a declaratie: the rejected prestaties (path -> retourcodes); when not rejected as a whole, the others are accepted */
  rejectedPrestaties: Map<string, string[]>;
  /** for a retourbericht: the messages.id of the heenbericht it answers, when the gateway holds it */
  inReplyTo?: string;
}

/**
 * All validation layers of the standard in order, as the receiving side must
 * apply them: safe input and XSD (MessageValidator), then the rules within the
 * message, across messages (state loaded in bulk for this message) and on
 * external sources. Shared by the gateway and `iwmo replay`.
 */
export class MessageJudge {
  constructor(
    private readonly validator: MessageValidator,
    private readonly state: StateLoader,
    private readonly config: RulesConfig,
    private readonly today: () => string = dutchToday,
  ) {}

  /** Layers 1-5 in one go, on the state loader given at construction. */
  async judge(bytes: Uint8Array): Promise<Judgement> {
    const checked = await this.validate(bytes);
    if (!checked.parsed) return checked.judgement;
    return this.judgeParsed(checked.report, checked.parsed);
  }

  /**
   * Layers 1-2 (safe input, XSD, typed model). Without a parsed message the judgement is final;
   * the judgement's `readable` is the model of an XSD-invalid message that could still be read
   * (the gateway checks on it who may send it).
   */
  async validate(bytes: Uint8Array): Promise<{ report: ValidationReport; parsed?: ParsedMessage; judgement: Judgement }> {
    const outcome = await this.validator.validate(bytes);
    const judgement: Judgement = { report: outcome.report, readable: outcome.readable, findings: [], rejected: true, rejectedPrestaties: new Map() };
    return { report: outcome.report, parsed: outcome.parsed, judgement };
  }

  /** Layers 3-5 on a message that passed its XSD, with the state of `state` (e.g. a locked transaction's). */
  async judgeParsed(report: ValidationReport, message: ParsedMessage, state: StateLoader = this.state): Promise<Judgement> {
    const view = await state.load(message);
    const findings = await judgeInTurns(message, { today: this.today(), state: view, config: this.config });
    return { ...judgementOf(report, message, findings), inReplyTo: heenberichtOf(message, { state: view })?.id };
  }
}

/** A rule finding as the answer's error: its retourcode, or for a rule the standard gives none (n.v.t.) the rule's code. */
export const errorOfFinding = (f: Finding): ValidationError => ({
  layer: 'rule', code: f.retourcode === NO_RETOURCODE ? f.rule : f.retourcode, rule: f.rule, message: findingMessage(f), path: f.path, line: null,
  ...(f.text === undefined ? {} : { text: f.text }),
});

/** The retourcodes that signal a finding: never 0200 or 0233, and not the n.v.t. of rules on retourberichten. */
export const signalledRetourcodes = (codes: Iterable<string>): string[] =>
  [...new Set(codes)].filter((c) => !NEUTRAL_RETOURCODES.has(c) && c !== NO_RETOURCODE);

const prestatieCount = (message: ParsedMessage): number =>
  message.code === 'WMO323' ? message.bericht.Declaratie.Clienten.Client.reduce((n, c) => n + c.Prestaties.Prestatie.length, 0) : 0;

export function judgementOf(report: ValidationReport, message: ParsedMessage, findings: Finding[]): Judgement {
  const rejectedPrestaties = new Map<string, string[]>();
  let whole = false;
  for (const f of findings) {
    if (message.code === 'WMO323' && PRESTATIE.test(f.path)) {
      const codes = rejectedPrestaties.get(f.path) ?? [];
      if (!codes.includes(f.retourcode)) codes.push(f.retourcode);
      rejectedPrestaties.set(f.path, codes);
    } else whole = true;
  }
  // A declaratie of which every prestatie is rejected is rejected as a whole: nothing of it goes to the gemeente.
  if (rejectedPrestaties.size > 0 && rejectedPrestaties.size === prestatieCount(message)) whole = true;
  // bounded: the first MAX_ERRORS and a count of the rest (the retourbericht still answers every finding)
  const errors: ValidationError[] = boundErrors([...report.errors, ...findings.map(errorOfFinding)]);
  const retourcodes = signalledRetourcodes([...report.retourcodes, ...findings.map((f) => f.retourcode)]);
  return {
    report: { message: message.code, valid: errors.length === 0, retourcodes, errors },
    parsed: message,
    findings,
    rejected: whole,
    rejectedPrestaties,
  };
}
