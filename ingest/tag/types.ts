/**
 * The tagger's output, exactly the shape of ../shared/design/extraction.md
 * ("Output of tracker extract"). `rule` fields are ours: they record which
 * rule or cue produced an item so a user can see why.
 */
export type EntityType = 'org' | 'person' | 'place' | 'product' | 'project';

export type AmountCategory =
  | 'capex' | 'compute_spend' | 'deal' | 'funding' | 'valuation' | 'revenue'
  | 'offer' | 'cost' | 'penalty' | 'incentive' | 'other';

export type QuantityKind = 'power' | 'land' | 'floor_area' | 'water' | 'chips';
export type QuantityUnit = 'MW' | 'acre' | 'sq ft' | 'gallons per day' | 'count';

export type EventType =
  | 'shutdown' | 'land_dispute' | 'legal' | 'regulation' | 'partnership' | 'funding'
  | 'spend_plan' | 'buildout' | 'energy' | 'outage' | 'pricing' | 'acquisition';

export const EVENT_TYPES: EventType[] = [
  'shutdown', 'land_dispute', 'legal', 'regulation', 'partnership', 'funding',
  'spend_plan', 'buildout', 'energy', 'outage', 'pricing', 'acquisition',
];

export type Certainty = 'confirmed' | 'reported' | 'speculative' | 'denied';

export interface ExtractedEntity {
  name: string;
  type: EntityType;
  mentions: number;
  /** Surface forms seen in the text (aliases). */
  aliases?: string[];
  /** gazetteer | discovered */
  origin?: 'gazetteer' | 'discovered';
}

export interface ExtractedAmount {
  text: string;
  value: number;
  value_min?: number | null;
  currency: string;
  value_usd: number | null;
  category: AmountCategory;
  entity: string | null;
  period: string | null;
  estimate: boolean;
  conversion?: boolean;
  sentence: string;
  rule?: string;
}

export interface ExtractedQuantity {
  text: string;
  kind: QuantityKind;
  value: number;
  value_min?: number | null;
  unit: QuantityUnit;
  entity: string | null;
  conversion?: boolean;
  sentence: string;
  rule?: string;
}

export interface ExtractedEvent {
  type: EventType;
  actors: string[];
  location: string | null;
  /** YYYY, YYYY-MM or YYYY-MM-DD */
  date: string;
  /** False when the text gave no date for the happening and the article's (or a carried) date stands in; absent: stated. */
  dateExplicit?: boolean;
  /**
   * Day dates (YYYY-MM-DD) the evidence sentence names, read against the article's date when its date was read: the
   * store compares them with another telling's date ("done on the 7th, told on Monday"). Absent: not read.
   */
  daysNamed?: string[];
  certainty: Certainty;
  summary: string;
  sentence: string;
  rule?: string;
}

export interface Extraction {
  file?: string;
  promotional: boolean;
  entities: ExtractedEntity[];
  amounts: ExtractedAmount[];
  quantities: ExtractedQuantity[];
  events: ExtractedEvent[];
}

/** What the tagger is given: an article's title, clean body and date. */
export interface TagInput {
  title: string;
  body: string;
  /** ISO 8601; anchors relative dates. */
  publishedAt: string;
}
