// Strings that match a model's @pattern, for the builders. The patterns of AWS
// models are mostly character classes with quantifiers, ARNs and ids; this
// reads that subset of regular expressions into a small tree and draws a
// string of a chosen length from it. Lookarounds and backreferences are read
// as matching nothing: the string drawn is then checked with the real RegExp,
// and the caller falls back when no draw matches.
import type { Random } from '../../builders/random.js';

type Ranges = ReadonlyArray<readonly [number, number]>;

/** A node with the shortest and longest text it matches (`hi` may be Infinity; `lo` Infinity when it matches nothing). */
type Node = { readonly lo: number; readonly hi: number } & (
  | { readonly k: 'set'; readonly pool: string; readonly ranges: Ranges }
  | { readonly k: 'seq'; readonly items: readonly Node[] }
  | { readonly k: 'alt'; readonly options: readonly Node[] }
  | { readonly k: 'rep'; readonly node: Node; readonly min: number; readonly max: number }
  | { readonly k: 'none' }
);

/** What a pattern was read into: the tree, and the RegExp that checks a draw (undefined when JavaScript cannot compile the pattern). */
export interface CompiledPattern {
  readonly node: Node;
  readonly check: RegExp | undefined;
}

const NONE: Node = { k: 'none', lo: 0, hi: 0 };
// The characters a draw may hold: tab, newlines and the printable part of the
// basic plane. Astral characters are left out so that a length in code
// points (Smithy's) is a length in UTF-16 units too.
const UNIVERSE: Ranges = [
  [0x09, 0x0a],
  [0x0d, 0x0d],
  [0x20, 0x7e],
  [0xa0, 0xd7ff],
  [0xe000, 0xfffd],
];
const DIGITS: Ranges = [[0x30, 0x39]];
const WORD: Ranges = [
  [0x30, 0x39],
  [0x41, 0x5a],
  [0x5f, 0x5f],
  [0x61, 0x7a],
];
const SPACE: Ranges = [
  [0x09, 0x0d],
  [0x20, 0x20],
  [0xa0, 0xa0],
];
// A few of each Unicode category: enough to draw from; the RegExp check
// catches the rare draw of a complement that the real category holds.
const LETTERS: Ranges = [
  [0x41, 0x5a],
  [0x61, 0x7a],
  [0xc0, 0xd6],
  [0xd8, 0xf6],
  [0xf8, 0xff],
];
const PROPERTIES: Readonly<Record<string, Ranges>> = {
  L: LETTERS,
  Letter: LETTERS,
  Lu: [[0x41, 0x5a]],
  Ll: [[0x61, 0x7a]],
  N: DIGITS,
  Nd: DIGITS,
  Z: [
    [0x20, 0x20],
    [0xa0, 0xa0],
  ],
  Zs: [[0x20, 0x20]],
  Print: [[0x20, 0x7e]],
};
// Drawn first when the set has them: ids and names read as ids and names.
const PLAIN = 'abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789';
const PUNCTUATION = '-_.';

function normalize(ranges: Array<readonly [number, number]>): Ranges {
  const sorted = ranges.filter(([a, b]) => a <= b).sort((x, y) => x[0] - y[0]);
  const out: Array<[number, number]> = [];
  for (const [a, b] of sorted) {
    const last = out[out.length - 1];
    if (last !== undefined && a <= last[1] + 1) last[1] = Math.max(last[1], b);
    else out.push([a, b]);
  }
  return out;
}

function complement(ranges: Ranges): Ranges {
  const out: Array<[number, number]> = [];
  for (const [ua, ub] of UNIVERSE) {
    let from = ua;
    for (const [a, b] of ranges) {
      if (b < from || a > ub) continue;
      if (a > from) out.push([from, a - 1]);
      from = Math.max(from, b + 1);
    }
    if (from <= ub) out.push([from, ub]);
  }
  return out;
}

function has(ranges: Ranges, c: number): boolean {
  for (const [a, b] of ranges) if (c >= a && c <= b) return true;
  return false;
}

function setNode(ranges: Ranges): Node {
  const inUniverse = normalize(ranges.flatMap(([a, b]) => UNIVERSE.map(([ua, ub]) => [Math.max(a, ua), Math.min(b, ub)] as const)));
  let pool = '';
  for (const ch of PLAIN) if (has(inUniverse, ch.charCodeAt(0))) pool += ch;
  if (pool === '') for (const ch of PUNCTUATION) if (has(inUniverse, ch.charCodeAt(0))) pool += ch;
  if (pool === '') for (let c = 0x21; c <= 0x7e; c++) if (has(inUniverse, c)) pool += String.fromCharCode(c);
  const empty = inUniverse.length === 0;
  return { k: 'set', pool, ranges: inUniverse, lo: empty ? Infinity : 1, hi: empty ? -Infinity : 1 };
}

