import { describe, expect, it } from "vitest";
import { compile, explain, type Scorecard } from "../../src/index";
import { p1Policy, p1Row } from "../helpers/p1";

const appraiser = compile(p1Policy());
const card = (overrides: Record<string, unknown>) => appraiser.score(p1Row(overrides)) as Scorecard;

describe("explain", () => {
  it("explains P1's first worked example in English, point by point", () => {
    const text = explain(
      card({ subject: "North Hall", findings: 3, survey: "基本满意", valid_complaints: 1 }),
    );
    expect(text.split("\n")).toEqual([
      "North Hall — Satisfaction work appraisal",
      "Standards compliance: 47 of 50 points.",
      "  +50 starts at full marks, 50 points",
      "  −3 inspection findings: 3 × 1 point taken off",
      "Satisfaction survey: 16 of 20 points.",
      '  +16 the answer "basically satisfied" is worth 16',
      "Service complaints: 24 of 30 points.",
      "  +30 starts at full marks, 30 points",
      "  −6 valid complaints: 1 × 6 points taken off",
      "Total: 87 of 100 points, grade: fail.",
    ]);
  });

  it("explains in Chinese, with floors and means", () => {
    const text = explain(card({ findings: 60, survey: "很满意;基本满意;基本满意", major_complaints: 3 }), {
      locale: "zh-CN",
    });
    expect(text.split("\n")).toEqual([
      "Unit A — 客户满意度工作考评",
      "服务工作标准执行情况：0 分（满分 50 分）。",
      "  +50 分 以满分 50 分起算",
      "  −60 分 检查发现的问题：60 × 1 分，予以扣除",
      "  +10 分 扣完为止，不计负分（满分 50 分，应扣 60 分）",
      "客户满意度调查：17.33 分（满分 20 分）。",
      "  +17.33 分 3 份答案取平均（基本满意 16、基本满意 16、很满意 20）：52 / 3",
      "服务投诉：0 分（满分 30 分）。",
      "  +30 分 以满分 30 分起算",
      "  −36 分 重大服务投诉：3 × 12 分，予以扣除",
      "  +6 分 扣完为止，不计负分（满分 30 分，应扣 36 分）",
      "总分：17.33 分（满分 100 分），等级：不合格。",
    ]);
  });

  it("says why there is no opinion", () => {
    const text = explain(card({ inspected: "no" }));
    expect(text).toContain("no appraisal opinion is given");
    expect(text).toContain("(inspected: no; complaints: 0)");
  });

  it("shows the places asked for, keeping the scorecard exact", () => {
    const c = card({ survey: "很满意;基本满意;基本满意" });
    expect(explain(c, { places: 4 })).toContain("Satisfaction survey: 17.3333 of 20 points.");
    expect(c.total.toString()).toBe("97.33333333333333333333");
  });

  it("explains a deduction cap", () => {
    const policy = p1Policy();
    (policy.components[2] as { cap?: number }).cap = 20;
    const capped = compile(policy).score(p1Row({ major_complaints: 2 })) as Scorecard;
    // 2 × 12 = 24 deducted, capped at 20: 30 − 20 = 10.
    expect(capped.components[2]?.score.toString()).toBe("10");
    expect(explain(capped)).toContain("+4 the deduction is capped at 20 (24 before the cap)");
  });
});
