/**
 * `npm run eval:money`: how well findMoney/findQuantities read money and
 * infrastructure figures, on two peer suites (Recognizers-Text currency,
 * Duckling money) and on every gold amount and quantity of ../shared/corpus
 * read in its sentence. Prints pass rates, exclusions with reasons, and every
 * failure so a regression can be traced to a case.
 */
import { contextPrecision, runCorpus, runDucklingMoney, runRecognizersCurrency, type CorpusFigures, type SuiteResult } from './money-suites.ts';

const pct = (n: number, d: number) => (d ? ((100 * n) / d).toFixed(1) : '100.0') + '%';
const verbose = process.argv.includes('--verbose');

function printSuite(r: SuiteResult): void {
  console.log(`\n## ${r.suite}: ${r.passed}/${r.applicable} applicable cases pass (${pct(r.passed, r.applicable)}); ${r.total} cases in the file`);
  for (const e of r.excluded) console.log(`   excluded ${e.count}: ${e.reason}`);
  const cats = new Map<string, { n: number; pass: number }>();
  for (const c of r.results) {
    const k = cats.get(c.category) ?? { n: 0, pass: 0 };
    k.n++;
    if (c.pass) k.pass++;
    cats.set(c.category, k);
  }
  for (const [cat, k] of [...cats].sort()) console.log(`   ${cat.padEnd(22)} ${k.pass}/${k.n}`);
  const fails = r.results.filter((c) => !c.pass);
  if (fails.length) {
    console.log('   failures by category:');
    for (const cat of [...new Set(fails.map((f) => f.category))].sort()) {
      console.log(`   [${cat}]`);
      for (const f of fails.filter((x) => x.category === cat)) console.log(`     - ${JSON.stringify(f.input.slice(0, 100))}: ${f.detail}`);
    }
  }
}

function printCorpus(f: CorpusFigures): void {
  const recall = f.matched / f.gold;
  const precision = f.predicted ? f.matched / f.predicted : 1;
  console.log(`\n## corpus ${f.kind} (dev + seeds): recall ${pct(f.matched, f.gold)} (${f.matched}/${f.gold}), ` +
    `precision in gold sentences ${(100 * contextPrecision(f)).toFixed(1)}% (${f.predictedInGoldSentences} predicted there), ` +
    `precision over whole bodies ${(100 * precision).toFixed(1)}% (${f.predicted} predicted; includes boilerplate the tagger drops), ` +
    `F1 ${(200 * precision * recall / (precision + recall || 1)).toFixed(1)}, exact spans ${pct(f.exactSpan, f.matched)} of matches`);
  for (const m of f.misses) console.log(`   miss: ${m}`);
  const fps = verbose ? f.falsePositives : f.falsePositives.filter((x) => !x.includes('[sentence has no gold item]'));
  for (const p of fps) console.log(`   extra: ${p}`);
  const hidden = f.falsePositives.length - fps.length;
  if (hidden) console.log(`   (${hidden} more extra figures in sentences without gold items; --verbose lists them)`);
}

const suites = [runRecognizersCurrency(), runDucklingMoney()];
for (const s of suites) printSuite(s);
const corpus = runCorpus();
printCorpus(corpus.amounts);
printCorpus(corpus.quantities);

console.log('\n## summary');
for (const s of suites) console.log(`   ${s.suite.padEnd(22)} ${pct(s.passed, s.applicable)} of ${s.applicable} applicable (excluded ${s.excluded.reduce((a, e) => a + e.count, 0)})`);
for (const f of [corpus.amounts, corpus.quantities]) {
  console.log(`   corpus ${f.kind.padEnd(15)} recall ${pct(f.matched, f.gold)}, precision in gold sentences ${(100 * contextPrecision(f)).toFixed(1)}%, whole-body precision ${pct(f.matched, f.predicted)}`);
}
