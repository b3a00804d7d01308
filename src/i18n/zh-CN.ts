import type { Catalog } from "./catalog";
import { reportZhCN } from "./report-zh-CN";

const quoted = (items: readonly string[]) => items.map((item) => `“${item}”`).join("、");
/** Period kinds in Chinese, for messages about windows and cycles. */
const PERIOD_WORDS: Readonly<Record<string, string>> = {
  month: "月",
  quarter: "季度",
  "half-year": "半年",
  year: "年",
};

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
    "policy.tie-breaker-on-total": () =>
      `并列是总分相同：请按输入项或组成部分的得分决定名次，而不是按 "total"。`,
    "policy.duplicate-group": (v) => `排名分组“${v.group}”重复声明。`,
    "policy.unknown-group": (v) =>
      `排名分组“${v.group}”未在 "ranking.groups" 中声明（分组：${v.known.length > 0 ? quoted(v.known) : "无"}）。`,
    "policy.duplicate-series": (v) => `跨期规则“${v.rule}”重复声明。`,
    "policy.series-window-too-short": (v) =>
      `${PERIOD_WORDS[v.window] ?? v.window}的窗口容纳不了多个${PERIOD_WORDS[v.cycle] ?? v.cycle}考评周期：请选择更长的窗口。`,
    "policy.series-unreachable": (v) =>
      `一个${PERIOD_WORDS[v.window] ?? v.window}只有 ${v.periods} 个${PERIOD_WORDS[v.cycle] ?? v.cycle}考评周期，"atLeast": ${v.atLeast} 永远无法达到。`,
    "policy.duplicate-milestone": (v) => `日程节点“${v.milestone}”重复声明。`,
    "policy.schedule-window-reversed": (v) => `节点“${v.milestone}”的开始晚于结束："from" 必须不晚于 "to"。`,
    "policy.duplicate-reward": (v) => `奖惩项“${v.reward}”重复声明。`,
    "policy.reward-without-condition": (v) =>
      `“${v.reward}”既没有 "rank" 也没有 "when"，所有对象都会得到它：请写明适用条件。`,
    "record.invalid-period": (v) =>
      `"period" 必须是月（2026-11）、季度（2026-Q4）、半年（2026-H2）或年（2026），实际为 ${v.received}。`,
    "record.period-cycle-mismatch": (v) =>
      `期间 ${v.period} 是${PERIOD_WORDS[v.kind] ?? v.kind}，但考评办法按${PERIOD_WORDS[v.cycle] ?? v.cycle}考评。`,
    "record.duplicate-subject": (v) =>
      `“${v.subject}”在${v.period === "" ? "同一期间" : ` ${v.period} `}有 ${v.count} 条记录：请只保留一条（这些记录都不予评分）。`,
    "plan.duplicate-id": (v) => `改进计划“${v.plan}”重复声明。`,
    "file.wrong-cell-count": (v) =>
      `此行有 ${v.received} 个单元格，但表头有 ${v.expected} 列（${v.columns.join("、")}）：请检查是否缺少或多出逗号。`,
    "file.unclosed-quote": (v) =>
      `此行开始的引号（"）没有闭合，导致直到第 ${v.lastLine} 行的内容无法读取：请补上闭合引号，引号内的引号请写成两个（""）。`,
    "file.bad-quote": () =>
      `带引号的单元格在闭合引号之后还有文字：请给整个单元格加引号，其中的引号写成两个（""）。`,
    "file.wrong-encoding": (v) =>
      `文件不是有效的 ${v.encoding} 文本：请按保存时的编码读取（${v.suggestion}）。`,
    "file.not-an-array": (v) => `应为由记录组成的 JSON 数组，实际为 ${v.received}。`,
    "sla.unknown-zone": (v) => `“${v.zone}”不是时区：请使用 IANA 时区名，如 "Asia/Shanghai"。`,
    "sla.zone-missing": (v) =>
      `日历“${v.calendar}”没有指定时区：请添加 "zone"（如 "Asia/Shanghai"），或以 "base": "cn" 为基础。`,
    "sla.unknown-calendar": (v) => `未知的日历“${v.calendar}”（可用的日历：${quoted(v.known)}）。`,
    "sla.invalid-date": (v) => `“${v.date}”不是有效的日期。`,
    "sla.day-listed-twice": (v) => `${v.date} 重复列出（作为节假日或工作日）。`,
    "sla.shift-order": (v) => `班次“${v.shift}”的开始时间不早于结束时间。`,
    "sla.shifts-overlap": (v) =>
      `班次“${v.shift}”在上一班次（“${v.previous}”）结束前开始：请按顺序列出班次，且不得重叠。`,
    "sla.no-working-hours": (v) => `日历“${v.calendar}”一周中没有任何工作时间。`,
    "sla.duplicate-priority": (v) => `优先级“${v.priority}”（id、名称或别名）重复声明。`,
    "sla.unknown-priority": (v) =>
      `优先级“${v.priority}”未在 "priorities" 中声明（优先级：${quoted(v.known)}）。`,
    "sla.priority-without-rule": (v) => `没有规则匹配优先级“${v.priority}”：其工单将没有时限。`,
    "sla.no-targets": () => `该规则没有设定时限：请设定 "firstResponse"、"resolution" 或两者。`,
    "sla.unreachable-rule": (v) =>
      `第 ${v.position} 条规则${v.rule === undefined ? "" : `“${v.rule}”`}永远不会被使用：其前面的第 ${v.after} 条规则${v.afterRule === undefined ? "" : `“${v.afterRule}”`}已匹配所有工单。`,
    "ticket.invalid-time": (v) =>
      `“${v.field}”必须是 ISO 8601 日期时间，如 2026-02-13T17:00 或 2026-02-13T17:00+08:00，实际为 ${v.received}。`,
    "ticket.unknown-priority": (v) => `优先级 ${v.received} 不是 ${quoted(v.options)} 之一。`,
    "ticket.before-opening": (v) => `“${v.field}”（${v.time}）早于工单创建时间（${v.opened}）。`,
    "ticket.no-rule": (v) =>
      `服务水平协议中没有规则匹配优先级“${v.priority}”${v.category === undefined ? "" : `（类别“${v.category}”）`}。`,
    "ticket.invalid-pause": (v) =>
      `暂停时段必须为 ISO 8601 的“开始/结束”（省略结束表示仍在暂停），且结束不早于开始，实际为 ${v.received}。`,
    "ticket.opened-after-as-of": (v) => `工单创建时间（${v.opened}）晚于统计截止时间（${v.asOf}）。`,
    "ticket.duplicate": (v) => `工单“${v.ticket}”出现在 ${v.count} 行：请只保留一行（这些行都不计入）。`,
    "sla.missing": () => `考评办法没有 "sla" 部分：未设定响应时限。`,
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
    "linear.target": (v, w) => `${w.input}为 ${v.value}，达到或优于目标值 ${v.target}：满分`,
    "linear.floor": (v, w) => `${w.input}为 ${v.value}，等于或差于底线值 ${v.floor}：不得分`,
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
      `${
        v.percent !== undefined
          ? `扣除 ${v.before} 的 ${v.percent}%`
          : v.withheld === v.amount
            ? `扣除 ${v.amount}`
            : v.withheld === "0"
              ? `应扣 ${v.amount}，已无余额可扣`
              : `应扣 ${v.amount}，余额仅 ${v.withheld}，全部扣除`
      }${v.reason ? `（${w.text(v.reason)}）` : ""}`,
    "payout.cap": (v) => `以 ${v.cap} 封顶（封顶前 ${v.before}）`,
    "payout.floor": (v) => `提至保底 ${v.floor}（此前 ${v.before}）`,
    "payout.round": (v) =>
      `${v.before} 按${{ "half-up": "四舍五入", "half-even": "银行家舍入", "half-down": "五舍六入", down: "舍去", up: "进一" }[v.mode] ?? v.mode}保留 ${v.places} 位小数：${v.after}`,
  },
  series: {
    heading: (subject, rule, window) => `${subject}，${window} — ${rule}`,
    verdict: (v) => {
      const list = v.periods.length > 0 ? `（${v.periods.join("、")}）` : "";
      const run = v.consecutive ? "连续" : "";
      const periods = `${v.consecutive ? "连续 " : ""}${v.count} 个期间符合条件${list}`;
      return v.triggered
        ? `已触发：${periods}；${run}达到 ${v.atLeast} 个即触发。`
        : `未触发：${periods}；${run}达到 ${v.atLeast} 个才触发${v.complete ? "" : "，且该窗口尚未结束"}。`;
    },
    step: {
      "series.met": (v) => `${v.period}：符合条件（总分 ${v.total}，${v.grade}）`,
      "series.not-met": (v) => `${v.period}：不符合条件（总分 ${v.total}，${v.grade}）`,
      "series.no-opinion": (v) => `${v.period}：不出具考评意见，不计入`,
      "series.missing": (v) => `${v.period}：无记录`,
    },
  },
  line: (line) => `第 ${line} 行：`,
  list: (items) => items.join("；"),
  yesNo: (value) => (value ? "是" : "否"),
  explain: {
    heading: (subject, policy, period) => `${subject}${period ? `（${period}）` : ""} — ${policy}`,
    component: (name, score, max) => `${name}：${score} 分（满分 ${max} 分）。`,
    noData: (name, score, max) =>
      `${name}：无数据，计 ${score} 分（满分 ${max} 分）：记录中没有可据以评分的数值（可选字段留空，或指标无法计算：有效答卷过少，或分母为 0）。`,
    graded: (total, max, grade) => `总分：${total} 分（满分 ${max} 分），等级：${grade}。`,
    noOpinion: (total, max, inputs) =>
      `总分：${total} 分（满分 ${max} 分），但不出具考评意见：符合考评办法的不出具意见条件（${inputs}）。不评等级、不参与排名，也不计为不合格月份。`,
    points: (delta) => `${delta.startsWith("-") ? `−${delta.slice(1)}` : `+${delta}`} 分`,
    payout: (name, amount) => `${name}：${amount}。`,
    money: (delta) => `${delta.startsWith("-") ? `−${delta.slice(1)}` : `+${delta}`}`,
    pay: (amount) => `合计金额：${amount}。`,
  },
  report: reportZhCN,
};