function seqNode(items: Node[]): Node {
  if (items.length === 1) return items[0] as Node;
  let lo = 0;
  let hi = 0;
  for (const n of items) {
    lo += n.lo;
    hi += n.hi;
  }
  return { k: 'seq', items, lo, hi };
}

function altNode(options: Node[]): Node {
  if (options.length === 1) return options[0] as Node;
  const possible = options.filter((o) => o.lo <= o.hi);
  const lo = Math.min(...possible.map((o) => o.lo));
  const hi = Math.max(...possible.map((o) => o.hi));
  return { k: 'alt', options: possible, lo: possible.length === 0 ? Infinity : lo, hi: possible.length === 0 ? -Infinity : hi };
}

function repNode(node: Node, min: number, max: number): Node {
  if (node.lo > node.hi) return min === 0 ? NONE : node;
  const hi = max === 0 || node.hi === 0 ? 0 : max === Infinity || node.hi === Infinity ? Infinity : node.hi * max;
  return { k: 'rep', node, min, max, lo: node.lo * min, hi };
}

class Unsupported extends Error {}

/** Reads a pattern; throws {@link Unsupported} on syntax it does not know. */
class Parser {
  private i = 0;
  constructor(private readonly s: string) {}

  parse(): Node {
    const node = this.alternation();
    if (this.i < this.s.length) throw new Unsupported();
    return node;
  }

  private peek(): string {
    return this.s.charAt(this.i);
  }

  private alternation(): Node {
    const options = [this.sequence()];
    while (this.peek() === '|') {
      this.i++;
      options.push(this.sequence());
    }
    return altNode(options);
  }

  private sequence(): Node {
    const items: Node[] = [];
    while (this.i < this.s.length && this.peek() !== '|' && this.peek() !== ')') {
      const atom = this.atom();
      items.push(this.quantified(atom));
    }
    return items.length === 0 ? NONE : seqNode(items);
  }

  private quantified(atom: Node): Node {
    let node = atom;
    for (;;) {
      const c = this.peek();
      let min: number;
      let max: number;
      if (c === '*') [min, max] = [0, Infinity];
      else if (c === '+') [min, max] = [1, Infinity];
      else if (c === '?') [min, max] = [0, 1];
      else if (c === '{') {
        const m = /^\{(\d+)(,(\d*))?\}/.exec(this.s.slice(this.i));
        if (m === null) return node;
        min = Number(m[1]);
        max = m[2] === undefined ? min : m[3] === '' ? Infinity : Number(m[3]);
        this.i += m[0].length - 1;
      } else return node;
      this.i++;
      // A lazy quantifier matches the same texts.
      if (this.peek() === '?') this.i++;
      node = repNode(node, min, max);
    }
  }

  private atom(): Node {
    const c = this.peek();
    this.i++;
    switch (c) {
      case '^':
      case '$':
        return NONE;
      case '.':
        return setNode(complement([[0x0a, 0x0a], [0x0d, 0x0d]]));
      case '[':
        return setNode(this.charClass());
      case '\\':
        return this.escape(false);
      case '(':
        return this.group();
      case '*':
      case '+':
      case '?':
      case '{':
        throw new Unsupported();
      default: {
        const cp = this.s.codePointAt(this.i - 1) as number;
        if (cp > 0xffff) this.i++;
        return setNode([[cp, cp]]);
      }
    }
  }

