import { describe, expect, test } from "vitest";
import {
  compile,
  getPreset,
  type PolicyInput,
  parsePolicy,
  presetNames,
  type Scorecard,
} from "../../src/index";

const NEW_PRESETS = [
  "performance-pay",
  "sales-performance-pay",
  "after-sales-performance-pay",
  "customer-indicators",
  "branch-service",
];

function scorer(name: string) {
  const appraiser = compile(getPreset(name) as PolicyInput);
  return (record: Record<string, unknown>): Scorecard => {
    const card = appraiser.score({ subject: "S", ...record });
    if (card.status === "rejected") throw new Error(card.issues.map((issue) => issue.message).join("; "));
    return card;
  };
}
const repeat = (answer: string, times: number) => Array.from({ length: times }, () => answer);

describe("the P2, P4 and P5 presets", () => {
  test.each(NEW_PRESETS)(
    "%s is listed, valid, plain JSON data, and says its values are examples where P2/P4/P5 are silent",
    (name) => {
      expect(presetNames()).toContain(name);
      const preset = getPreset(name);
      // Plain data: it survives a JSON round trip unchanged and still validates.
      expect(parsePolicy(JSON.parse(JSON.stringify(preset))).success).toBe(true);
      if (name !== "performance-pay") {
        expect(preset?.description?.en).toContain("EXAMPLE VALUES");
        expect(preset?.description?.["zh-CN"]).toContain("示例值");
      }
    },
  );
});

describe("sales-performance-pay (P2, example weights 30/30/20/20)", () => {
  const score = scorer("sales-performance-pay");
  // 25 customer answers, 22 of them 4 or 5: 0.88 → 100 × (0.88 − 0.6) / (0.95 − 0.6) = 80 points.
  const customer = [...repeat("5", 12), ...repeat("4", 10), "3", "3", "2"].join(";");
  const good = {
    sales_process_survey: "5;5;4;2!malicious", // 3 counted, all top-2: 1 → 100
    customer_survey: customer,
    complaints: 1,
    customers_served: 80, // 1 / 80 = 0.0125, in (0.01, 0.02] → 80
    complaint_handling_survey: "5;4", // 1 → 100
    performance_base: "4000.00",
  };

  test("30 × 1 + 30 × 0.8 + 20 × 0.8 + 20 × 1 = 90; pay 4000.00 × 90 / 100 = 3600.00", () => {
    const card = score(good);
    expect(card.total.toString()).toBe("90");
    expect(card.grade).toBe("pass");
    expect(card.pay).toBe("3600.00");
    expect(card.measures?.map((m) => [m.id, m.value?.toString()])).toEqual([
      ["sales-process-satisfaction", "1"],
      ["customer-satisfaction", "0.88"],
      ["complaint-rate", "0.0125"],
      ["complaint-handling-satisfaction", "1"],
    ]);
  });

  test("no complaint-handling answers: its 20% is spread over the rest, (30 + 24 + 16) / 80 = 87.5; pay 3500.00", () => {
    const card = score({ ...good, complaint_handling_survey: "" });
    expect(card.total.toString()).toBe("87.5");
    expect(card.pay).toBe("3500.00");
  });

  test("a failing month: only the complaint band scores, 20% × 60 = 12; 4000 × 0.12 × 0.7 = 336.00", () => {
    const card = score({
      sales_process_survey: "3;3;3", // 0 of 3 in the top 2 → below the floor
      customer_survey: [...repeat("4", 15), ...repeat("3", 10)].join(";"), // 0.6 → the floor: 0
      complaints: 4, // 4 / 80 = 0.05, in (0.02, 0.05] → 60
      customers_served: 80,
      complaint_handling_survey: "1;2", // 0 → 0
      performance_base: "4000.00",
    });
    expect(card.total.toString()).toBe("12");
    expect(card.grade).toBe("fail");
    expect(card.pay).toBe("336.00");
  });
});

describe("after-sales-performance-pay (P2, example weights 30/25/25/20)", () => {
  const score = scorer("after-sales-performance-pay");
  test("full marks everywhere pays the whole base; complaints are counted per repair order", () => {
    const card = score({
      repair_process_survey: "5;5;5",
      reception_survey: "4;4;5",
      complaints: 0,
      repair_orders: 120,
      complaint_handling_survey: "",
      performance_base: "2888.88",
    });
    expect(card.total.toString()).toBe("100");
    expect(card.pay).toBe("2888.88");
    expect(card.measures?.find((m) => m.id === "complaint-rate")?.value?.toString()).toBe("0");
  });
});

