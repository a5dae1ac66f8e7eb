/**
 * Markdown bodies of news-API records to plain text. HTML fragments go
 * through the shared conversion in ingest/common/html-text.ts.
 */
/**
 * Markdown to plain text for reading and tagging: links keep their words,
 * images and HTML vanish, heading/emphasis/code markers go, and paragraphs
 * stay separated by one blank line.
 */
export function markdownToText(markdown: string | null | undefined): string | null {
  if (markdown == null) return null;
  const lines = markdown.replace(/\r\n?/g, '\n').split('\n').map(markdownLineToText);
  const paragraphs: string[] = [];
  let current: string[] = [];
  for (const line of lines) {
    if (line === null) continue;
    if (line.trim() === '') {
      if (current.length) paragraphs.push(current.join(' '));
      current = [];
      continue;
    }
    // A list item starts its own line; wrapped prose lines rejoin into one.
    const item = /^\s*(?:[-*+]|\d+[.)])\s+(.*)$/.exec(line);
    if (item) current.push('\n' + item[1].trim());
    else current.push(line.trim());
  }
  if (current.length) paragraphs.push(current.join(' '));
  const text = paragraphs
    .map((p) => p.split('\n').map((l) => l.replace(/[ \t]+/g, ' ').trim()).filter(Boolean).join('\n'))
    .filter(Boolean)
    .join('\n\n');
  return text === '' ? null : text;
}

/** null drops the line entirely (fences, rules). */
function markdownLineToText(line: string): string | null {
  if (/^\s*(```|~~~)/.test(line)) return null;
  if (/^\s*([-*_])(\s*\1){2,}\s*$/.test(line)) return '';
  let out = line
    .replace(/!\[([^\]]*)\]\([^)]*\)/g, '')
    .replace(/\[([^\]]*)\]\((?:[^()]|\([^()]*\))*\)/g, '$1')
    .replace(/\[([^\]]+)\]\[[^\]]*\]/g, '$1')
    .replace(/<\/?[a-z][^<>]*>/gi, '')
    .replace(/^\s{0,3}#{1,6}\s+/, '')
    .replace(/\s+#+\s*$/, '')
    .replace(/^\s{0,3}>\s?/, '')
    .replace(/`+/g, '')
    .replace(/(\*\*|__)(?=\S)(.+?)(?<=\S)\1/g, '$2')
    .replace(/(^|[^\w*])([*_])(?=\S)(.+?)(?<=\S)\2(?![\w*])/g, '$1$3')
    .replace(/~~(.+?)~~/g, '$1');
  if (/^\s*\[[^\]]+\]:\s*\S+/.test(out)) return null;
  out = out.replace(/\\([\\`*_{}[\]()#+\-.!])/g, '$1');
  return out;
}
