import type { Tree } from '../syntax/tree.ts';

/** The token heading a span (the one whose head lies outside it), or -1. */
export function headToken(tree: Tree, span: { start: number; end: number }): number {
  let fallback = -1;
  for (let k = 0; k < tree.tokens.length; k++) {
    if (!insideSpan(tree, span, k)) continue;
    if (fallback < 0) fallback = k;
    if (!insideSpan(tree, span, tree.tokens[k].head)) return k;
  }
  return fallback;
}

/**
 * True when token `k` lies inside the span. A function of its own, not a closure made in
 * `headToken`: asked for every place and event many times, and tsx names each closure it makes
 * (`Object.defineProperty`), which cost more than the search.
 */
function insideSpan(tree: Tree, span: { start: number; end: number }, k: number): boolean {
  return k >= 0 && tree.tokens[k].start >= span.start && tree.tokens[k].end <= span.end;
}

/** Tokens of a span. */
export function tokensOf(tree: Tree, span: { start: number; end: number }): number[] {
  const found: number[] = [];
  for (let k = 0; k < tree.tokens.length; k++) if (tree.tokens[k].start < span.end && tree.tokens[k].end > span.start) found.push(k);
  return found;
}