describe("customer-indicators (P4, example targets and weights)", () => {
  const score = scorer("customer-indicators");
  const record = {
    quality_survey: "5;5;4;4;5", // 1 → 100
    speed_survey: "5;4;3;5;4", // 0.8 → (0.8 − 0.5) / 0.4 = 75
    attitude_survey: "5;4;2;4;5", // 0.8 → 75
    support_survey: "4;4;5;5;4;1!malicious", // 1 (the malicious 1 left out) → 100
    complaints: 2,
    customers_served: 100, // 0.02 → lower is better: (0.05 − 0.02) / 0.05 = 60
    customers_start: 100,
    customers_end: 110,
    customers_new: 20, // (110 − 20) / 100 = 0.9 → 100
    due_to_renew: 50,
    renewed: 30, // 0.6 → (0.6 − 0.4) / 0.4 = 50
    earlier_buyers: 60,
    repeat_buyers: 30, // 0.5 → 100
    customers_asked: 40,
    customers_recommending: 6, // 0.15 → 0.15 / 0.3 = 50
  };

  test("questionnaire (100 + 75 + 75 + 100) / 4 = 87.5; total 0.3 × 87.5 + 0.15 × (60 + 100 + 50 + 100) + 0.1 × 50 = 77.75, good", () => {
    const card = score(record);
    expect(card.total.toString()).toBe("77.75");
    expect(card.grade).toBe("good");
    const [questionnaire] = card.components[0]?.trace ?? [];
    expect(questionnaire?.values).toMatchObject({ part: "questionnaire", score: "87.5" });
    expect(card.measures?.map((m) => [m.id, m.value?.toString()])).toEqual([
      ["quality-satisfaction", "1"],
      ["speed-satisfaction", "0.8"],
      ["attitude-satisfaction", "0.8"],
      ["support-satisfaction", "1"],
      ["complaint-rate", "0.02"],
      ["retention", "0.9"],
      ["renewal-rate", "0.6"],
      ["repeat-rate", "0.5"],
      ["referral-rate", "0.15"],
    ]);
  });

  test("a question with fewer than 5 answers has no data; its weight goes to the other questions", () => {
    const card = score({ ...record, attitude_survey: "1;1" });
    // Questionnaire (100 + 75 + 100) / 3 = 91.666…; 0.3 × that = 27.5, so the total rises by 1.25.
    expect(card.total.toString()).toBe("79");
  });
});

describe("branch-service (P5, example weights 25/20/20/15/20 and incentive)", () => {
  const score = scorer("branch-service");
  const record = {
    high_value_start: 1000,
    high_value_end: 1010,
    high_value_new: 30, // 0.98 → 100
    complaints: 1,
    customers: 5000, // 0.0002 → 100
    installs: 200,
    installs_on_time: 178, // 0.89 → (0.89 − 0.8) / 0.18 = 50
    store_quality: "88",
    compliance_checks: 40,
    compliance_met: 39, // 0.975, in [0.95, 1) → 80
  };

  test("25 + 20 + 10 + 13.2 + 16 = 84.2, grade B, incentive 3000.00", () => {
    const card = score(record);
    expect(card.total.toString()).toBe("84.2");
    expect(card.grade).toBe("B");
    expect(card.pay).toBe("3000.00");
  });

  test("no installation orders: no data scores 0 under this preset's rule (74.2, C, 1000.00)", () => {
    const card = score({ ...record, installs: 0, installs_on_time: 0 });
    expect(card.total.toString()).toBe("74.2");
    expect(card.grade).toBe("C");
    expect(card.pay).toBe("1000.00");
  });

  test("a store quality score above 100 rejects the unit's record", () => {
    const card = compile(getPreset("branch-service") as PolicyInput).score({
      subject: "S",
      ...record,
      store_quality: "120",
    });
    expect(card.status === "rejected" && card.issues.map((issue) => [issue.code, issue.path])).toEqual([
      ["record.out-of-range", ["store_quality"]],
    ]);
  });
});
