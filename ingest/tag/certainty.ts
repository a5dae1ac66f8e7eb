/**
 * How sure the text is about a happening (extraction.md, certainty):
 * denied > speculative > reported > confirmed, decided by cue phrases in the
 * evidence sentence. Each cue is named so the rule can be shown to users.
 */
import type { Certainty } from './types.ts';

interface Cue { certainty: Certainty; name: string; re: RegExp }

/**
 * A denial denies something said (WordNet's deny, sense 1, "declare untrue": "denied the allegations",
 * "denied that ..."): its object is a statement, a clause or a pronoun, or it has none ("X denied.").
 * Deny in sense 3, "refuse to grant, as of a petition or request" ("voted to deny the permit"), is a
 * decision that happened, stated as fact: confirmed.
 */
const SAID = String.raw`(?:reports?|claims?|allegations?|accounts?|rumou?rs?|suggestions?|stor(?:y|ies)|speculation|accusations?|charges|assertions?|wrongdoing|any)`;
/** What a company rejects or disputes as untrue; a court rejects or dismisses claims and charges as a ruling. */
const REPORTED = String.raw`(?:reports?|accounts?|rumou?rs?|suggestions?|stor(?:y|ies)|speculation)`;
const DENY = String.raw`(?:denie[sd]|deny|denying)`;
/** Up to three words before the thing denied: "the", "a Reuters", "these media", "an earlier Bloomberg". */
const DET = String.raw`(?:[\w'’.-]+\s+){0,3}`;
const DENIAL = new RegExp(String.raw`\b(?:` + [
  String.raw`${DENY}\s+${DET}${SAID}\b`,
  String.raw`(?:rejected|dismissed|disputed)\s+${DET}${REPORTED}\b`,
  String.raw`${DENY}\s+(?:that|it|this|them|having|any)\b`,
  // No object: "Oracle denied." "The company denied on Friday."
  String.raw`${DENY}(?=\s*(?:[.,;:"”]|$|\s+(?:on|in a|late|earlier|flatly|strongly)\b))`,
  String.raw`called the report (?:false|inaccurate)`, String.raw`no delays?`, String.raw`not (?:been )?delayed`, String.raw`refuted`,
].join('|') + ')', 'i');

const CUES: Cue[] = [
  { certainty: 'denied', name: 'denial', re: DENIAL },
  // Lower-case "may" only: "May" is usually the month.
  { certainty: 'speculative', name: 'hedge', re: /\b(?:may|might|could potentially|[Ii]s possible|are possible|[Ee]xploring|explore options|[Cc]onsidering|weighing|mulling|in talks|looking for|seeking partners|scouting|appears? to|aren['’]t confirmed|unconfirmed|not confirmed|rumou?r(?:ed|s)?|reports of|there have been reports|eyeing)\b/ },
  { certainty: 'reported', name: 'attribution', re: /\b(according to (?!(?:a|an|its|the|their) (?:regulatory |securities |company |stock exchange )?(?:filing|notice|statement|announcement|release|post|blog|update))|reported(ly)?|reports? (that|said)|(Reuters|Bloomberg|CNBC|The Information|Financial Times|FT|Wall Street Journal|WSJ|Axios|Nikkei|Semafor|The Verge) (News )?(reports?|reported|said|says|first reported)|people familiar with|sources said|citing (people|sources|unnamed)|filings? (show|showed)|estimates?|estimated)\b/i },
];

export interface CertaintyResult { certainty: Certainty; cue: string | null }

/**
 * The certainty a sentence gives its main happening. A report that something is
 * only being explored is speculative; a report of a done deal is reported; an
 * actor's own statement ("the company said") stays confirmed.
 */
export function certaintyOf(sentence: string, context?: string): CertaintyResult {
  // A denial in the following sentence ("Oracle denied the report") denies the reported happening.
  if (context && CUES[0]!.re.test(context) && /\breport/i.test(sentence)) return { certainty: 'denied', cue: 'denial in next sentence' };
  // A trailing concession ("..., though X might be spared") does not hedge the main clause.
  const main = sentence.replace(/[,;]\s*(?:though|although|but|while)\b.*$/i, '');
  for (const cue of CUES) {
    const m = cue.re.exec(cue.certainty === 'speculative' ? main : sentence);
    if (m) {
      // "Reportedly plans" is reported; a hedge inside a reported sentence still makes it speculative.
      return { certainty: cue.certainty, cue: `${cue.name}: "${m[0]}"` };
    }
  }
  return { certainty: 'confirmed', cue: null };
}
