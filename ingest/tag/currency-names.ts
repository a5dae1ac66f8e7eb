/**
 * How currencies are written in English news: symbols and codes before a
 * number ("US$3.5bn", "Rs 500", "EUR 1.2bn"), names and codes after it
 * ("10.3 billion kroner", "115USD", "5 €"). Used by money.ts only.
 *
 * Generic names resolve to the currency business news most often means
 * ("francs" -> CHF, "riyals" -> SAR, "dinars" -> KWD, "pesos" -> MXN);
 * a qualified name ("qatari riyals") always wins because longer forms are
 * tried first.
 */

export interface CurrencyForm {
  /** sticky regex matched at the position where the currency starts */
  re: RegExp;
  currency: string;
  /** "MUSD", "MEUR": the code carries a million multiplier */
  multiplier?: number;
  /** a symbol that may also start the next amount ("$", "€") */
  symbol?: boolean;
}

const f = (src: string, currency: string, flags = 'i', extra: Partial<CurrencyForm> = {}): CurrencyForm => ({
  re: new RegExp(src, flags + 'y'),
  currency,
  ...extra,
});

/** ISO codes we accept in upper case. Codes that are common words or company names (ALL, TOP, CUP, AMD, MAD...) are left out on purpose. */
export const ISO_CODES = [
  'USD', 'EUR', 'GBP', 'JPY', 'CNY', 'RMB', 'INR', 'NOK', 'SEK', 'DKK', 'ISK', 'CHF', 'CAD', 'AUD', 'NZD',
  'KRW', 'SGD', 'HKD', 'TWD', 'AED', 'SAR', 'QAR', 'KWD', 'BHD', 'OMR', 'JOD', 'ILS', 'EGP', 'LBP', 'TRY',
  'RUB', 'UAH', 'PLN', 'CZK', 'HUF', 'BGN', 'BRL', 'MXN', 'ARS', 'CLP', 'COP', 'MYR', 'THB', 'IDR', 'PHP',
  'VND', 'PKR', 'LKR', 'NGN', 'KES', 'ZAR', 'MNT', 'GEL',
];
/** Codes also accepted in lower case (tokenised or casual text: "usd 200", "40 rmb"); none is an English word. */
const LOWERCASE_OK = new Set(['usd', 'eur', 'gbp', 'jpy', 'cny', 'rmb', 'inr', 'chf', 'aud', 'nzd', 'sgd', 'hkd', 'myr', 'nok', 'sek', 'dkk', 'krw', 'aed', 'sar', 'brl', 'mxn', 'zar', 'egp', 'kwd', 'qar', 'uah', 'mnt', 'bgn', 'ils', 'lbp']);

function codeCurrency(code: string): string {
  return code.toUpperCase() === 'RMB' ? 'CNY' : code.toUpperCase();
}

/** Three or four letters where a currency code may stand (sticky, set per use: a literal in the function made a RegExp per call). */
const CODE_RE = /([A-Za-z]{3,4})/y;
/** Reads an ISO code (or "MUSD" million-code) at pos; boundary checks are the caller's. */
export function readCode(s: string, pos: number): { currency: string; end: number; multiplier: number } | null {
  const m = CODE_RE;
  m.lastIndex = pos;
  const r = m.exec(s);
  if (!r) return null;
  let word = r[1];
  // a code must not run on into a longer word ("USDA", "Euros" handled elsewhere)
  const after = s[pos + word.length] ?? '';
  if (/[A-Za-z]/.test(after)) return null;
  let multiplier = 1;
  if (word.length === 4) {
    // "30 MUSD", "MAUD 60": M + code = millions
    if (word[0] !== 'M' || !ISO_CODES.includes(word.slice(1))) return null;
    multiplier = 1e6;
    word = word.slice(1);
  }
  const upper = word === word.toUpperCase();
  if (upper && ISO_CODES.includes(word)) return { currency: codeCurrency(word), end: pos + r[1].length, multiplier };
  if (!upper && multiplier === 1 && word === word.toLowerCase() && LOWERCASE_OK.has(word)) {
    return { currency: codeCurrency(word), end: pos + r[1].length, multiplier };
  }
  return null;
}

