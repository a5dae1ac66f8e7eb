/**
 * The boilerplate-line filter: short paragraphs that are page furniture
 * whatever markup carried them (ad labels, date lines, photo credits,
 * cookie notices, copyright lines), and the sign-off a newsletter template
 * closes with ("Enjoyed this? Subscribe to ..., powered by ..."). Only
 * short paragraphs are judged, and sign-offs only at the very end, so a
 * sentence of prose that happens to start the same way stays.
 *
 * Extract runs it over every stored body; it lives outside ingest/extract
 * so every stage that meets body text can use the same judgement.
 */
const LABEL_ONLY = /^(advert(isement)?|ads?|sponsored( content)?|promoted|comments?|\d+ comments?|leave a (comment|reply)|don'?t miss|must read|read more|see more|show more|load more|loading\.*|continue reading|scroll (down )?to continue( reading)?|this slideshow requires javascript\.?|enable javascript.*|image \d+ (of|\/) \d+|\d+ ?of ?\d+|close|caption|share( this( article| story| page)?)?|print|email|tweet|pin it|whatsapp|facebook|twitter|linkedin)$/i;
const DATE_LINE = /^\|?\s*(published|updated|posted|last (updated|modified)|first published|veröffentlicht|aktualisiert|publicado|atualizado|publié|mis à jour)\b\s*(on|at|:)?\s*.{0,60}\d.{0,40}$/i;
const BYLINE_WITH_DATE = /^by\s+[\p{Lu}][\p{L}.'’ -]{1,60}\s*[-–—|,]\s*.{0,40}\d{1,4}[:/.]\d{1,2}.{0,30}$/u;
const CREDIT = /^(©|\(c\)|copyright\b|photo:|image:|credit:|picture:|foto:|source: (getty|ap|reuters|afp|shutterstock))/i;
const COOKIE_NOTICE = /\b(uses? cookies|use of cookies|cookie policy|accept (all )?cookies)\b/i;

export function isFurnitureLine(paragraph: string): boolean {
  const text = paragraph.replace(/\s+/g, ' ').trim();
  if (text.length > 300) return false;
  if (LABEL_ONLY.test(text)) return true;
  if (text.length <= 120 && (DATE_LINE.test(text) || BYLINE_WITH_DATE.test(text) || CREDIT.test(text))) return true;
  return COOKIE_NOTICE.test(text) && text.length <= 300;
}

/** A reader's appreciation asked as a question or thanked, which only a sign-off opens with. */
const SIGN_OFF_OPENER = /^(?:(?:did you |if you )?(?:enjoy(?:ed)?|lik(?:e|ed)|lov(?:e|ed)|f(?:ou|i)nd) (?:this|that|it|what you (?:just )?read|(?:this|today['’]s) (?:post|issue|article|story|edition|newsletter))\b[^.!?]{0,60}[?!]|thanks? (?:you )?for reading\b)/i;
/** What a sign-off asks the reader to do. */
const SIGN_OFF_ASK = /\b(?:subscribe|sign up|signup|join|follow us|share (?:it|this)|forward (?:it|this)|support (?:us|our|this)|donate|become a (?:paid )?(?:member|subscriber|supporter)|upgrade to paid)\b/i;
/** Where it sends them: only a newsletter's own channel, never a subject of an article. */
const SIGN_OFF_CHANNEL = /\b(?:newsletter|inbox|substack|beehiiv|buttondown|mailchimp|convertkit|ghost\.io|powered by|for free|free subscriber|paid subscriber|our (?:readers|community|work|journalism))\b/i;
const NEWSLETTER_HOST = /^(?:this (?:newsletter|site|publication) is )?(?:proudly )?powered by (?:substack|beehiiv|ghost|buttondown|mailchimp|convertkit|wordpress)\b/i;
/** A sign-off is one or two sentences. */
const SIGN_OFF_MAX_CHARS = 250;

export function isSignOffLine(paragraph: string): boolean {
  const text = paragraph.replace(/\s+/g, ' ').trim();
  if (!text || text.length > SIGN_OFF_MAX_CHARS) return false;
  if (SIGN_OFF_OPENER.test(text) || NEWSLETTER_HOST.test(text)) return true;
  return SIGN_OFF_ASK.test(text) && SIGN_OFF_CHANNEL.test(text);
}

/** Furniture paragraphs anywhere, then the sign-off paragraphs the body ends with. */
export function dropBoilerplateLines(bodyText: string): string {
  const paragraphs = bodyText.split('\n\n').filter((p) => !isFurnitureLine(p));
  while (paragraphs.length > 1 && isSignOffLine(paragraphs[paragraphs.length - 1]!)) paragraphs.pop();
  return paragraphs.join('\n\n');
}
