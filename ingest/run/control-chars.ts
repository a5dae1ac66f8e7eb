/**
 * NUL and other control characters (C0 except tab and newline, DEL, C1)
 * carry nothing a reader can see; in a page they corrupt rendering and hide
 * text from search. They are removed from everything a feed or a page
 * sends before it is stored.
 */
const CONTROL = /[\u0000-\u0008\u000B\u000C\u000E-\u001F\u007F-\u009F]/g;

export function stripControlChars(text: string): string;
export function stripControlChars(text: string | null): string | null;
export function stripControlChars(text: string | null): string | null {
  return text === null ? null : text.replace(CONTROL, '');
}
