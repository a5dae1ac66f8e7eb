/** Tally of one evaluation suite: passed / failed / not applicable, with failure categories. */
export interface CaseFailure {
  category: string;
  id: string;
  detail: string;
}

export class SuiteResult {
  passed = 0;
  failed = 0;
  notApplicable = 0;
  readonly naReasons = new Map<string, number>();
  readonly failures: CaseFailure[] = [];

  constructor(readonly name: string) {}

  pass(): void {
    this.passed++;
  }

  fail(category: string, id: string, detail: string): void {
    this.failed++;
    this.failures.push({ category, id, detail });
  }

  skip(reason: string): void {
    this.notApplicable++;
    this.naReasons.set(reason, (this.naReasons.get(reason) ?? 0) + 1);
  }

  get run(): number {
    return this.passed + this.failed;
  }

  get passRate(): number {
    return this.run === 0 ? 0 : this.passed / this.run;
  }

  topCategories(limit: number): { category: string; count: number; example: CaseFailure }[] {
    const groups = new Map<string, CaseFailure[]>();
    for (const f of this.failures) groups.set(f.category, [...(groups.get(f.category) ?? []), f]);
    return [...groups.entries()]
      .map(([category, list]) => ({ category, count: list.length, example: list[0] }))
      .sort((a, b) => b.count - a.count)
      .slice(0, limit);
  }
}
