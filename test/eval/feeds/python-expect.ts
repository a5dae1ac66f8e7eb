/**
 * A parser for the small slice of Python that feedparser's `Expect:` lines
 * use: `and`/`or`/`not`, `==`/`!=`, subscripts and attributes, calls, and
 * string/number/tuple/list/dict literals. It builds a tree only; the suite
 * decides which parts map onto our model.
 */

export type PyNode =
  | { kind: 'name'; name: string }
  | { kind: 'str'; value: string }
  | { kind: 'num'; value: number }
  | { kind: 'tuple' | 'list'; items: PyNode[] }
  | { kind: 'dict'; entries: [PyNode, PyNode][] }
  | { kind: 'index'; target: PyNode; index: PyNode }
  | { kind: 'attr'; target: PyNode; name: string }
  | { kind: 'call'; fn: PyNode; args: PyNode[] }
  | { kind: 'not'; operand: PyNode }
  | { kind: 'and' | 'or'; operands: PyNode[] }
  | { kind: 'compare'; op: string; left: PyNode; right: PyNode };

type Token = { type: 'str'; value: string } | { type: 'num'; value: number } | { type: 'name'; value: string } | { type: 'op'; value: string };

export function parsePython(source: string): PyNode {
  const tokens = tokenize(source);
  let pos = 0;
  const peek = () => tokens[pos];
  const isOp = (v: string) => peek()?.type === 'op' && peek()!.value === v;
  const isName = (v: string) => peek()?.type === 'name' && peek()!.value === v;
  const expectOp = (v: string) => {
    if (!isOp(v)) throw new Error(`expected "${v}" at token ${pos} in: ${source}`);
    pos++;
  };

  function orExpr(): PyNode {
    const operands = [andExpr()];
    while (isName('or')) { pos++; operands.push(andExpr()); }
    return operands.length === 1 ? operands[0] : { kind: 'or', operands };
  }
  function andExpr(): PyNode {
    const operands = [notExpr()];
    while (isName('and')) { pos++; operands.push(notExpr()); }
    return operands.length === 1 ? operands[0] : { kind: 'and', operands };
  }
  function notExpr(): PyNode {
    if (isName('not')) { pos++; return { kind: 'not', operand: notExpr() }; }
    return comparison();
  }
  function comparison(): PyNode {
    const left = postfix();
    const t = peek();
    if (t?.type === 'op' && ['==', '!=', '<', '>', '<=', '>='].includes(t.value)) {
      pos++;
      return { kind: 'compare', op: t.value, left, right: postfix() };
    }
    if (isName('in')) { pos++; return { kind: 'compare', op: 'in', left, right: postfix() }; }
    if (isName('is')) { pos++; return { kind: 'compare', op: 'is', left, right: postfix() }; }
    return left;
  }
  function postfix(): PyNode {
    let node = atom();
    for (;;) {
      if (isOp('[')) { pos++; const index = orExpr(); expectOp(']'); node = { kind: 'index', target: node, index }; }
      else if (isOp('.')) { pos++; const t = tokens[pos++]; node = { kind: 'attr', target: node, name: String(t?.value) }; }
      else if (isOp('(')) { pos++; const args = sequence(')'); node = { kind: 'call', fn: node, args }; }
      else return node;
    }
  }
  function sequence(close: string): PyNode[] {
    const items: PyNode[] = [];
    while (!isOp(close)) {
      items.push(orExpr());
      if (isOp(',')) pos++;
      else break;
    }
    expectOp(close);
    return items;
  }
  function atom(): PyNode {
    const t = tokens[pos++];
    if (!t) throw new Error(`unexpected end of: ${source}`);
    if (t.type === 'str') {
      let value = t.value;
      while (peek()?.type === 'str') value += (tokens[pos++] as { value: string }).value;
      return { kind: 'str', value };
    }
    if (t.type === 'num') return { kind: 'num', value: t.value };
    if (t.type === 'name') return { kind: 'name', name: t.value };
    if (t.value === '-' && peek()?.type === 'num') return { kind: 'num', value: -(tokens[pos++] as { value: number }).value };
    if (t.value === '(') {
      const items = sequence(')');
      return items.length === 1 ? items[0] : { kind: 'tuple', items };
    }
    if (t.value === '[') return { kind: 'list', items: sequence(']') };
    if (t.value === '{') {
      const entries: [PyNode, PyNode][] = [];
      while (!isOp('}')) {
        const key = orExpr();
        expectOp(':');
        entries.push([key, orExpr()]);
        if (isOp(',')) pos++;
        else break;
      }
      expectOp('}');
      return { kind: 'dict', entries };
    }
    throw new Error(`unexpected "${t.value}" in: ${source}`);
  }

  const tree = orExpr();
  if (pos !== tokens.length) throw new Error(`trailing tokens in: ${source}`);
  return tree;
}

function tokenize(source: string): Token[] {
  const tokens: Token[] = [];
  let i = 0;
  while (i < source.length) {
    const c = source[i];
    if (/\s/.test(c)) { i++; continue; }
    const str = /^([uUbBrR]{0,2})('''|"""|'|")/.exec(source.slice(i));
    if (str && (str[1] === '' || /^[uUbBrR]+$/.test(str[1]))) {
      const raw = /r/i.test(str[1]);
      const quote = str[2];
      let j = i + str[0].length;
      let value = '';
      while (j < source.length && !source.startsWith(quote, j)) {
        if (source[j] === '\\' && !raw) {
          const [decoded, used] = unescape(source, j);
          value += decoded;
          j += used;
        } else value += source[j++];
      }
      tokens.push({ type: 'str', value });
      i = j + quote.length;
      continue;
    }
    const num = /^\d+(?:\.\d+)?/.exec(source.slice(i));
    if (num) { tokens.push({ type: 'num', value: Number(num[0]) }); i += num[0].length; continue; }
    const name = /^[A-Za-z_]\w*/.exec(source.slice(i));
    if (name) { tokens.push({ type: 'name', value: name[0] }); i += name[0].length; continue; }
    const op = /^(==|!=|<=|>=|[-()[\]{}.,:<>+])/.exec(source.slice(i));
    if (!op) throw new Error(`cannot read "${source.slice(i, i + 10)}" in: ${source}`);
    tokens.push({ type: 'op', value: op[0] });
    i += op[0].length;
  }
  return tokens;
}

/** Python string escapes; returns the decoded text and how many source characters it used. */
function unescape(source: string, at: number): [string, number] {
  const next = source[at + 1];
  const simple: Record<string, string> = { n: '\n', t: '\t', r: '\r', '\\': '\\', "'": "'", '"': '"', '0': '\0', a: '\x07', b: '\b', f: '\f', v: '\v', '\n': '' };
  if (next === 'x') return [String.fromCharCode(parseInt(source.slice(at + 2, at + 4), 16)), 4];
  if (next === 'u') return [String.fromCharCode(parseInt(source.slice(at + 2, at + 6), 16)), 6];
  if (next === 'U') return [String.fromCodePoint(parseInt(source.slice(at + 2, at + 10), 16)), 10];
  if (next in simple) return [simple[next], 2];
  return ['\\' + next, 2];
}