  private group(): Node {
    let lookaround = false;
    if (this.peek() === '?') {
      const rest = this.s.slice(this.i);
      const flags = /^\?[a-z]*(-[a-z]*)?\)/.exec(rest);
      if (flags !== null) {
        // An inline flag group, `(?i)`: Java syntax; it matches nothing.
        this.i += flags[0].length;
        return NONE;
      }
      const head = /^\?(:|=|!|<=|<!|<[A-Za-z_][A-Za-z0-9_]*>|[a-z]+:)/.exec(rest);
      if (head === null) throw new Unsupported();
      lookaround = head[1] === '=' || head[1] === '!' || head[1] === '<=' || head[1] === '<!';
      this.i += head[0].length;
    }
    const inner = this.alternation();
    if (this.peek() !== ')') throw new Unsupported();
    this.i++;
    // A lookaround matches no text; the RegExp check enforces it.
    return lookaround ? NONE : inner;
  }

  private charClass(): Ranges {
    let negated = false;
    if (this.peek() === '^') {
      negated = true;
      this.i++;
    }
    const ranges: Array<readonly [number, number]> = [];
    while (this.i < this.s.length && this.peek() !== ']') {
      const a = this.classAtom();
      if (this.peek() === '-' && this.s.charAt(this.i + 1) !== ']' && this.i + 1 < this.s.length && typeof a === 'number') {
        this.i++;
        const b = this.classAtom();
        if (typeof b !== 'number') {
          ranges.push([a, a], [0x2d, 0x2d], ...b);
        } else ranges.push([a, b]);
      } else if (typeof a === 'number') ranges.push([a, a]);
      else ranges.push(...a);
    }
    if (this.peek() !== ']') throw new Unsupported();
    this.i++;
    const set = normalize([...ranges]);
    return negated ? complement(set) : set;
  }

  /** One character (its code point) or a class escape (its ranges). */
  private classAtom(): number | Ranges {
    const c = this.peek();
    if (c === '\\') {
      this.i++;
      const e = this.escape(true);
      if (e.k !== 'set') throw new Unsupported();
      return e.ranges.length === 1 && e.ranges[0]?.[0] === e.ranges[0]?.[1] ? (e.ranges[0]?.[0] as number) : e.ranges;
    }
    const cp = this.s.codePointAt(this.i) as number;
    this.i += cp > 0xffff ? 2 : 1;
    return cp;
  }

  private escape(inClass: boolean): Node {
    const c = this.peek();
    this.i++;
    const one = (cp: number): Node => setNode([[cp, cp]]);
    switch (c) {
      case 'd':
        return setNode(DIGITS);
      case 'D':
        return setNode(complement(DIGITS));
      case 'w':
        return setNode(WORD);
      case 'W':
        return setNode(complement(WORD));
      case 's':
        return setNode(SPACE);
      case 'S':
        return setNode(complement(SPACE));
      case 't':
        return one(9);
      case 'n':
        return one(10);
      case 'r':
        return one(13);
      case 'f':
        return one(12);
      case 'v':
        return one(11);
      case '0':
        return one(0);
      case 'b':
        return inClass ? one(8) : NONE;
      case 'B':
        return NONE;
      case 'c': {
        const letter = this.peek();
        this.i++;
        return one(letter.charCodeAt(0) % 32);
      }
      case 'x': {
        const m = /^[0-9a-fA-F]{2}/.exec(this.s.slice(this.i));
        if (m === null) throw new Unsupported();
        this.i += 2;
        return one(parseInt(m[0], 16));
      }
      case 'u': {
        const braced = /^\{([0-9a-fA-F]{1,6})\}/.exec(this.s.slice(this.i));
        if (braced !== null) {
          this.i += braced[0].length;
          return one(parseInt(braced[1] as string, 16));
        }
        const m = /^[0-9a-fA-F]{4}/.exec(this.s.slice(this.i));
        if (m === null) throw new Unsupported();
        this.i += 4;
        return one(parseInt(m[0], 16));
      }
      case 'p':
      case 'P': {
        const m = /^\{([A-Za-z_=]+)\}/.exec(this.s.slice(this.i));
        if (m === null) throw new Unsupported();
        this.i += m[0].length;
        const name = (m[1] as string).replace(/^(General_Category|gc)=/, '');
        const ranges = PROPERTIES[name] ?? LETTERS;
        return setNode(c === 'p' ? ranges : complement(ranges));
      }
      case 'k': {
        const m = /^<[^>]*>/.exec(this.s.slice(this.i));
        if (m === null) throw new Unsupported();
        this.i += m[0].length;
        return NONE;
      }
      default:
        // A backreference: drawn as nothing, left to the RegExp check.
        if (c >= '1' && c <= '9') {
          while (this.peek() >= '0' && this.peek() <= '9') this.i++;
          return NONE;
        }
        if (c === '') throw new Unsupported();
        return one(c.codePointAt(0) as number);
    }
  }
}

function compiles(source: string, flags: string): RegExp | undefined {
  try {
    return new RegExp(source, flags);
  } catch {
    return undefined;
  }
}

