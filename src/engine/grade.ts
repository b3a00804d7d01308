import { Decimal } from "../decimal";
import type { LocalizedText } from "../i18n/locale";
import type { Grade } from "../policy/schema/grades";

/** A grade ready to compare totals against. */
export interface CompiledGrade {
  readonly id: string;
  readonly name: LocalizedText | undefined;
}

/**
 * Compiles a policy's grades into the function that grades a total: the first grade whose `min`
 * the total reaches (thresholds are inclusive), else the last grade.
 *
 * @example
 * ```ts
 * const gradeOf = compileGrades([{ id: "excellent", min: 95 }, { id: "pass", min: 90 }, { id: "fail" }]);
 * gradeOf(new Decimal(95)).id; //=> "excellent"
 * gradeOf(new Decimal("89.99")).id; //=> "fail"
 * ```
 */
export function compileGrades(grades: readonly Grade[]): (total: Decimal) => CompiledGrade {
  const compiled = grades.map((grade) => ({
    id: grade.id,
    name: grade.name,
    min: grade.min === undefined ? undefined : new Decimal(grade.min),
  }));
  const last = compiled[compiled.length - 1] as CompiledGrade;
  return (total) => {
    for (const grade of compiled) if (grade.min === undefined || total.gte(grade.min)) return grade;
    return last;
  };
}
