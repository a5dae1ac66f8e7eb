/**
 * The legal forms that close a company's name ("Inc.", "GmbH", "Sdn Bhd"), in one table, and the patterns the
 * name readers build from it. Each form says what each reader does with it, since they differ on purpose:
 *
 * - `strip`: entities.ts takes it off a name to find the name the firm goes by ("Kaito Holdings Inc." -> "Kaito");
 *   'stop' when it may be written with or without a full stop ("Inc" or "Inc.").
 * - `closes`: a run of capitalised words that entity-discovery.ts finds ending in it is an organisation; the
 *   spellings it takes there ('stop': with and without the full stop; 'bare': only without).
 * - `comma`: set off by a comma it stays in the name ("Tallyflow, Inc."); a form that may take a full stop only with it.
 * - `keepsStop`: an abbreviation whose full stop belongs to the name ("Arcadia Land Co.", "Harrow Bros.").
 */
interface LegalForm {
  form: string;
  strip?: 'exact' | 'stop';
  closes?: 'stop' | 'bare';
  comma?: boolean;
  keepsStop?: boolean;
}

const FORMS: LegalForm[] = [
  { form: 'Inc', strip: 'stop', closes: 'stop', comma: true, keepsStop: true },
  { form: 'Corp', strip: 'stop', closes: 'stop', comma: true, keepsStop: true },
  { form: 'Corporation', strip: 'exact', closes: 'bare' },
  { form: 'Co', strip: 'stop', closes: 'stop', keepsStop: true },
  { form: 'Company', strip: 'exact', closes: 'bare' },
  { form: 'LLC', strip: 'exact', closes: 'bare', comma: true },
  { form: 'L.L.C.', strip: 'exact', closes: 'bare', comma: true },
  { form: 'Ltd', strip: 'stop', closes: 'stop', comma: true, keepsStop: true },
  { form: 'Limited', strip: 'exact', closes: 'bare' },
  { form: 'plc', strip: 'exact', closes: 'bare' },
  { form: 'PLC', strip: 'exact', closes: 'bare' },
  { form: 'AG', strip: 'exact', closes: 'bare' },
  { form: 'SA', strip: 'exact', closes: 'bare' },
  { form: 'S.A.', strip: 'exact', closes: 'bare' },
  { form: 'NV', closes: 'bare' },
  { form: 'N.V.', closes: 'bare' },
  { form: 'GmbH', strip: 'exact', closes: 'bare' },
  { form: 'LP', strip: 'exact', closes: 'bare' },
  { form: 'L.P.', closes: 'bare' },
  { form: 'LLP', strip: 'exact', closes: 'bare' },
  { form: 'Holdings', strip: 'exact', closes: 'bare' },
  { form: 'Holding', strip: 'exact' },
  { form: 'Group', strip: 'exact', closes: 'bare' },
  { form: 'SE', strip: 'exact', closes: 'bare' },
  { form: 'ASA', strip: 'exact', closes: 'bare' },
  { form: 'JSC', strip: 'exact' },
  { form: 'Pte', strip: 'stop', closes: 'bare' },
  { form: 'Pty', strip: 'stop' },
  { form: 'Sdn', strip: 'stop' },
  { form: 'Bhd', strip: 'stop', closes: 'bare' },
  { form: 'Berhad', closes: 'bare' },
  { form: 'Oy', strip: 'exact' },
  { form: 'Oyj', strip: 'exact', closes: 'bare' },
  { form: 'AB', strip: 'exact', closes: 'bare' },
  { form: 'AS', strip: 'exact' },
  { form: 'A/S', strip: 'exact' },
  { form: 'SpA', strip: 'exact' },
  { form: 'KK', strip: 'exact', closes: 'bare' },
  // Not legal forms, but abbreviations that close a firm's name with their full stop.
  { form: 'Bros', keepsStop: true },
  { form: 'Pvt', keepsStop: true },
];

const escape = (s: string) => s.replace(/[.*+?^${}()|[\]\\/]/g, '\\$&');

/** The forms entities.ts strips, as one alternation (its LEGAL_TAIL and ONE_LEGAL_TAIL wrap it): "N.V." and "NV" as one. */
export const STRIPPED_FORMS = [
  ...FORMS.filter((f) => f.strip).map((f) => `${escape(f.form)}${f.strip === 'stop' ? '\\.?' : ''}`),
  'N\\.?V\\.?',
].join('|');

/** One word that closes an organisation's name, as entity-discovery.ts reads a capitalised run's last word. */
export const CLOSING_FORM = new RegExp(`^(?:${FORMS.flatMap((f) => {
  if (!f.closes) return [];
  const bare = escape(f.form);
  return f.closes === 'stop' ? [bare, `${bare}\\.`] : [bare];
}).join('|')})$`);

/** A legal form set off by a comma right after a name: ", Inc." (the text after the name). */
export const COMMA_FORM = new RegExp(`^,\\s(?:${FORMS.filter((f) => f.comma).map((f) => escape(f.strip === 'stop' ? `${f.form}.` : f.form)).join('|')})`);

/** A name ending in an abbreviation whose full stop is part of it ("... Co", the stop read after it). */
export const ABBREVIATED_FORM = new RegExp(`\\s(?:${FORMS.filter((f) => f.keepsStop).map((f) => escape(f.form)).join('|')})$`);
