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
import { AMOUNT_CATEGORIES, classOptions, trainChoice, type AmountModel, type ChoiceExample } from './amount-model.ts';
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
      const byRule = ruleOwner(s, money, goldCategory, ctx).entity;
      const cands = ownerCandidates(s, money, goldCategory, ctx, byRule);
      const ownerAt = cands.findIndex((c) => canon(c.name) === canon(g.entity));
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
        rule: { category: cue.category, estimate: byRuleEstimate, ownerOk: canon(ruleOwner(s, money, cue.category, ctx).entity) === canon(g.entity) },
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
