/**
 * Publication dates from page metadata, which is nearly always ISO 8601 or
 * RFC 822 ("2024-05-03T10:00:00-04:00", "Fri, 03 May 2024 14:00:00 GMT").
 * A date without a zone is read as UTC; anything Date cannot read strictly
 * is null rather than guessed.
 */
const ISO_DATE_ONLY = /^\d{4}-\d{2}-\d{2}$/;
const ISO_NO_ZONE = /^\d{4}-\d{2}-\d{2}[T ]\d{2}:\d{2}(:\d{2}(\.\d+)?)?$/;
const COMPACT = /^(\d{4})(\d{2})(\d{2})(?:T?(\d{2})(\d{2})(\d{2})?)?Z?$/;

export function normaliseDate(value: string | null | undefined): string | null {
  if (!value) return null;
  let text = value.trim();
  if (!text) return null;
  const compact = text.match(COMPACT);
  if (compact) text = `${compact[1]}-${compact[2]}-${compact[3]}T${compact[4] ?? '00'}:${compact[5] ?? '00'}:${compact[6] ?? '00'}Z`;
  else if (ISO_DATE_ONLY.test(text)) text = `${text}T00:00:00Z`;
  else if (ISO_NO_ZONE.test(text)) text = `${text.replace(' ', 'T')}Z`;
  // "+0000" offsets without a colon are common in WordPress output.
  text = text.replace(/([+-]\d{2})(\d{2})$/, '$1:$2');
  if (!/\d{4}/.test(text)) return null;
  // V8 reads zone-less free-form dates in the machine's zone; pin them to UTC so output never depends on the host.
  if (!/^\d{4}-\d{2}-\d{2}T/.test(text) && !/(GMT|UTC|Z|[+-]\d{2}:?\d{2}|\b[A-Z]{2,4}T)\s*$/.test(text)) text = `${text} UTC`;
  const ms = Date.parse(text);
  if (Number.isNaN(ms)) return null;
  const year = new Date(ms).getUTCFullYear();
  if (year < 1990 || year > 2100) return null;
  return new Date(ms).toISOString();
}
