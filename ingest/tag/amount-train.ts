/**
 * Trains the amount model (amount-model.ts) from gold articles: each money
 * figure the tagger finds is paired with the gold amount of the same currency
 * and value, and its clause features become one example for the category,
 * estimate and owner choices. Pure and deterministic, so a cross-validation
 * harness can retrain it on each fold's training articles.
 */
import type { Gazetteer } from './gazetteer.ts';
import type { TagInput } from './types.ts';
import type { MoneyMatch } from './money.ts';
import { amountContext, readArticle } from './index.ts';
import { AMOUNT_CATEGORIES, chooseOverRule, classOptions, trainChoice, type AmountModel, type ChoiceExample, type Weights } from './amount-model.ts';
import { figureFeatures, ownerCandidates } from './amount-features.ts';
import { estimateOptions, ruleEstimate, ruleOwner, ruleReading, type AmountContext } from './attribute-amounts.ts';
import type { AmountCategory } from './types.ts';

/** The gold fields the trainer reads (extraction.md's amount shape). */
export interface GoldAmountLike {
  text: string; value: number; value_min?: number | null; currency: string;
  category: string; entity: string | null; estimate?: boolean;
}
export interface TrainingArticle extends TagInput { id: string; gold: { amounts: GoldAmountLike[] } }

export interface AmountExample {
  article: string;
  text: string;
  sentence: string;
  goldCategory: string;
  goldOwner: string | null;
  ownerNames: Array<string | null>;
  category: ChoiceExample;
  estimate: ChoiceExample;
  /** Null when the gold owner is not among the candidates (the name was not recognised). */
  owner: ChoiceExample | null;
  /** The candidates as the tagger sees them (built on the rules' category) and which one the rules chose. */
  ranking: { options: string[][]; gold: number; ruleAt: number };
  rankNames: Array<string | null>;
  /** What the cue rules answered, to compare against. */
  rule: { category: AmountCategory; estimate: boolean; ownerOk: boolean };
}

const close = (a: number, b: number) => Math.abs(a - b) <= Math.abs(b) * 0.005 + 1e-9;

function pairGold(money: MoneyMatch, gold: GoldAmountLike[], used: Set<GoldAmountLike>): GoldAmountLike | null {
  const fits = gold.filter((g) => !used.has(g) && g.currency === money.currency &&
    [g.value, g.value_min].some((v) => typeof v === 'number' && [money.value, money.valueMin].some((p) => typeof p === 'number' && close(p, v))));
  return fits.find((g) => g.text === money.text) ?? fits[0] ?? null;
}

export function amountExamples(article: TrainingArticle, gazetteer: Gazetteer): AmountExample[] {
  const canon = (n: string | null) => (n == null ? '' : (gazetteer.canonicalName(n) ?? n).toLowerCase());
  const reading = readArticle(article, gazetteer);
  const { infos } = reading;
  const used = new Set<GoldAmountLike>();
  const out: AmountExample[] = [];
  for (const s of infos) {
    if (!s.money.length) continue;
    const ctx: AmountContext = amountContext(reading, s.index, gazetteer);
    const byRuleEstimate = ruleEstimate(s);
    for (const money of s.money) {
      const g = pairGold(money, article.gold.amounts, used);
      if (!g) continue;
      used.add(g);
      if (money.conversion) continue;
      const cat = AMOUNT_CATEGORIES.indexOf(g.category as AmountCategory);
      if (cat < 0) continue;
      const cue = ruleReading(s, money);
      const fig = figureFeatures(s, money, cue);
      const goldCategory = AMOUNT_CATEGORIES[cat]!;
      // The owner is learned given the true category; at tagging time the predicted one stands in.
      const byRule = ruleOwner(s, money, goldCategory, ctx);
      const cands = ownerCandidates(s, money, goldCategory, ctx, byRule.entity, byRule.why);
      const ownerAt = cands.findIndex((c) => canon(c.name) === canon(g.entity));
      // The ranker over the rules' owner sees what the tagger will: the rules' category and their choice.
      const ruled = ruleOwner(s, money, cue.category, ctx);
      const ranked = ownerCandidates(s, money, cue.category, ctx, ruled.entity, ruled.why);
      out.push({
        article: article.id,
        text: money.text,
        sentence: s.text,
        goldCategory: g.category,
        goldOwner: g.entity,
        ownerNames: cands.map((c) => c.name),
        category: { options: classOptions(AMOUNT_CATEGORIES, fig.context), gold: cat },
        estimate: { options: estimateOptions(fig.context, byRuleEstimate), gold: g.estimate ? 1 : 0 },
        owner: ownerAt >= 0 ? { options: cands.map((c) => c.features), gold: ownerAt } : null,
        ranking: {
          options: ranked.map((c) => c.features),
          gold: ranked.findIndex((c) => canon(c.name) === canon(g.entity)),
          ruleAt: ranked.findIndex((c) => c.name === ruled.entity),
        },
        rankNames: ranked.map((c) => c.name),
        rule: { category: cue.category, estimate: byRuleEstimate, ownerOk: canon(ruled.entity) === canon(g.entity) },
      });
    }
  }
  return out;
}