/** Symbols and symbol-like prefixes, longest first. */
export const PREFIX_FORMS: CurrencyForm[] = [
  f(String.raw`(?:US|U\.S\.|USD|usd)\s?\$|u\.s\.?\s\$|us\s\$`, 'USD', ''),
  f(String.raw`(?:A|AU|AUD|aud)\$`, 'AUD', ''),
  f(String.raw`(?:C|CA|CAD|cad)\$|c\s\$`, 'CAD', ''),
  f(String.raw`(?:HK|hk)\s?\$`, 'HKD', ''),
  f(String.raw`(?:NZ|NZD|nzd)\$`, 'NZD', ''),
  f(String.raw`(?:S|SG|SGD)\$`, 'SGD', ''),
  f(String.raw`(?:Mex|MX|MXN|mex|mxn)\$`, 'MXN', ''),
  f(String.raw`NT\$`, 'TWD', ''),
  f(String.raw`R\$`, 'BRL', ''),
  f(String.raw`\$`, 'USD', '', { symbol: true }),
  f('€', 'EUR', '', { symbol: true }),
  f('£', 'GBP', '', { symbol: true }),
  f('(?:CN|RMB)¥', 'CNY', ''),
  f('¥|￥', 'JPY', '', { symbol: true }),
  f('₹', 'INR', '', { symbol: true }),
  f('₩', 'KRW', '', { symbol: true }),
  f('₽', 'RUB', '', { symbol: true }),
  f('₺', 'TRY', '', { symbol: true }),
  f('₪', 'ILS', '', { symbol: true }),
  f('₫', 'VND', '', { symbol: true }),
  f('₱', 'PHP', '', { symbol: true }),
  f('₦', 'NGN', '', { symbol: true }),
  f('₴', 'UAH', '', { symbol: true }),
  f('₡', 'CRC', '', { symbol: true }),
  f('₾', 'GEL', '', { symbol: true }),
  f('₭', 'LAK', '', { symbol: true }),
  f('ரூ', 'LKR', '', { symbol: true }),
  f('฿', 'THB', '', { symbol: true }),
  f(String.raw`Rs\.?`, 'INR', ''),
  f('RM', 'MYR', ''),
  f(String.raw`(?:malaysian?\s+)?ringgits?`, 'MYR'),
  f(String.raw`Rp\.?`, 'IDR', ''),
  // South Africa's rand written "R2.1 billion", "R1,200": only before a scaled or grouped figure ("Cloudflare R2" is a product).
  f(String.raw`R(?=\d[\d.]*\s?(?:million|billion|trillion|bn|m)\b|\d{1,3}(?:,\d{3})+)`, 'ZAR', ''),
];

