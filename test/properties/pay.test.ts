import { fc, test } from "@fast-check/vitest";
import { describe, expect } from "vitest";
import { compile, getPreset, type PolicyInput } from "../../src/index";
import { cmp, fixed, gcd, inverse, mul, type Rational, rational, roundRational } from "../helpers/rational";

// P2's rule, from POLICIES.md: pay = base × score / 100; below 60, × 0.7; half-up to the cent.
// The oracle works in whole cents and hundredths of a point, on BigInt rationals.
function oraclePay(baseCents: bigint, scoreHundredths: bigint, mode: "half-up" | "half-even" = "half-up") {
  const factor = scoreHundredths < 6000n ? rational(7n, 10n) : rational(1n);
  const exactCents = mul(rational(baseCents * scoreHundredths, 10000n), factor);
  return { exactCents, pay: fixed(roundRational(exactCents, 0, mode), 2) };
}

const asMoney = (cents: bigint) => fixed(cents, 2);
const asScore = (hundredths: bigint) => fixed(hundredths, 2);
const isTie = (x: Rational) => x.d === 2n; // a half cent exactly: n / 2 in lowest terms

const performancePay = compile(getPreset("performance-pay") as PolicyInput);
const halfEven = (() => {
  const policy = getPreset("performance-pay") as PolicyInput & { payouts: { rounding?: unknown }[] };
  policy.payouts = policy.payouts.map((payout) => ({
    ...payout,
    rounding: { mode: "half-even" as const, places: 2 },
  }));
  return compile(policy);
})();

function payOf(appraiser: typeof performancePay, baseCents: bigint, scoreHundredths: bigint): string {
  const card = appraiser.score({
    subject: "p",
    score: asScore(scoreHundredths),
    performance_base: asMoney(baseCents),
  });
  if (card.status === "rejected") throw new Error(card.issues[0]?.message);
  return card.pay as string;
}

const MAX_BASE_CENTS = 10n ** 11n; // bases up to 10^9 yuan
const baseCents = fc.bigInt({ min: 0n, max: MAX_BASE_CENTS });
const scoreHundredths = fc.bigInt({ min: 0n, max: 10000n });

/**
 * A base and a score whose exact pay ends in exactly half a cent: B × S × f ≡ M/2 (mod M),
 * solved for B with a modular inverse (M = 10^4, or 10^5 when 0.7 applies).
 */
const halfCentCase = fc
  .tuple(scoreHundredths, fc.bigInt({ min: 0n, max: 10n ** 9n }))
  .map(([score, k]) => {
    const [fn, m] = score < 6000n ? [7n, 100000n] : [1n, 10000n];
    const c = (score * fn) % m;
    const g = gcd(c, m);
    if (c === 0n || (m / 2n) % g !== 0n) return undefined;
    const step = m / g;
    const base0 = ((m / 2n / g) * inverse(c / g, step)) % step;
    const base = base0 + ((k * step) % (MAX_BASE_CENTS - step));
    return { base: base > MAX_BASE_CENTS ? base0 : base, score };
  })
  .filter((value): value is { base: bigint; score: bigint } => value !== undefined);

describe("performance pay is exact (property, against a BigInt rational oracle)", () => {
  test.prop([baseCents, scoreHundredths], { numRuns: 300 })(
    "any base up to 10^9 and score with 2 decimals",
    (base, score) => {
      expect(payOf(performancePay, base, score)).toBe(oraclePay(base, score).pay);
    },
  );

  test.prop([halfCentCase], { numRuns: 300 })(
    "half-cent ties round half-up (away from zero)",
    ({ base, score }) => {
      const { exactCents, pay } = oraclePay(base, score);
      expect(isTie(exactCents)).toBe(true);
      expect(payOf(performancePay, base, score)).toBe(pay);
    },
  );

  test.prop([halfCentCase], { numRuns: 200 })(
    "half-cent ties round to even when the policy says half-even",
    ({ base, score }) => {
      expect(payOf(halfEven, base, score)).toBe(oraclePay(base, score, "half-even").pay);
    },
  );

  test.prop([baseCents, scoreHundredths, scoreHundredths], { numRuns: 300 })(
    "pay never decreases when the score rises",
    (base, a, b) => {
      const [low, high] = a <= b ? [a, b] : [b, a];
      const lowPay = rational(BigInt(payOf(performancePay, base, low).replace(".", "")));
      const highPay = rational(BigInt(payOf(performancePay, base, high).replace(".", "")));
      expect(cmp(lowPay, highPay)).toBeLessThanOrEqual(0);
    },
  );

  test.prop([baseCents, scoreHundredths], { numRuns: 300 })("0 ≤ pay ≤ base", (base, score) => {
    const pay = BigInt(payOf(performancePay, base, score).replace(".", ""));
    expect(pay >= 0n && pay <= base).toBe(true);
  });

  test("the tie generator is not vacuous: 3001.70 × 85 / 100 is one of its cases", () => {
    const { exactCents, pay } = oraclePay(300170n, 8500n);
    expect(isTie(exactCents)).toBe(true);
    expect(pay).toBe("2551.45");
    expect(payOf(performancePay, 300170n, 8500n)).toBe("2551.45");
  });
});
