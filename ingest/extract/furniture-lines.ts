/**
 * Last pass over the body's paragraphs: short lines that are page
 * furniture whatever markup carried them (ad labels, date lines, photo
 * credits, cookie notices, copyright lines). Only short paragraphs are
 * judged, so a sentence of prose that happens to start the same way stays.
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

export function dropFurnitureLines(bodyText: string): string {
  return bodyText
    .split('\n\n')
    .filter((p) => !isFurnitureLine(p))
    .join('\n\n');
}