/** Currency names after a number, longest and most specific first. */
export const SUFFIX_WORDS: CurrencyForm[] = [
  f(String.raw`(?:us|u\.s\.|american)\s+dollars?`, 'USD'),
  f(String.raw`australian\s+dollars?`, 'AUD'),
  f(String.raw`canadian\s+dollars?`, 'CAD'),
  f(String.raw`hong\s+kong\s+dollars?`, 'HKD'),
  f(String.raw`singapore(?:an)?\s+dollars?`, 'SGD'),
  f(String.raw`new\s+zealand\s+dollars?`, 'NZD'),
  f(String.raw`(?:new\s+)?taiwan(?:ese)?\s+dollars?`, 'TWD'),
  f(String.raw`dollars?|bucks`, 'USD'),
  f(String.raw`euros?|€ur`, 'EUR'),
  f(String.raw`lebanese\s+pounds?`, 'LBP'),
  f(String.raw`egyptian\s?pounds?|geneh|genihat\s+masriya`, 'EGP'),
  f(String.raw`L\.E\.?|LE|l\.e\.`, 'EGP', ''),
  f(String.raw`(?:british\s+)?pounds?(?:\s+sterling)?|sterling`, 'GBP'),
  f(String.raw`(?:japanese\s+)?yen`, 'JPY'),
  f(String.raw`(?:chinese\s+)?(?:yuan|renminbi)|kuai|元`, 'CNY'),
  f(String.raw`sri\s+lankan\s+rupees?`, 'LKR'),
  f(String.raw`pakistani\s+rupees?`, 'PKR'),
  f(String.raw`(?:indian\s+)?rupees?`, 'INR'),
  f(String.raw`danish\s+kron(?:er|e)`, 'DKK'),
  f(String.raw`(?:norwegian\s+)?kron(?:er|e)`, 'NOK'),
  f(String.raw`icelandic\s+kron(?:a|ur)`, 'ISK'),
  f(String.raw`(?:swedish\s+)?kron(?:or|a)`, 'SEK'),
  f(String.raw`french\s+francs?`, 'FRF'),
  f(String.raw`cfa\s+francs?`, 'XOF'),
  f(String.raw`(?:swiss\s+)?francs?`, 'CHF'),
  f(String.raw`moroccan\s+dirhams?`, 'MAD'),
  f(String.raw`(?:uae\s+|emirati\s+)?dirhams?`, 'AED'),
  f(String.raw`qatari\s+riyals?`, 'QAR'),
  f(String.raw`omani\s+rials?`, 'OMR'),
  f(String.raw`iranian\s+rials?`, 'IRR'),
  f(String.raw`(?:saudi\s*)?riyals?`, 'SAR'),
  f(String.raw`rials?`, 'IRR'),
  f(String.raw`bahraini\s+dinars?`, 'BHD'),
  f(String.raw`jordanian\s+dinars?`, 'JOD'),
  f(String.raw`iraqi\s+dinars?`, 'IQD'),
  f(String.raw`(?:kuwaiti\s+)?dinars?`, 'KWD'),
  f(String.raw`(?:malaysian?\s+)?ringgits?`, 'MYR'),
  f(String.raw`(?:south\s+)?korean\s+won`, 'KRW'),
  f(String.raw`argentine\s+pesos?`, 'ARS'),
  f(String.raw`philippine\s+pesos?`, 'PHP'),
  f(String.raw`chilean\s+pesos?`, 'CLP'),
  f(String.raw`colombian\s+pesos?`, 'COP'),
  f(String.raw`(?:mexican\s+)?pesos?`, 'MXN'),
  f(String.raw`(?:brazilian\s+)?reais|brazilian\s+reals?`, 'BRL'),
  f(String.raw`(?:south\s+african\s+)?rand`, 'ZAR', ''),
  f(String.raw`(?:turkish\s+)?(?:liras?|lire)`, 'TRY'),
  f(String.raw`(?:finnish\s+)?markkas?`, 'FIM'),
  f(String.raw`(?:spanish\s+)?pesetas?`, 'ESP'),
  f(String.raw`(?:dutch\s+)?guilders?`, 'NLG'),
  f(String.raw`deutsche\s?marks?|german\s+marks?`, 'DEM'),
  f(String.raw`(?:israeli\s+)?(?:new\s+)?shekels?`, 'ILS'),
  f(String.raw`tugriks?|tugrugs?`, 'MNT'),
  f(String.raw`hryvnias?|hryvnia`, 'UAH'),
  f(String.raw`(?:russian\s+)?(?:roubles?|rubles?)`, 'RUB'),
  f(String.raw`zlotys?|zloty`, 'PLN'),
  f(String.raw`(?:thai\s+)?baht`, 'THB'),
  f(String.raw`(?:indonesian\s+)?rupiah`, 'IDR'),
  f(String.raw`(?:nigerian\s+)?naira`, 'NGN'),
  f(String.raw`(?:vietnamese\s+)?dong`, 'VND'),
  f(String.raw`kenyan\s+shillings?`, 'KES'),
  f(String.raw`Rs\.?`, 'INR', ''),
  f('RM', 'MYR', ''),
];

