/**
 * Character classes by UTF-16 code unit, for the scanners that step through
 * a sentence one position at a time (money, quantities): a comparison
 * instead of a one-character string and a regex test at every position.
 */

/** Exactly what /\s/ matches for one code unit. */
export function isSpaceCode(c: number): boolean {
  if (c <= 32) return c === 32 || (c >= 9 && c <= 13);
  if (c < 160) return false;
  return c === 160 || c === 0x1680 || (c >= 0x2000 && c <= 0x200a) || c === 0x2028 || c === 0x2029 || c === 0x202f || c === 0x205f || c === 0x3000 || c === 0xfeff;
}

/** [A-Za-z] */
export function isAsciiLetterCode(c: number): boolean {
  return (c >= 65 && c <= 90) || (c >= 97 && c <= 122);
}

/** [0-9] */
export function isAsciiDigitCode(c: number): boolean {
  return c >= 48 && c <= 57;
}

/** [A-Za-z0-9] */
export function isAsciiAlnumCode(c: number): boolean {
  return isAsciiLetterCode(c) || isAsciiDigitCode(c);
}

/** Where the run of ASCII letters starting at pos ends: what the sticky /[A-Za-z]+/y would match, without a match array per word. */
export function asciiLettersEnd(s: string, pos: number): number {
  let i = pos;
  while (i < s.length && isAsciiLetterCode(s.charCodeAt(i))) i++;
  return i;
}
