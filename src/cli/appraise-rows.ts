import { mkdtemp, rm } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { appraisalTable } from "../cycle/appraisal-table";
import { duplicateRejection } from "../cycle/duplicates";
import type { SeriesOutcome } from "../cycle/series";
import type { Appraiser } from "../engine/compile";
import type { Scorecard } from "../engine/scorecard";
import type { Issue } from "../issues/issue";
import type { Policy } from "../policy/schema/policy";
import type { RejectedRow, ReportCard, ReportSeriesOutcome } from "../report/report";
import { reportCard } from "../report/report-card";
import { reportSeries } from "../report/report-series";
import { duplicateFinder } from "./duplicate-keys";
import type { ScoredRow } from "./score-rows";
import { openSpool, type Spool } from "./spool";

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
  /** Told of every row read in the first pass: rows so far, and how many of them were rejected. */
  readonly onRead?: (rows: number, rejected: number) => void;
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
 * Hands on scored rows once every row is read, because whether a row may be written depends on
 * the others: a subject with several records for one period has them all rejected
 * (`record.duplicate-subject`, whatever the policy and the order of the rows), and ranks,
 * rewards and series rules need all the totals of a period. Memory stays bounded: pass 1 scores
 * every row and spools its report card to a temporary file, keeping only what the verdicts need —
 * a lean scorecard (no trace) when the policy appraises ({@link needsAppraisal}), else a hash of
 * the row's subject and period; pass 2 reads the spool back in input order, with each card's
 * rank, group ranks and rewards, turning duplicates into rejected rows at their lines.
 */
export async function* appraiseRows(
  appraiser: Appraiser,
  rows: AsyncIterable<ScoredRow>,
  options: AppraiseRowsOptions,
): AsyncGenerator<AppraisedRow> {
  const dir = await mkdtemp(join(tmpdir(), "kaoping-"));
  try {
    const spool = openSpool(join(dir, "cards.ndjson"));
    const first = needsAppraisal(appraiser.policy)
      ? appraisalPass(appraiser)
      : keysPass(openSpool(join(dir, "keys.txt")));
    let cards = 0;
    const rejected: (RejectedRow & { line: number })[] = [];
    for await (const row of rows) {
      if (row.kind === "rejected") {
        rejected.push(row.row);
        options.onRead?.(cards + rejected.length, rejected.length);
        if (options.maxRejected !== undefined && rejected.length > options.maxRejected) break;
        continue;
      }
      await spool.write(JSON.stringify(reportCard(row.card, row.line)));
      await first.add(row.card);
      cards++;
      options.onRead?.(cards + rejected.length, rejected.length);
    }
    await spool.end();

    const { series, verdict } = await first.finish();
    options.onSeries(series.map((outcome) => reportSeries(outcome, { trace: options.trace })));

    let next = 0; // the next rejected row to hand on, in line order
    let index = 0;
    for await (const text of spool.lines()) {
      const card = JSON.parse(text) as ReportCard;
      const line = card.line as number; // spooled with its line: memory holds no list of lines
      while (next < rejected.length && (rejected[next] as RejectedRow & { line: number }).line < line) {
        yield { kind: "rejected", row: rejected[next++] as RejectedRow & { line: number } };
      }
      const outcome = verdict(index++, card);
      if ("issues" in outcome) {
        yield { kind: "rejected", row: { line, subject: card.subject, issues: outcome.issues } };
      } else {
        const { standing } = outcome;
        yield { kind: "result", line, card: standing === undefined ? card : { ...card, ...standing } };
      }
    }
    while (next < rejected.length)
      yield { kind: "rejected", row: rejected[next++] as RejectedRow & { line: number } };
  } finally {
    await rm(dir, { recursive: true, force: true });
  }
}

/** What becomes of a spooled card: rejected with its issues, or written with its standing. */
type Verdict = { readonly issues: readonly Issue[] } | { readonly standing?: Partial<ReportCard> };

/** The first pass's memory: what it keeps of each card, and the verdicts it gives once all are seen. */
interface FirstPass {
  add(card: Scorecard): Promise<void>;
  /** The series outcomes, and the verdict on each card, asked for in the order the cards were added. */
  finish(): Promise<{
    readonly series: readonly SeriesOutcome[];
    readonly verdict: (index: number, card: ReportCard) => Verdict;
  }>;
}

/** For policies that rank, reward or have series rules: a lean scorecard per card, appraised at the end. */
function appraisalPass(appraiser: Appraiser): FirstPass {
  // The table keeps what ranking, rewards and series read of each card (its total, grade,
  // subject, period), not the card: its trace and inputs wait on disk for the second pass.
  const table = appraisalTable(appraiser);
  return {
    async add(card) {
      table.add(card);
    },
    async finish() {
      const appraisal = table.finish();
      return {
        series: appraisal.series,
        verdict: (index) => {
          const duplicate = appraisal.duplicateOf(index);
          if (duplicate !== undefined) return { issues: duplicate.issues };
          const standing = appraisal.standingOf(index);
          return standing === undefined ? {} : { standing: standing as Partial<ReportCard> };
        },
      };
    },
  };
}

/** For every other policy: only the (subject, period) keys, to find the duplicates. */
function keysPass(keys: Spool): FirstPass {
  const finder = duplicateFinder(keys);
  return {
    add: (card) => finder.add(card),
    async finish() {
      const countOf = await finder.finish();
      return {
        series: [],
        verdict: (index, card) => {
          const count = countOf(index);
          return count === undefined ? {} : duplicateRejection(card, count);
        },
      };
    },
  };
}