/**
 * The RegExp that checks a draw: as checkConstraints compiles it (Unicode
 * mode), else with Java's leading inline flags (`(?i)`) read as JavaScript flags, else
 * without Unicode mode, where Java's escapes of plain punctuation (`\:`)
 * compile, unless the pattern uses what only Unicode mode reads.
 */
function checker(source: string): RegExp | undefined {
  let flags = '';
  const body = source.replace(/^(\^?)\(\?([is]+)\)/, (_, caret: string, f: string) => {
    flags = f;
    return caret;
  });
  return (
    compiles(source, 'u') ??
    compiles(body, `u${flags}`) ??
    (/\\[pPu]\{/.test(body) || /\\P/.test(body) ? undefined : compiles(body, flags))
  );
}

const compiled = new Map<string, CompiledPattern | undefined>();

/** A pattern read for drawing, memoized; undefined when its syntax is beyond what the builders read. */
export function compilePattern(source: string): CompiledPattern | undefined {
  if (compiled.has(source)) return compiled.get(source);
  let out: CompiledPattern | undefined;
  try {
    out = { node: new Parser(source).parse(), check: checker(source) };
  } catch (e) {
    if (!(e instanceof Unsupported)) throw e;
    out = undefined;
  }
  compiled.set(source, out);
  return out;
}

function pickChar(node: Extract<Node, { k: 'set' }>, random: Random): string {
  if (node.pool !== '') return node.pool.charAt(random.int(0, node.pool.length - 1));
  let total = 0;
  for (const [a, b] of node.ranges) total += b - a + 1;
  let n = random.int(0, total - 1);
  for (const [a, b] of node.ranges) {
    if (n <= b - a) return String.fromCharCode(a + n);
    n -= b - a + 1;
  }
  return '';
}

/** Lengths for `count` parts whose bounds are `bounds`, adding up to `target` when they can. */
function split(target: number, bounds: ReadonlyArray<readonly [number, number]>, random: Random): number[] {
  const restLo: number[] = [];
  const restHi: number[] = [];
  let lo = 0;
  let hi = 0;
  for (let i = bounds.length - 1; i >= 0; i--) {
    restLo[i] = lo;
    restHi[i] = hi;
    lo += (bounds[i] as readonly [number, number])[0];
    hi += (bounds[i] as readonly [number, number])[1];
  }
  const out: number[] = [];
  let left = target;
  bounds.forEach(([blo, bhi], i) => {
    const from = Math.max(blo, left - (restHi[i] as number));
    const to = Math.min(bhi, left - (restLo[i] as number));
    const n = from <= to ? random.int(from, to) : blo;
    out.push(n);
    left -= n;
  });
  return out;
}

function draw(node: Node, target: number, random: Random, out: string[]): void {
  switch (node.k) {
    case 'none':
      return;
    case 'set':
      out.push(pickChar(node, random));
      return;
    case 'seq': {
      const lengths = split(target, node.items.map((n) => [n.lo, n.hi] as const), random);
      node.items.forEach((item, i) => draw(item, lengths[i] as number, random, out));
      return;
    }
    case 'alt': {
      const fits = node.options.filter((o) => o.lo <= target && target <= o.hi);
      const option = fits.length > 0 ? random.pick(fits) : random.pick(node.options);
      draw(option, Math.min(Math.max(target, option.lo), option.hi), random, out);
      return;
    }
    case 'rep': {
      const child = node.node;
      if (node.hi === 0) return;
      const cLo = Math.max(node.min, child.hi === Infinity ? (target > 0 ? 1 : 0) : Math.ceil(target / child.hi));
      const cHi = Math.min(node.max, child.lo === 0 ? Math.max(node.min, target) : Math.floor(target / child.lo));
      const count = cLo <= cHi ? random.int(cLo, cHi) : Math.min(Math.max(cLo, node.min), node.max === Infinity ? cLo : node.max);
      const lengths = split(target, Array.from({ length: count }, () => [child.lo, child.hi] as const), random);
      for (const n of lengths) draw(child, n, random, out);
      return;
    }
  }
}

/**
 * A string of about `length` characters drawn from a compiled pattern; the
 * caller checks it (lookarounds and backreferences are not drawn).
 */
export function drawPattern(pattern: CompiledPattern, length: number, random: Random): string {
  const out: string[] = [];
  draw(pattern.node, Math.min(Math.max(length, pattern.node.lo), pattern.node.hi), random, out);
  return out.join('');
}

/** The shortest and longest text a compiled pattern draws. */
export function patternLengths(pattern: CompiledPattern): readonly [number, number] {
  return [pattern.node.lo, pattern.node.hi];
}
