import { searchWords } from '../sql-event-filter.ts';

/**
 * The FTS5 MATCH expression for plain words: each whitespace-separated word becomes a quoted
 * FTS5 string (a phrase of its tokens, `state-run` as "state run"), and the strings are joined, so
 * all must occur. Quotes inside a word are doubled, and words without a letter or digit (`*`,
 * `"`, `-`) are left out; FTS5 operators (`AND`, `NEAR`, `*`, `^`, column filters) never reach
 * the query parser as operators. With no word at all the expression is `""`, which matches nothing.
 */
export function textMatchExpression(text: string): string {
  const words = searchWords(text);
  if (!words.length) return '""';
  return words.map((word) => `"${word.replaceAll('"', '""')}"`).join(' ');
}
