import { render, text, type Lang } from '@lib/i18n';
import { Inject, Injectable, Optional } from '@nestjs/common';
import { ModuleRef } from '@nestjs/core';
import { APP_CONFIG, type AppConfig } from '@lib/config';
import { BuildNotFound, type BuildOutcome, BuildRefused, DeclaratieBuilder, DeclaratieBuildRepository, DELEGATION_PORT, type DelegationPort, NO_DELEGATION } from '@lib/funding';
import { errorsIn } from '@lib/iwmo';
import { AuditRepository, DATABASE, type Database, type Party } from '@lib/persistence';
import type { RulesConfig } from '@lib/rules';
import { BerichtNotFound, SubmissionRefused } from '../berichten/berichten.errors';
import { SubmitBerichtUseCase, type SubmitResult } from '../berichten/submit-bericht.usecase';
import { RULES_CONFIG } from '../iwmo/iwmo.module';

export interface BuildResponse extends Omit<BuildOutcome, 'build'> {
  build?: { id: string; declaratieNummer: string; identificatie: string; dagtekening: string; links: { self: string; xml: string } };
  /** the XML of the stored build (not for a dry run) */
  xml?: string;
  /** with submit: the gateway's verdict, as POST /v1/berichten answers it */
  verdict?: SubmitResult;
}

/**
 * POST /v1/declaraties/build for an aanbieder, for itself: builds (or dry-runs) the month's declaratie to a
 * gemeente, stores it, and with submit sends it through the same use case as POST /v1/berichten. Audit-logged.
 */
@Injectable()
export class BuildDeclaratieUseCase {
  constructor(
    @Inject(DATABASE) private readonly db: Database,
    @Inject(RULES_CONFIG) private readonly rules: RulesConfig,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
    private readonly audit: AuditRepository,
    private readonly moduleRef: ModuleRef,
    @Optional() @Inject(DELEGATION_PORT) private readonly delegation?: DelegationPort,
  ) {}

  /** A builder on the register version in use now (the register can change while the gateway runs), with the size limit of POST /v1/berichten. */
  private builder(): DeclaratieBuilder {
    return new DeclaratieBuilder(this.db, this.rules.contracts, this.delegation ?? NO_DELEGATION, undefined, this.config.maxMessageBytes);
  }

  async build(party: Party, q: { gemeente: string; periode: string; dryRun?: boolean; submit?: boolean }): Promise<BuildResponse> {
    if (party.role !== 'aanbieder') {
      await this.audit.record({ partyId: party.id, actor: party.code, action: 'declaratie.build', outcome: 'refused', reason: 'not an aanbieder', detail: { gemeente: q.gemeente, periode: q.periode } });
      throw new SubmissionRefused(403, 'FORBIDDEN', text('api.declaratie.only-aanbieder'));
    }
    const dryRun = q.dryRun === true;
    if (dryRun && q.submit) throw new SubmissionRefused(422, 'DRY_RUN_AND_SUBMIT', text('api.declaratie.dry-run-and-submit'));
    let outcome: BuildOutcome;
    try {
      outcome = await this.builder().build({ aanbieder: party.code, gemeente: q.gemeente, periode: q.periode, dryRun, builtBy: party.code });
    } catch (error) {
      if (!(error instanceof BuildRefused)) throw error;
      await this.audit.record({ partyId: party.id, actor: party.code, action: 'declaratie.build', outcome: 'refused', reason: error.code, detail: { gemeente: q.gemeente, periode: q.periode, dryRun } });
      throw new SubmissionRefused(422, error.code, error.text);
    }
    const { summary, build } = outcome;
    await this.audit.record({
      partyId: party.id, actor: party.code, action: dryRun ? 'declaratie.build.dry-run' : 'declaratie.build', outcome: 'allowed',
      detail: { gemeente: q.gemeente, periode: q.periode, buildId: build?.id ?? null, lines: summary.lines, totaal: summary.totaal, submit: q.submit === true },
    });
    if (!build) return { summary };
    const response: BuildResponse = {
      summary,
      build: { id: build.id, declaratieNummer: build.declaratieNummer, identificatie: build.identificatie, dagtekening: build.dagtekening, links: { self: `/v1/declaraties/builds/${build.id}`, xml: `/v1/declaraties/builds/${build.id}/xml` } },
      xml: build.xml,
    };
    if (q.submit) {
      // the same journey as POST /v1/berichten (BerichtenModule's use case, resolved across modules)
      const submit = this.moduleRef.get(SubmitBerichtUseCase, { strict: false });
      response.verdict = await submit.execute(party, Buffer.from(build.xml));
    }
    return response;
  }

  async find(party: Party, id: string) {
    const build = await new DeclaratieBuildRepository(this.db).find(party.code, id);
    if (!build) throw new BerichtNotFound(id, new BuildNotFound(id).text);
    const lines = await new DeclaratieBuildRepository(this.db).lineCounts(build.id);
    const { xml: _xml, ...rest } = build;
    return { ...rest, lines, links: { xml: `/v1/declaraties/builds/${build.id}/xml` } };
  }

  async xml(party: Party, id: string): Promise<string> {
    const build = await new DeclaratieBuildRepository(this.db).find(party.code, id);
    if (!build) throw new BerichtNotFound(id, new BuildNotFound(id).text);
    return build.xml;
  }
}

/** A build's answer as the aanbieder reads it: what was left out, and the verdict's errors, said in `lang`. */
export function buildAnswerIn(response: BuildResponse, lang: Lang) {
  const summary = { ...response.summary, skipped: response.summary.skipped.map((s) => ({ ...s, detail: render(s.detail, lang) })) };
  return { ...response, summary, ...(response.verdict && { verdict: { ...response.verdict, errors: errorsIn(lang, response.verdict.errors) } }) };
}
