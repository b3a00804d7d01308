import { intBetween, seededRandom } from "./random.mjs";

/** The survey tiers of P1, best first (the ids kaoping's `satisfaction-work` preset declares). */
export const TIERS = Object.freeze([
  "very-satisfied",
  "basically-satisfied",
  "average",
  "not-very-satisfied",
  "very-dissatisfied",
]);

/** How often each tier is answered: most customers are content, a few are not. */
const TIER_WEIGHTS = [0.35, 0.3, 0.2, 0.1, 0.05];

/** The defaults of {@link createGenerator}, in one place. */
export const DEFAULT_GENERATOR_OPTIONS = Object.freeze({
  seed: 20240607,
  /** Performance bases are drawn log-uniformly between these (in yuan, 2 decimals). */
  minBase: 100,
  maxBase: 100_000,
  /** Share of records whose base is nudged so that the exact pay ends in exactly half a cent. */
  tieShare: 0.3,
});

/**
 * A generated record: P1's inputs (the CSV columns of the `satisfaction-work` preset) plus P2's
 * `performance_base`, a decimal string with 2 places.
 *
 * @typedef {{
 *   subject: string, inspected: boolean, findings: number, survey: string[],
 *   valid_complaints: number, major_complaints: number, performance_base: string
 * }} BenchRecord
 */

/**
 * A seeded stream of records. The same seed and options give the same records, in every
 * worker thread and child process.
 *
 * @param {Partial<typeof DEFAULT_GENERATOR_OPTIONS>} [options]
 * @returns {() => BenchRecord} the next record, each call
 */
export function createGenerator(options = {}) {
  const { seed, minBase, maxBase, tieShare } = { ...DEFAULT_GENERATOR_OPTIONS, ...options };
  const random = seededRandom(seed);
  const logMin = Math.log(minBase * 100);
  const logMax = Math.log(maxBase * 100);
  let index = 0;

  const tier = () => {
    let r = random();
    for (let i = 0; i < TIERS.length - 1; i++) {
      r -= TIER_WEIGHTS[i];
      if (r < 0) return TIERS[i];
    }
    return TIERS[TIERS.length - 1];
  };

  return () => {
    index++;
    const inspected = random() < 0.88;
    let findings = 0;
    if (inspected) {
      const r = random();
      // Mostly few findings; some past 50, so that the floor at 0 is exercised.
      findings =
        r < 0.3
          ? 0
          : r < 0.75
            ? intBetween(random, 1, 9)
            : r < 0.92
              ? intBetween(random, 10, 40)
              : intBetween(random, 41, 70);
    }
    const answers = random() < 0.8 ? 1 : intBetween(random, 2, 5);
    const survey = [];
    for (let i = 0; i < answers; i++) survey.push(tier());
    const rv = random();
    const valid = rv < 0.55 ? 0 : rv < 0.9 ? intBetween(random, 1, 2) : intBetween(random, 3, 6);
    const rm = random();
    const major = rm < 0.85 ? 0 : rm < 0.97 ? 1 : intBetween(random, 2, 3);
    let cents = Math.round(Math.exp(logMin + random() * (logMax - logMin)));
    if (random() < tieShare)
      cents = towardsHalfCentTie(cents, totalOf(findings, survey, valid, major), random);
    return {
      subject: `unit-${index}`,
      inspected,
      findings,
      survey,
      valid_complaints: valid,
      major_complaints: major,
      performance_base: centsToString(cents),
    };
  };
}

/**
 * `count` records from a fresh generator.
 *
 * @param {number} count
 * @param {Partial<typeof DEFAULT_GENERATOR_OPTIONS>} [options]
 * @returns {BenchRecord[]}
 */
export function generateRecords(count, options = {}) {
  const next = createGenerator(options);
  const records = new Array(count);
  for (let i = 0; i < count; i++) records[i] = next();
  return records;
}

/**
 * The records as CSV, in the columns the `satisfaction-work` preset reads (plus
 * `performance_base`); several answers go in one cell separated by `;`.
 *
 * @param {BenchRecord} record
 */
export function toCsvRow(record) {
  return `${record.subject},${record.inspected},${record.findings},${record.survey.join(";")},${record.valid_complaints},${record.major_complaints},${record.performance_base}\n`;
}

/** The CSV header matching {@link toCsvRow}. */
export const CSV_HEADER =
  "subject,inspected,findings,survey,valid_complaints,major_complaints,performance_base\n";

// A record's total as the fraction num / k (k answers); only used to aim bases at half-cent ties.
const POINTS = {
  "very-satisfied": 20,
  "basically-satisfied": 16,
  average: 12,
  "not-very-satisfied": 8,
  "very-dissatisfied": 4,
};
function totalOf(findings, survey, valid, major) {
  let sum = 0;
  for (const answer of survey) sum += POINTS[answer];
  const rest = Math.max(0, 50 - findings) + Math.max(0, 30 - 6 * valid - 12 * major);
  return { num: rest * survey.length + sum, k: survey.length };
}

/**
 * With a total of num / k, pay in cents is B·num / (100·k), or B·num·7 / (1000·k) when withheld
 * below 60: it ends in exactly half a cent when B·num·f mod m = m/2 (m = 100·k or 1000·k).
 * That depends on B mod m only, so the residues that give a tie are found once per total, and a
 * base is moved onto one of them. With k = 3 this also makes bases divisible by 3 whose exact
 * pay is a tie although the mean (a third) does not terminate: rounding the mean first breaks those.
 */
const tieResidues = new Map();
function residuesFor({ num, k }) {
  const key = `${num}/${k}`;
  let residues = tieResidues.get(key);
  if (residues === undefined) {
    const withheld = num < 60 * k;
    const modulus = (withheld ? 1000 : 100) * k;
    const factor = withheld ? 7 : 1;
    residues = { modulus, list: [] };
    for (let r = 0; r < modulus; r++) if ((r * num * factor) % modulus === modulus / 2) residues.list.push(r);
    tieResidues.set(key, residues);
  }
  return residues;
}

function towardsHalfCentTie(cents, total, random) {
  const { modulus, list } = residuesFor(total);
  if (list.length === 0) return cents; // e.g. a total of 100 or 60: no base gives a tie
  const moved = cents - (cents % modulus) + list[Math.floor(random() * list.length)];
  return moved > 0 ? moved : moved + modulus;
}

function centsToString(cents) {
  const whole = Math.floor(cents / 100);
  const fraction = cents - whole * 100;
  return `${whole}.${fraction < 10 ? "0" : ""}${fraction}`;
}
