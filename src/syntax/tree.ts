import type { Sentence, Token } from '../core/document.ts';
import type { Span } from '../core/span.ts';

/** A parsed sentence as a tree: children lists and the questions later stages ask of it. */
export interface Tree {
  tokens: readonly Token[];
  /** Children of each token, in order. */
  children: readonly number[][];
  /** The sentence's root token. */
  root: number;
  /** Children of `i` whose relation is `relation` or one of its subtypes (`obl` matches `obl:tmod`). */
  dependents(i: number, ...relations: string[]): number[];
  /** The lower-cased lemma of the `case` or `mark` words attached to `i` ("on", "with", "if"). */
  markers(i: number): string[];
  /** Lower-cased lemma of token `i`. */
  lemma(i: number): string;
  /** The relation of `i` to its head without subtype (`obl:tmod` → `obl`). */
  relation(i: number): string;
  /** Token range [first, last] of the subtree of `i`, following only children that `follow` accepts. */
  extent(i: number, follow?: (child: number) => boolean): [number, number];
  /** Character span of tokens first..last. */
  span(first: number, last: number): Span;
}

/** Builds the tree view of a parsed sentence (tokens with head and deprel). */
export function createTree(sentence: Sentence): Tree {
  const tokens = sentence.tokens;
  const children: number[][] = tokens.map(() => []);
  let root = 0;
  tokens.forEach((token, i) => {
    const head = token.head ?? -1;
    if (head >= 0 && head < tokens.length && head !== i) children[head].push(i);
    else root = i;
  });
  const base = (i: number) => (tokens[i].deprel ?? 'dep').split(':')[0];
  const matches = (child: number, relations: string[]) => {
    const full = tokens[child].deprel ?? 'dep';
    return relations.some((relation) => full === relation || (!relation.includes(':') && full.split(':')[0] === relation));
  };
  return {
    tokens,
    children,
    root,
    dependents: (i, ...relations) => children[i].filter((child) => matches(child, relations)),
    markers: (i) => children[i].filter((child) => base(child) === 'case' || base(child) === 'mark').map((child) => (tokens[child].lemma ?? tokens[child].form).toLowerCase()),
    lemma: (i) => (tokens[i].lemma ?? tokens[i].form).toLowerCase(),
    relation: base,
    extent(i, follow = () => true) {
      let first = i;
      let last = i;
      const stack = [i];
      while (stack.length) {
        const node = stack.pop()!;
        for (const child of children[node]) {
          if (!follow(child)) continue;
          if (child < first) first = child;
          if (child > last) last = child;
          stack.push(child);
        }
      }
      return [first, last];
    },
    span: (first, last) => ({ start: tokens[first].start, end: tokens[last].end }),
  };
}
