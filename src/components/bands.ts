import { z } from "zod";
import { Decimal } from "../decimal";
import type { PathSegment } from "../issues/codes";
import { makeIssue } from "../issues/issue";
import { decimalSchema, nameSchema, pointsSchema } from "../policy/schema/common";
import { componentBaseShape } from "./base";
import { type CheckContext, defineComponentKind } from "./kind";
import { checkSource, compileSource, sourceShape } from "./source";

/** One band: the bounds a value must lie within (each inclusive or exclusive) and its points. */
export const bandSchema = z.strictObject({
  name: nameSchema.optional(),
  gt: decimalSchema.optional().describe("The value must be greater than this (exclusive lower bound)."),
  gte: decimalSchema.optional().describe("The value must be at least this (inclusive lower bound)."),
  lt: decimalSchema.optional().describe("The value must be less than this (exclusive upper bound)."),
  lte: decimalSchema.optional().describe("The value must be at most this (inclusive upper bound)."),
  points: pointsSchema.describe("The points a value in this band gives."),
});

/** A band of a `bands` component. */
export type Band = z.infer<typeof bandSchema>;

/** A bound of a band. */
interface Bound {
  readonly value: Decimal;
  readonly inclusive: boolean;
}

/** The values a band holds; a bound left out stands for −∞ or +∞. */
interface Interval {
  readonly lower?: Bound | undefined;
  readonly upper?: Bound | undefined;
}

/**
 * `bands`: a value (an input's or a measure's) → points by bands, each with its bounds
 * explicitly inclusive (`gte`, `lte`) or exclusive (`gt`, `lt`). Bands may not overlap; a
 * value in no band gets `otherwise` points (0 by default).
 *
 * @example
 * ```json
 * { "id": "complaints", "kind": "bands", "max": 20, "measure": "complaint-rate",
 *   "bands": [{ "lte": 0.01, "points": 20 }, { "gt": 0.01, "lte": 0.03, "points": 15 }] }
 * //=> a rate of 0.01 gives 20 points, 0.02 gives 15, 0.05 gives 0 (otherwise)
 * ```
 */
export const bands = defineComponentKind({
  kind: "bands",
  schema: z.strictObject({
    ...componentBaseShape,
    kind: z.literal("bands"),
    ...sourceShape,
    bands: z.array(bandSchema).min(1).describe("The bands, each with its bounds and points."),
    otherwise: pointsSchema.optional().describe("The points of a value in no band; 0 by default."),
  }),

  check(component, path, ctx) {
    checkSource(component, path, ctx);
    const max = new Decimal(component.max);
    const intervals: (Interval | undefined)[] = [];
    component.bands.forEach((band, index) => {
      const at: PathSegment[] = [...path, "bands", index];
      intervals.push(checkBand(band, at, max, ctx));
      intervals.forEach((other, j) => {
        const self = intervals[index];
        if (j < index && other !== undefined && self !== undefined && overlap(self, other)) {
          ctx.report(makeIssue("policy.bands-overlap", at, { band: index, other: j }));
        }
      });
    });
    if (component.otherwise !== undefined && new Decimal(component.otherwise).gt(max)) {
      ctx.report(
        makeIssue("policy.points-above-max", [...path, "otherwise"], {
          points: String(component.otherwise),
          max: max.toString(),
        }),
      );
    }
  },

  compile(component, ctx) {
    const source = compileSource(component, ctx);
    const compiled = component.bands.map((band) => {
      const { lower, upper } = boundsOf(band);
      return {
        lower,
        upper,
        points: new Decimal(band.points),
        range: rangeText(lower, upper),
        name: band.name,
      };
    });
    const otherwise = new Decimal(component.otherwise ?? 0);
    return {
      id: component.id,
      name: component.name,
      max: new Decimal(component.max),
      evaluate(values, trace) {
        const value = source.read(values, trace, component.id);
        if (value === undefined) return undefined;
        const common = source.head(component.id);
        const band = compiled.find((candidate) => contains(candidate, value));
        if (band === undefined) {
          trace?.push({
            ...common,
            code: "bands.otherwise",
            delta: otherwise,
            values: { value: value.toString(), points: otherwise.toString() },
          });
          return otherwise;
        }
        trace?.push({
          ...common,
          code: "bands.band",
          delta: band.points,
          values: {
            value: value.toString(),
            range: band.range,
            points: band.points.toString(),
            ...(band.name && { bandName: band.name }),
          },
        });
        return band.points;
      },
    };
  },
});

