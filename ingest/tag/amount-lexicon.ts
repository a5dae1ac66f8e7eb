/**
 * Word classes of money talk, written from the contract's definition of each
 * amount category (extraction.md, "Amounts"), not from any sentence: the
 * verbs and nouns that say what money does. The amount model learns how much
 * each class counts by where it stands relative to the figure; the lexicon
 * itself only says which class a word belongs to. Entries are light stems
 * (amount-features.ts `stem`), so one entry covers a word's inflections.
 */
export type LexClass =
  | 'capex' | 'compute_spend' | 'deal' | 'funding' | 'valuation' | 'revenue' | 'offer' | 'cost' | 'penalty' | 'incentive'
  | 'market' | 'economy' | 'estimate' | 'third_party' | 'aggregate' | 'public_body' | 'unit';

const CLASSES: Record<LexClass, string> = {
  // Building infrastructure: spending verbs and what is built.
  capex: 'capex capital expenditure spend spent invest investment build construction construct expand expansion campus facility plant site data center centre project infrastructure develop development buildout outlay deploy',
  // Buying compute or cloud capacity.
  compute_spend: 'compute computing capacity cloud gpu server rent rental lease access services',
  // The value of a contract, purchase, sale or acquisition.
  deal: 'buy bought acquire acquisition takeover merger merge purchase sell sold sale deal transaction agreement contract pay paid',
  // Money raised or put into a company: equity and debt.
  funding: 'fund funding raise equity debt loan bond note convertible financing finance borrow lend lender credit facility round series investor backer tranche offering ipo stake capital bank',
  // What a company is worth.
  valuation: 'valuation valu worth',
  // Money a company takes in.
  revenue: 'revenue sales earn earning income bring brought turnover booking backlog arr run-rate obligation receive',
  // Offers not yet accepted.
  offer: 'offer bid tender counteroffer',
  // Prices and running costs.
  cost: 'price priced cost costs rate fee charge subscription tariff bill expense operat hour month ton per',
  // Fines, damages, settlements.
  penalty: 'fine penalty settlement settl damag sanction violation',
  // Public money to draw a project: tax breaks, subsidies, grants.
  incentive: 'subsidy subsidi grant abatement incentive rebate exemption pilot',
  // Market prices and holdings rather than money spent.
  market: 'share stock market asset manag hold holding cap profit loss gain depreciation margin',
  // Whole economies and public finances.
  economy: 'economy economic tax taxes job gdp budget shortfall',
  // Forecasts and plans: the figure is not yet real.
  estimate: 'expect forecast estimat project projection could would may might plan target aim guidanc guid outlook anticipat',
  // Those who talk about others' money.
  third_party: 'analyst bank research report firm study survey according',
  // Many spenders at once.
  aggregate: 'industry global worldwide total combined sector hyperscaler companies all together collective',
  public_body: 'city county state government council commission department federal municipal public',
  unit: 'each apiece annually yearly',
};

/** A light stem: enough to make "raises", "raised", "raising" one feature. */
export function stem(word: string): string {
  let w = word.toLowerCase().replace(/['’]s$/, '').replace(/[’]/g, "'");
  if (w.length <= 3) return w;
  if (w.endsWith('ies') && w.length > 4) return w.slice(0, -3) + 'y';
  for (const suf of ['ing', 'ed', 'es', 's', 'e']) {
    if (w.endsWith(suf) && w.length - suf.length >= 3 && !(suf === 's' && w.endsWith('ss'))) { w = w.slice(0, -suf.length); break; }
  }
  return w;
}

const byStem = new Map<string, LexClass[]>();
for (const [cls, words] of Object.entries(CLASSES) as Array<[LexClass, string]>) {
  for (const w of words.split(' ')) {
    const k = stem(w);
    const list = byStem.get(k) ?? [];
    if (!list.includes(cls)) list.push(cls);
    byStem.set(k, list);
  }
}

/** The classes a stemmed word belongs to (a word may have two: "cost" of a build, "cost" of a service). */
export function lexClasses(stemmed: string): LexClass[] {
  return byStem.get(stemmed) ?? NONE;
}
const NONE: LexClass[] = [];
