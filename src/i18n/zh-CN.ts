import type { Catalog } from "./catalog";

const quoted = (items: readonly string[]) => items.map((item) => `“${item}”`).join("、");

/** 简体中文：所有问题、追踪步骤与说明的措辞。 */
export const zhCN: Catalog = {
  issues: {
    "schema.invalid-type": (v) => `应为 ${v.expected}，实际为 ${v.received}。`,
    "schema.unknown-key": (v) => `未知字段“${v.key}”：请检查拼写或删除该字段。`,
    "schema.invalid-value": (v) => `应为 ${quoted(v.options)} 之一，实际为 ${v.received}。`,
    "schema.too-small": (v) => `必须${v.inclusive ? "不小于" : "大于"} ${v.minimum}，实际为 ${v.received}。`,
    "schema.too-big": (v) => `必须${v.inclusive ? "不大于" : "小于"} ${v.maximum}，实际为 ${v.received}。`,
    "schema.not-a-decimal": (v) => `应为数字或十进制字符串（如 "12.50"），实际为 ${v.received}。`,
    "schema.invalid-format": (v) => `应为 ${v.format}，实际为 ${v.received}。`,
    "schema.invalid": (v) => `此处的值无效：${v.received}。`,
    "schema.not-money": (v) => `应为不小于 0、最多两位小数的金额（如 "500.00"），实际为 ${v.received}。`,
    "schema.not-a-percent": (v) => `应为 0 到 100 之间的百分比，实际为 ${v.received}。`,
    "policy.max-mismatch": (v) =>
      `各组成部分满分之和为 ${v.sum}，但 maxScore 为 ${v.maxScore}：两者必须相等。`,
    "policy.grades-not-descending": (v) =>
      `等级“${v.grade}”的起点 ${v.min} 不低于上一等级的 ${v.previous}：请按分数线从高到低排列等级。`,
    "policy.duplicate-grade": (v) => `等级“${v.grade}”重复声明。`,
    "policy.grade-fallback-missing": (v) =>
      `最后一个等级（“${v.grade}”）设置了最低分：请去掉最后一个等级的 "min"，使任何总分都有等级。`,
    "policy.duplicate-component": (v) => `组成部分“${v.component}”重复声明。`,
    "policy.unknown-input": (v) =>
      `输入项“${v.input}”未在 "inputs" 中声明（已声明：${v.known.length > 0 ? quoted(v.known) : "无"}）。`,
    "policy.input-type-mismatch": (v) =>
      `输入项“${v.input}”的类型为“${v.actual}”，此处需要 ${quoted(v.expected)}${v.expected.length === 1 ? "" : " 之一"}。`,
    "policy.negative-points": (v) => `分值不能为负数，实际为 ${v.received}。`,
    "policy.unknown-tier": (v) => `档次“${v.tier}”不是输入项“${v.input}”的选项。`,
    "policy.tier-without-points": (v) => `输入项“${v.input}”的档次“${v.tier}”在此组成部分中没有分值。`,
    "policy.tier-points-above-max": (v) =>
      `档次“${v.tier}”为 ${v.points} 分，超过该组成部分的满分 ${v.max}。`,
    "policy.duplicate-tier": (v) => `档次“${v.tier}”（或其别名）重复声明。`,
    "policy.unknown-score": (v) =>
      `“${v.score}”既不是 "total"，也不是组成部分的 id（组成部分：${quoted(v.known)}）。`,
    "policy.unknown-grade": (v) => `等级“${v.grade}”未在 "grades" 中声明（等级：${quoted(v.known)}）。`,
    "policy.condition-not-allowed": (v) =>
      `此处的条件不能判断${{ input: "输入项", score: "分数", grade: "等级" }[v.test]}：判断时它还不可知。`,
    "policy.unknown-measure": (v) =>
      `指标“${v.measure}”未在 "measures" 中声明（已声明：${v.known.length > 0 ? quoted(v.known) : "无"}）。`,
    "policy.exactly-one": (v) =>
      `${quoted(v.fields)} 必须且只能填写一项；${v.count === 0 ? "目前一项都没有" : `目前填写了 ${v.count} 项`}。`,
    "policy.bands-overlap": (v) =>
      `第 ${v.band + 1} 档与第 ${v.other + 1} 档重叠：同一数值会落入两档；请在交界处把一侧改为不含（gt/lt）。`,
    "policy.band-bounds": (v) =>
      `该档有两个${v.bound === "lower" ? "下限" : "上限"}：${v.bound === "lower" ? '"gt" 与 "gte"' : '"lt" 与 "lte"'} 只能填写其一。`,
    "policy.band-empty": (v) => `该档不包含任何数值（${v.range}）：请检查上下限。`,
    "policy.points-above-max": (v) => `${v.points} 分超过该组成部分的满分 ${v.max}。`,
    "policy.linear-flat": (v) =>
      `目标值与底线值都是 ${v.target}：达到目标得满分、达到底线得零分，需要两个不同的值。`,
    "policy.weights-sum": (v) => `各部分权重之和为 ${v.sum}%，必须等于 100%。`,
    "policy.unknown-flag": (v) =>
      `标记“${v.flag}”不是输入项“${v.input}”的标记（可用标记：${v.known.length > 0 ? quoted(v.known) : "无"}）。`,
    "policy.nps-scale": (v) =>
      `NPS 需要 0–10 分的整数题目，但输入项“${v.input}”的量表为 ${v.min}–${v.max}，步长 ${v.step}。`,
    "policy.scale-invalid": (v) =>
      `量表 ${v.min}–${v.max}（步长 ${v.step}）无效：最低分必须低于最高分，且步长须能整除两者之差。`,
    "policy.duplicate-payout": (v) => `支付项“${v.payout}”重复声明。`,
    "policy.cap-below-floor": (v) => `上限（${v.cap}）低于下限（${v.floor}）。`,
    "record.not-an-object": (v) => `记录必须是由字段组成的对象，实际为 ${v.received}。`,
    "record.missing-subject": () => `记录缺少 "subject"：请注明被考评的单位或人员。`,
    "record.missing-value": (v) => `缺少“${v.input}”：考评办法要求填写此项。`,
    "record.not-a-count": (v) => `“${v.input}”必须是不小于 0 的整数，实际为 ${v.received}。`,
    "record.not-a-boolean": (v) =>
      `“${v.input}”必须为是或否（true/false、yes/no、1/0、是/否），实际为 ${v.received}。`,
    "record.not-a-decimal": (v) => `“${v.input}”必须是十进制数（如 12.50），实际为 ${v.received}。`,
    "record.out-of-range": (v) =>
      `“${v.input}”为 ${v.received}，超出范围 ${v.min ?? "−∞"} … ${v.max ?? "+∞"}。`,
    "record.unknown-tier": (v) => `“${v.input}”的答案 ${v.received} 不是 ${quoted(v.options)} 之一。`,
    "record.too-many-answers": (v) => `“${v.input}”只能有一个答案，实际有 ${v.count} 个。`,
    "record.unknown-key": (v) => `“${v.input}”没有键“${v.key}”（可用的键：${quoted(v.known)}）。`,
    "record.too-many-places": (v) =>
      `“${v.input}”为 ${v.received}，超过 ${v.places} 位小数：金额须精确到分，kaoping 不会替您舍入。`,
    "record.invalid-answer": (v) =>
      `“${v.input}”的答案 ${v.received} 不在量表 ${v.min}–${v.max}（步长 ${v.step}）之内。`,
    "record.unknown-flag": (v) =>
      `“${v.input}”有一个答案标记为“${v.flag}”，该标记未声明（可用标记：${v.known.length > 0 ? quoted(v.known) : "无"}）。`,
    "record.count-exceeds": (v) =>
      `“${v.field}”为 ${v.value}，大于“${v.limitField}”（${v.limit}）：指标“${v.measure}”不能超过 1。`,
    "file.unreadable": (v) => `无法读取 ${v.file}：${v.reason}。`,
    "file.parse-error": (v) => `文件无法解析：${v.reason}。`,
    "file.missing-column": (v) => `表头缺少考评办法所需的列“${v.column}”。`,
    "file.unknown-preset": (v) => `“${v.name}”既不是文件，也不是预置办法（预置办法：${quoted(v.known)}）。`,
  },
  trace: {
    "component.full": (v) => `以满分 ${v.max} 分起算`,
    "deduction.per-unit": (v, w) => `${w.input}：${v.count} × ${v.points} 分，予以扣除`,
    "deduction.cap": (v) => `扣分以 ${v.cap} 分为上限（封顶前扣 ${v.deducted} 分）`,
    "deduction.floor": (v) => `扣完为止，不计负分（满分 ${v.max} 分，应扣 ${v.deducted} 分）`,
    "tiers.answer": (v, w) => `答案“${w.tier(v.tier, v.tierName)}”计 ${v.points} 分`,
    "tiers.mean": (v, w) =>
      `${v.count} 份答案取平均（${v.answers.map((a) => `${w.tier(a.tier, a.tierName)} ${a.points}`).join("、")}）：${v.sum} / ${v.count}`,
    "measure.rate": (v, w) => `${w.input}：${v.numerator} / ${v.denominator} = ${v.value}`,
    "measure.retention": (v, w) => `${w.input}：(${v.end} − ${v.new}) / ${v.start} = ${v.value}`,
    "measure.csat": (v, w) =>
      `${w.input}：${
        v.method === "mean"
          ? `${v.counted} 份有效答案的平均分`
          : `${v.counted} 份有效答案中 ${v.inBox} 份为${v.method === "top-box" ? "最高一档" : "最高两档"}`
      } = ${v.value}${v.excluded > 0 ? `（已剔除 ${v.excluded} 份标记的答案）` : ""}`,
    "measure.nps": (v, w) =>
      `${w.input}：（推荐者 ${v.promoters} − 贬损者 ${v.detractors}）× 100 / 有效答案 ${v.counted} = ${v.value}${v.excluded > 0 ? `（已剔除 ${v.excluded} 份标记的答案）` : ""}`,
    "bands.band": (v, w) =>
      `${w.input}为 ${v.value}，落在 ${v.range} 一档${v.bandName ? `（${w.text(v.bandName)}）` : ""}：${v.points} 分`,
    "bands.otherwise": (v, w) => `${w.input}为 ${v.value}，不在任何一档：${v.points} 分`,
    "linear.target": (v, w) => `${w.input}为 ${v.value}，达到目标值 ${v.target}：满分`,
    "linear.floor": (v, w) => `${w.input}为 ${v.value}，达到底线值 ${v.floor}：不得分`,
    "linear.between": (v, w) =>
      `${w.input}为 ${v.value}，介于底线值 ${v.floor} 与目标值 ${v.target} 之间：${v.max} × (${v.value} − ${v.floor}) / (${v.target} − ${v.floor})`,
    "given.score": (v, w) => `${w.input}：${v.value} 分（满分 ${v.max} 分），按给定分数计`,
    "weighted.part": (v, w) =>
      `${w.input}：${v.score} 分（满分 ${v.max} 分），权重 ${v.share}%${v.share === v.weight ? "" : `（原权重 ${v.weight}%，另分得无数据部分的权重）`}`,
    "weighted.no-data": (v, w) =>
      `${w.input}无数据：${v.rule === "redistribute" ? `其 ${v.weight}% 的权重按比例分给其他部分` : `其 ${v.weight}% 的权重计 0 分`}`,
    "payout.proportional": (v, w) =>
      `${w.input} ${v.base} × ${v.of === "total" ? "得分" : `${v.of} 得分`} ${v.score}${v.exactScore === undefined ? "" : `（由 ${v.exactScore} 舍入）`} / ${v.maxScore}`,
    "payout.by-grade": (v, w) => `等级“${w.text(v.gradeName, v.grade)}”发放 ${v.amount}`,
    "payout.no-amount": (v, w) =>
      v.grade === undefined ? "无可计发的基数" : `等级“${w.text(v.gradeName, v.grade)}”不发放`,
    "payout.withhold": (v, w) =>
      `扣除 ${v.percent !== undefined ? `${v.before} 的 ${v.percent}%` : v.amount}${v.reason ? `（${w.text(v.reason)}）` : ""}`,
    "payout.cap": (v) => `以 ${v.cap} 封顶（封顶前 ${v.before}）`,
    "payout.floor": (v) => `提至保底 ${v.floor}（此前 ${v.before}）`,
    "payout.round": (v) =>
      `${v.before} 按${{ "half-up": "四舍五入", "half-even": "银行家舍入", "half-down": "五舍六入", down: "舍去", up: "进一" }[v.mode] ?? v.mode}保留 ${v.places} 位小数：${v.after}`,
  },
  line: (line) => `第 ${line} 行：`,
  list: (items) => items.join("；"),
  yesNo: (value) => (value ? "是" : "否"),
  explain: {
    heading: (subject, policy, period) => `${subject}${period ? `（${period}）` : ""} — ${policy}`,
    component: (name, score, max) => `${name}：${score} 分（满分 ${max} 分）。`,
    graded: (total, max, grade) => `总分：${total} 分（满分 ${max} 分），等级：${grade}。`,
    noOpinion: (total, max, inputs) =>
      `总分：${total} 分（满分 ${max} 分），但不出具考评意见：符合考评办法的不出具意见条件（${inputs}）。不评等级、不参与排名，也不计为不合格月份。`,
    points: (delta) => `${delta.startsWith("-") ? `−${delta.slice(1)}` : `+${delta}`} 分`,
    payout: (name, amount) => `${name}：${amount}。`,
    money: (delta) => `${delta.startsWith("-") ? `−${delta.slice(1)}` : `+${delta}`}`,
    pay: (amount) => `合计金额：${amount}。`,
  },
};
