export type ParseErrorCode = 'not_a_feed' | 'broken_xml' | 'empty' | 'bad_json' | 'parse_timeout' | 'parse_failed';

/**
 * The only error parseFeed throws: the input is not a feed at all (or cannot
 * be salvaged). Problems inside a feed become warnings instead.
 * The code is stable (stored in sources.last_error); the message says what
 * was expected and what was found.
 */
export class ParseError extends Error {
  readonly code: ParseErrorCode;

  constructor(code: ParseErrorCode, message: string, options?: { cause?: unknown }) {
    super(message, options);
    this.name = 'ParseError';
    this.code = code;
  }
}
