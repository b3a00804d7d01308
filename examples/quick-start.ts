import { compile, explain, getPreset } from "kaoping";

const appraiser = compile(getPreset("satisfaction-work")!); // validate once, compile once
const card = appraiser.score({
  subject: "North Service Hall",
  inspected: true,
  findings: 3, // −1 point each from 50
  survey: ["basically-satisfied"], // or "基本满意"
  valid_complaints: 1, // −6 each from 30
  major_complaints: 0, // −12 each
});
if (card.status === "rejected") throw new Error(card.issues[0]?.message);
console.log(card.total.toString(), card.grade); // "87" "fail"
console.log(explain(card, { locale: "zh-CN" })); // every point, in sentences
console.log(JSON.stringify(card)); // decimals are written as decimal strings
