import type { Sentence, Token } from '../core/document.ts';
import type { Span } from '../core/span.ts';

/** A token of a parsed sentence: the syntax fields are always present. */
export type ParsedToken = Token & Required<Pick<Token, 'upos' | 'xpos' | 'lemma' | 'head' | 'deprel'>>;

/** A parsed sentence as a tree: children lists and the questions later stages ask of it. */
export interface Tree {
  tokens: readonly ParsedToken[];
  /** Children of each token, in order. */
  children: readonly number[][];
  /** The sentence's root token. */
  root: number;
  /** The head of `i`, -1 for the root. */
  head(i: number): number;
  /** Path from `i` to the root: [i, head(i), head(head(i)), ...]. */
  pathToRoot(i: number): number[];
  /** How many heads lie above `i` (0 for the root). */
  depth(i: number): number;
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

const isParsed = (token: Token): token is ParsedToken =>
  token.upos !== undefined && token.xpos !== undefined && token.lemma !== undefined && token.head !== undefined && token.deprel !== undefined;

/** The sentence's tokens as parsed tokens; a token the parser left without a field gets the neutral value (root, `dep`, its form). */
export function parsedTokens(sentence: Sentence): readonly ParsedToken[] {
  const tokens = sentence.tokens;
  if (tokens.every(isParsed)) return tokens;
  return tokens.map((token) => ({ ...token, upos: token.upos ?? '', xpos: token.xpos ?? '', lemma: token.lemma ?? token.form, head: token.head ?? -1, deprel: token.deprel ?? 'dep' }));
}

/** The trees built so far, by sentence: the actors, events and places stages each ask for the same sentences' trees. */
const trees = new WeakMap<Sentence, Tree>();

/** The tree view of a parsed sentence (tokens with head and deprel), built once per sentence object (a tree is never changed, nor a parsed sentence's tokens). */
export function createTree(sentence: Sentence): Tree {
  let tree = trees.get(sentence);
  if (!tree) trees.set(sentence, (tree = buildTree(sentence)));
  return tree;
}

/** Builds the tree view of a parsed sentence. */
function buildTree(sentence: Sentence): Tree {
  const tokens = parsedTokens(sentence);
  const children: number[][] = tokens.map(() => []);
  let root = 0;
  tokens.forEach((token, i) => {
    const head = token.head;
    if (head >= 0 && head < tokens.length && head !== i) children[head].push(i);
    else root = i;
  });
  // Every question asks for relations without subtype and lower-cased lemmas: each is made once per token.
  const relations = tokens.map((token) => token.deprel.split(':')[0]);
  const lemmas = tokens.map((token) => token.lemma.toLowerCase());
  const base = (i: number) => relations[i];
  // (a relation without subtype never holds ':', so a wanted relation equal to it has none either)
  const matches = (child: number, wanted: string[]) => {
    const full = tokens[child].deprel;
    const bare = relations[child];
    for (const relation of wanted) if (full === relation || bare === relation) return true;
    return false;
  };
  const pathToRoot = (i: number) => {
    const path = [i];
    let node = i;
    // The guard stops a malformed parse with a cycle.
    for (let guard = 0; guard < tokens.length; guard++) {
      const head = tokens[node].head;
      if (head < 0) break;
      path.push(head);
      node = head;
    }
    return path;
  };
  return {
    tokens,
    children,
    root,
    head: (i) => tokens[i].head,
    pathToRoot,
    depth: (i) => pathToRoot(i).length - 1,
    dependents: (i, ...wanted) => {
      const found: number[] = [];
      for (const child of children[i]) if (matches(child, wanted)) found.push(child);
      return found;
    },
    markers: (i) => {
      const found: string[] = [];
      for (const child of children[i]) if (relations[child] === 'case' || relations[child] === 'mark') found.push(lemmas[child]);
      return found;
    },
    lemma: (i) => lemmas[i],
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