function checkBand(band: Band, path: PathSegment[], max: Decimal, ctx: CheckContext) {
  let valid = true;
  if (band.gt !== undefined && band.gte !== undefined) {
    ctx.report(makeIssue("policy.band-bounds", path, { bound: "lower" }));
    valid = false;
  }
  if (band.lt !== undefined && band.lte !== undefined) {
    ctx.report(makeIssue("policy.band-bounds", path, { bound: "upper" }));
    valid = false;
  }
  if (new Decimal(band.points).gt(max)) {
    ctx.report(
      makeIssue("policy.points-above-max", [...path, "points"], {
        points: String(band.points),
        max: max.toString(),
      }),
    );
  }
  if (!valid) return undefined;
  const bounds = boundsOf(band);
  if (bounds.lower !== undefined && bounds.upper !== undefined && isEmpty(bounds.lower, bounds.upper)) {
    ctx.report(makeIssue("policy.band-empty", path, { range: rangeText(bounds.lower, bounds.upper) }));
    return undefined;
  }
  return bounds;
}

function boundsOf(band: Band): Interval {
  const lowerValue = band.gte ?? band.gt;
  const upperValue = band.lte ?? band.lt;
  return {
    ...(lowerValue !== undefined && {
      lower: { value: new Decimal(lowerValue), inclusive: band.gte !== undefined },
    }),
    ...(upperValue !== undefined && {
      upper: { value: new Decimal(upperValue), inclusive: band.lte !== undefined },
    }),
  };
}

function isEmpty(lower: Bound, upper: Bound): boolean {
  return (
    lower.value.gt(upper.value) || (lower.value.eq(upper.value) && !(lower.inclusive && upper.inclusive))
  );
}

function contains(band: Interval, value: Decimal): boolean {
  const { lower, upper } = band;
  if (lower !== undefined && (lower.inclusive ? value.lt(lower.value) : value.lte(lower.value))) return false;
  if (upper !== undefined && (upper.inclusive ? value.gt(upper.value) : value.gte(upper.value))) return false;
  return true;
}

/** Whether two bands share a value: their intersection's lower bound lies below its upper bound. */
function overlap(a: Interval, b: Interval): boolean {
  const lower = tighter(a.lower, b.lower, (x, y) => x.gt(y));
  const upper = tighter(a.upper, b.upper, (x, y) => x.lt(y));
  return lower === undefined || upper === undefined || !isEmpty(lower, upper);
}

/** The tighter of two bounds on the same side; on a tie, the exclusive one. */
function tighter(
  a: Bound | undefined,
  b: Bound | undefined,
  beyond: (x: Decimal, y: Decimal) => boolean,
): Bound | undefined {
  if (a === undefined) return b;
  if (b === undefined) return a;
  if (a.value.eq(b.value)) return { value: a.value, inclusive: a.inclusive && b.inclusive };
  return beyond(a.value, b.value) ? a : b;
}

/** A band's bounds as an inequality anyone reads the same in any language: `0.9 ≤ x < 0.95`. */
function rangeText(lower: Bound | undefined, upper: Bound | undefined): string {
  const low = lower === undefined ? "" : `${lower.value.toString()} ${lower.inclusive ? "≤" : "<"} `;
  const high = upper === undefined ? "" : ` ${upper.inclusive ? "≤" : "<"} ${upper.value.toString()}`;
  return lower === undefined && upper === undefined ? "any x" : `${low}x${high}`;
}
