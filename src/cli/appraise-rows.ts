import { once } from "node:events";
import { createReadStream, createWriteStream } from "node:fs";
import { mkdtemp, rm } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { createInterface } from "node:readline";
import { type AppraisedScorecard, appraiseScorecards } from "../cycle/appraise";
import type { Appraiser } from "../engine/compile";
import type { Scorecard } from "../engine/scorecard";
import type { Policy } from "../policy/schema/policy";
import type { RejectedRow, ReportCard, ReportSeriesOutcome } from "../report/report";
import { reportCard } from "../report/report-card";
import { reportSeries } from "../report/report-series";
import type { ScoredRow } from "./score-rows";

/** A row ready to write: a report card (ranked when the policy ranks), or a rejected row. */
export type AppraisedRow =
  | { readonly kind: "result"; readonly line: number; readonly card: ReportCard }
  | { readonly kind: "rejected"; readonly row: RejectedRow & { readonly line: number } };

/** Options of {@link appraiseRows}. */
export interface AppraiseRowsOptions {
  /** Stop reading after this many rejected records (the rows read so far are still written). */
  readonly maxRejected?: number;
  /** Keep the per-period trace of series outcomes. */
  readonly trace: boolean;
  /** Receives the series outcomes once every row is read, before the first row is handed on. */
  readonly onSeries: (outcomes: readonly ReportSeriesOutcome[]) => void;
}

/**
 * Whether a policy needs every subject of a period before any result can be written: it ranks,
 * gives rewards by rank or condition, or has rules across periods.
 */
export function needsAppraisal(policy: Policy): boolean {
  return (
    policy.ranking !== undefined || (policy.series?.length ?? 0) > 0 || (policy.rewards?.length ?? 0) > 0
  );
}

/**
 * Ranks, rewards and series rules need all the totals of a period before the first rank is
 * known, but not all the records: pass 1 scores every row, spools its report card to a
 * temporary file and keeps a lean scorecard (no trace); the appraisal runs on those; pass 2
 * reads the spool back in input order with each card's rank, group ranks and rewards, turning a
 * subject's duplicate records into rejected rows at their lines.
 */
export async function* appraiseRows(
  appraiser: Appraiser,
  rows: AsyncIterable<ScoredRow>,
  options: AppraiseRowsOptions,
): AsyncGenerator<AppraisedRow> {
  const dir = await mkdtemp(join(tmpdir(), "kaoping-"));
  const spoolPath = join(dir, "cards.ndjson");
  try {
    const spool = createWriteStream(spoolPath, { encoding: "utf8" });
    const lean: Scorecard[] = [];
    const lines: number[] = [];
    const rejected: (RejectedRow & { line: number })[] = [];
    for await (const row of rows) {
      if (row.kind === "rejected") {
        rejected.push(row.row);
        if (options.maxRejected !== undefined && rejected.length > options.maxRejected) break;
        continue;
      }
      if (!spool.write(`${JSON.stringify(reportCard(row.card, row.line))}\n`)) await once(spool, "drain");
      lean.push(leanCard(row.card));
      lines.push(row.line);
    }
    spool.end();
    await once(spool, "finish");

    const appraisal = appraiseScorecards(appraiser, lean);
    options.onSeries(appraisal.series.map((outcome) => reportSeries(outcome, { trace: options.trace })));
    // Results come back in input order without the duplicates: pair them up again by index.
    const duplicates = new Map(appraisal.duplicates.map((d) => [d.index, d]));
    const appraised = appraisal.results[Symbol.iterator]();
    lean.length = 0;

    let next = 0; // the next rejected row to hand on, in line order
    let index = 0;
    const cards = createInterface({
      input: createReadStream(spoolPath, { encoding: "utf8" }),
      crlfDelay: Infinity,
    });
    for await (const text of cards) {
      const line = lines[index] as number;
      while (next < rejected.length && (rejected[next] as RejectedRow & { line: number }).line < line) {
        yield { kind: "rejected", row: rejected[next++] as RejectedRow & { line: number } };
      }
      const duplicate = duplicates.get(index++);
      const card = JSON.parse(text) as ReportCard;
      if (duplicate !== undefined) {
        yield { kind: "rejected", row: { line, subject: card.subject, issues: duplicate.issues } };
      } else {
        yield {
          kind: "result",
          line,
          card: { ...card, ...standing(appraised.next().value as AppraisedScorecard) },
        };
      }
    }
    while (next < rejected.length)
      yield { kind: "rejected", row: rejected[next++] as RejectedRow & { line: number } };
  } finally {
    await rm(dir, { recursive: true, force: true });
  }
}

/** What the appraisal reads of a scorecard: everything but the trace and the names. */
function leanCard(card: Scorecard): Scorecard {
  return {
    ...card,
    components: card.components.map(({ id, score, max }) => ({ id, score, max, trace: [] })),
  };
}

/** What the appraisal adds to a card, as plain data. */
function standing(card: AppraisedScorecard): Partial<ReportCard> {
  const { rank, rankDecidedBy, groupRanks, rewards } = card;
  return JSON.parse(JSON.stringify({ rank, rankDecidedBy, groupRanks, rewards })) as Partial<ReportCard>;
}
