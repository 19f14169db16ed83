import type { Tree } from '../syntax/tree.ts';

/** The token heading a span (the one whose head lies outside it), or -1. */
export function headToken(tree: Tree, span: { start: number; end: number }): number {
  const inside = (k: number) => k >= 0 && tree.tokens[k].start >= span.start && tree.tokens[k].end <= span.end;
  let fallback = -1;
  for (let k = 0; k < tree.tokens.length; k++) {
    if (!inside(k)) continue;
    if (fallback < 0) fallback = k;
    if (!inside(tree.tokens[k].head)) return k;
  }
  return fallback;
}

/** Tokens of a span. */
export function tokensOf(tree: Tree, span: { start: number; end: number }): number[] {
  const found: number[] = [];
  for (let k = 0; k < tree.tokens.length; k++) if (tree.tokens[k].start < span.end && tree.tokens[k].end > span.start) found.push(k);
  return found;
}
