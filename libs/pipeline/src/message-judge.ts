import { MessageValidator, NEUTRAL_RETOURCODES, type ParsedMessage, type ValidationError, type ValidationReport } from '@lib/iwmo';
import { dutchToday, judgeInTurns, type Finding, type RulesConfig, type StateLoader } from '@lib/rules';

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
  /** true when the message as a whole is rejected; a declaratie with only rejected prestaties is not */
  rejected: boolean;
  /** for a declaratie: the rejected prestaties (path -> retourcodes); the others are accepted */
  rejectedPrestaties: Map<string, string[]>;
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
  async judge(bytes: Uint8Array, beforeRules?: (message: ParsedMessage) => Promise<void>): Promise<Judgement> {
    const checked = await this.validate(bytes, beforeRules);
    if (!checked.parsed) return checked.judgement;
    return this.judgeParsed(checked.report, checked.parsed);
  }

  /**
   * Layers 1-2 (safe input, XSD, typed model). `beforeRules` runs once the message could be
   * read (the gateway checks there who may send it). Without a parsed message the judgement
   * is final.
   */
  async validate(
    bytes: Uint8Array,
    beforeRules?: (message: ParsedMessage) => Promise<void>,
  ): Promise<{ report: ValidationReport; parsed?: ParsedMessage; judgement: Judgement }> {
    const outcome = await this.validator.validate(bytes);
    const readable = outcome.parsed ?? outcome.readable;
    if (readable && beforeRules) await beforeRules(readable);
    const judgement: Judgement = { report: outcome.report, readable: outcome.readable, findings: [], rejected: true, rejectedPrestaties: new Map() };
    return { report: outcome.report, parsed: outcome.parsed, judgement };
  }

  /** Layers 3-5 on a message that passed its XSD, with the state of `state` (e.g. a locked transaction's). */
  async judgeParsed(report: ValidationReport, message: ParsedMessage, state: StateLoader = this.state): Promise<Judgement> {
    const view = await state.load(message);
    const findings = await judgeInTurns(message, { today: this.today(), state: view, config: this.config });
    return judgementOf(report, message, findings);
  }
}

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
  const errors: ValidationError[] = [
    ...report.errors,
    ...findings.map((f): ValidationError => ({ layer: 'rule', code: f.retourcode, rule: f.rule, message: f.message, path: f.path, line: null })),
  ];
  const retourcodes = [...new Set([...report.retourcodes, ...findings.map((f) => f.retourcode)])].filter((c) => !NEUTRAL_RETOURCODES.has(c));
  return {
    report: { message: message.code, valid: errors.length === 0, retourcodes, errors },
    parsed: message,
    findings,
    rejected: whole,
    rejectedPrestaties,
  };
}