export const AMOUNT_MODEL_VERSION = 'amount-model v1';

export function trainFromExamples(examples: AmountExample[]): AmountModel {
  return {
    version: AMOUNT_MODEL_VERSION,
    category: trainChoice(examples.map((e) => e.category)),
    estimate: trainChoice(examples.map((e) => e.estimate)),
    owner: trainChoice(examples.flatMap((e) => (e.owner ? [e.owner] : []))),
  };
}

/** The model learned from these articles: what a CV fold's tagger is built with. */
export function trainAmountModel(articles: TrainingArticle[], gazetteer: Gazetteer): AmountModel {
  return trainFromExamples(articles.flatMap((a) => amountExamples(a, gazetteer)));
}

export const OWNER_RANKER_VERSION = 'amount-ranker v1';

/** Margins the ranker may need to override the rules by; the last keeps the rules always. */
export const OWNER_MARGINS = [0, 0.5, 1, 1.5, 2, 3, 1e9];

/** The writer's fold of a corpus article id (train/<theme>-..., else dev/ and seeds/ together). */
export const writerFold = (id: string) => /^train\/([a-z]+)-/.exec(id)?.[1] ?? 'dev+seeds';

/** Settings of the ranker's training, to try others from `train:amounts -- --ranker --set key=value`. */
export interface RankerSettings { l2?: number; epochs?: number; /** Features to leave out (a regular expression), e.g. the rules' pick. */ drop?: string }

/** The candidate ranker's weights: a conditional logit over each figure's candidates, the rules' pick a feature. */
export function trainOwnerRanker(examples: AmountExample[], settings: RankerSettings = {}): Weights {
  const drop = settings.drop ? new RegExp(settings.drop) : null;
  const opts = drop ? (o: string[][]) => o.map((f) => f.filter((x) => !drop.test(x))) : (o: string[][]) => o;
  return trainChoice(examples.filter((e) => e.ranking.gold >= 0).map((e) => ({ options: opts(e.ranking.options), gold: e.ranking.gold })),
    { l2: settings.l2 ?? 0.3, epochs: settings.epochs ?? 150 });
}

/** Figures whose owner the ranker over the rules gets right (an owner not among the candidates is wrong). */
export function ownerRight(weights: Weights, margin: number, examples: AmountExample[]): number {
  return examples.filter((e) => e.ranking.gold >= 0 && chooseOverRule(weights, e.ranking.options, e.ranking.ruleAt, margin) === e.ranking.gold).length;
}

/**
 * The override margin by cross-validation inside the training articles: one
 * writer's fold held out at a time, the margin with the best mean accuracy
 * over folds; a tie goes to the larger margin (closer to the rules). With a
 * single writer there is nothing to validate on, so the rules stand.
 */
export function chooseOwnerMargin(examples: AmountExample[], foldOf: (id: string) => string = writerFold, settings: RankerSettings = {}): number {
  const folds = [...new Set(examples.map((e) => foldOf(e.article)))].sort();
  if (folds.length < 2) return OWNER_MARGINS[OWNER_MARGINS.length - 1]!;
  const sums = OWNER_MARGINS.map(() => 0);
  for (const fold of folds) {
    const held = examples.filter((e) => foldOf(e.article) === fold);
    const weights = trainOwnerRanker(examples.filter((e) => foldOf(e.article) !== fold), settings);
    OWNER_MARGINS.forEach((m, k) => { sums[k]! += ownerRight(weights, m, held) / Math.max(1, held.length); });
  }
  let best = OWNER_MARGINS.length - 1;
  for (let k = OWNER_MARGINS.length - 2; k >= 0; k--) if (sums[k]! > sums[best]! + 1e-9) best = k;
  return OWNER_MARGINS[best]!;
}

/** The shipped amount model: the owner ranker and its margin; category and estimate stay with the cue rules. */
export function trainOwnerModel(examples: AmountExample[], foldOf: (id: string) => string = writerFold, settings: RankerSettings = {}): AmountModel {
  return { version: OWNER_RANKER_VERSION, category: {}, estimate: {}, owner: trainOwnerRanker(examples, settings), ownerMargin: chooseOwnerMargin(examples, foldOf, settings) };
}

const examplesCache = new WeakMap<object, AmountExample[]>();
/** The ranker learned from these articles: what a CV fold's tagger is built with (examples read once per article object). */
export function trainOwnerModelFrom(articles: TrainingArticle[], gazetteer: Gazetteer, foldOf: (id: string) => string = writerFold): AmountModel {
  const examples = articles.flatMap((a) => {
    let ex = examplesCache.get(a);
    if (!ex) examplesCache.set(a, (ex = amountExamples(a, gazetteer)));
    return ex;
  });
  return trainOwnerModel(examples, foldOf);
}
