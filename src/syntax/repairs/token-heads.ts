// Head links among the tokens of a parsed sentence, as repairs read them before a tree is built.
import type { ParsedToken } from '../tree.ts';

/** True when `node` lies under `top` (or is it) by head links; false past a cycle. */
export function isUnder(tokens: readonly ParsedToken[], node: number, top: number): boolean {
  for (let k = node, guard = 0; k >= 0 && guard <= tokens.length; k = tokens[k].head, guard++) if (k === top) return true;
  return false;
}