/** Symbols written after the number ("10 €", "100元", "3.14US$", "10k$"). */
export const SUFFIX_SYMBOLS: CurrencyForm[] = [
  f(String.raw`US\$`, 'USD', ''),
  ...PREFIX_FORMS.filter((p) => p.symbol),
  f('元', 'CNY', ''),
];

/**
 * One sticky, case-insensitive regex that matches wherever any of the forms
 * could: the scanners ask it first, so most positions cost one regex test
 * instead of one per form. It may match more than the forms do (it ignores
 * their case rules), never less.
 */
function anyOf(forms: CurrencyForm[]): RegExp {
  return new RegExp(forms.map((form) => `(?:${form.re.source})`).join('|'), 'iy');
}

export const ANY_PREFIX_FORM = anyOf(PREFIX_FORMS);
export const ANY_SUFFIX_WORD = anyOf(SUFFIX_WORDS);
export const ANY_SUFFIX_SYMBOL = anyOf(SUFFIX_SYMBOLS);

/**
 * Whether a text may name a currency at all, built from every form above so the two never drift apart: a cheap test
 * the tagger runs before findMoney on each sentence (a hand-kept list there knew a dozen currencies and dropped
 * "NOK 4bn", "SAR 3.8 billion", "R2.1 billion", "Rp 1.6 trillion" before they were read). It may pass more than the
 * forms match ("won approval", "brand"), never less; case-sensitive forms stay case-sensitive, so "RM" is not "firm".
 */
const ALL_FORMS = [...PREFIX_FORMS, ...SUFFIX_WORDS, ...SUFFIX_SYMBOLS];
/** Each form's pattern once: the symbol list repeats the prefixes' symbols, and "Rs", "RM", "ringgit" stand in both lists. */
const sourcesOf = (caseless: boolean) => [...new Set(ALL_FORMS.filter((form) => form.re.flags.includes('i') === caseless).map((form) => form.re.source))];
const CASED_CURRENCY = new RegExp([...sourcesOf(false), `\\b(?:${ISO_CODES.join('|')})\\b`].map((src) => `(?:${src})`).join('|'));
const CASELESS_CURRENCY = new RegExp([...sourcesOf(true), `\\b(?:${[...LOWERCASE_OK].join('|')})\\b`, 'won', 'crore', 'lakh'].map((src) => `(?:${src})`).join('|'), 'i');
/** A figure in digits or in number words: every amount findMoney reads has one (the long currency tests run only then). */
const MAY_HAVE_NUMBER = /\d|\b(?:one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|fifteen|twenty|thirty|forty|fifty|sixty|seventy|eighty|ninety|hundred|thousand|million|billion|trillion|half|dozen)\b/i;
/** Currency symbols, the commonest mark of an amount: one cheap test before the long alternations. */
const CURRENCY_SYMBOL = /[$€£¥₹₩₽₺₪₫₱₦₴₡₾₭฿￥元]/;
export const mayNameCurrency = (text: string): boolean =>
  MAY_HAVE_NUMBER.test(text) && (CURRENCY_SYMBOL.test(text) || CASED_CURRENCY.test(text) || CASELESS_CURRENCY.test(text));

/** "won" is also a verb: only after a scale word or a large number. */
export const KOREAN_WON_RE = /won(?![A-Za-z])/iy;

/** Sub-units that can follow a main amount: "$20 and 43c", "3 GBP 1 pence". */
export const SUBUNIT_WORD_RE = /\s*(?:cents?|c|¢|pence|p|sens?|kopiykas?|kopecks?|paise|centimes?)(?![A-Za-z])/iy;
