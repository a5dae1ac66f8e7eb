/**
 * Feed content (content:encoded, Atom content) as article text: the shared
 * HTML-to-text conversion, minus share and newsletter boxes and the
 * furniture and sign-off lines page bodies lose too.
 */
import { htmlToText } from '../common/html-text.ts';
import { dropBoilerplateLines } from '../common/boilerplate-lines.ts';
import { removeBoilerplate } from './boilerplate.ts';

export function contentHtmlToText(fragmentHtml: string | null | undefined): string {
  // A fragment is all article: only boxes clearly smaller than it may go.
  return dropBoilerplateLines(htmlToText(fragmentHtml, ($) => removeBoilerplate($, { keepShare: 0.5 })));
}
