import type { Document, Mention } from '../../core/document.ts';
import type { Span } from '../../core/span.ts';
import type { Tree } from '../../syntax/tree.ts';
import type { DocumentTimes } from '../dates.ts';

/** What status judging needs to know about one event. */
export interface StatusInput {
  doc: Document;
  tree: Tree;
  sentence: number;
  trigger: number;
  /** The framed event's trigger, when a frame over it gave the code ("ready to resume talks": "resume"). */
  framed?: number;
  /** The event's CAMEO code, when known ("14" protests, "18" assaults...): some judgements hold for some roots only. */
  code?: string;
  mentions: readonly Mention[];
  /** The document's time expressions, read once per document. */
  times: DocumentTimes;
}

/** The words behind a judgement and the rule that read them. */
export type Evidence = Span & { rule: string };

const CLOSING = new Set([')', ']', '}']);

/** Evidence of one token. */
export function evidence(tree: Tree, token: number, rule: string): Evidence {
  return { ...tree.span(token, token), rule };
}

/** The span of `i`'s subtree without leading and trailing punctuation, and without the words `drop` rejects at the edges. */
export function trimmedSpan(tree: Tree, i: number, drop: (k: number) => boolean = () => false, follow?: (child: number) => boolean): Span {
  let [first, last] = tree.extent(i, follow);
  while (first < last && (tree.tokens[first].upos === 'PUNCT' || drop(first))) first++;
  // Closing brackets stay: "(JCPOA)".
  while (last > first && tree.tokens[last].upos === 'PUNCT' && !CLOSING.has(tree.tokens[last].form)) last--;
  return tree.span(first, last);
}
