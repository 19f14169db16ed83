import type { Span } from '../core/span.ts';

/**
 * Cuts a long text into pieces of at most `maxCharacters` for coding one after another: each cut
 * falls, in order of preference, at a paragraph break, a line break, a sentence end (". " before a
 * capital) or a space in the second half of the window, so that no sentence is cut when the text
 * has any breaks. The pieces cover the text without gaps; a text within the limit is one piece.
 */
export function splitIntoChunks(text: string, maxCharacters: number): Span[] {
  const chunks: Span[] = [];
  let start = 0;
  while (text.length - start > maxCharacters) {
    const window = text.slice(start + Math.floor(maxCharacters / 2), start + maxCharacters);
    const offset = start + Math.floor(maxCharacters / 2);
    const cut = lastBreak(window, /\n[ \t]*\n\s*/g) ?? lastBreak(window, /\n\s*/g) ?? lastBreak(window, /[.!?]["')\]]*\s+(?=[A-Z"(])/g) ?? lastBreak(window, /\s+/g);
    let end = cut === undefined ? start + maxCharacters : offset + cut;
    // never between the two halves of a surrogate pair
    if (cut === undefined && isHighSurrogate(text.charCodeAt(end - 1))) end--;
    chunks.push({ start, end });
    start = end;
  }
  chunks.push({ start, end: text.length });
  return chunks;
}

/** Where the last match of `pattern` in `window` ends, or undefined when it has none. */
function lastBreak(window: string, pattern: RegExp): number | undefined {
  let end: number | undefined;
  for (const match of window.matchAll(pattern)) end = match.index + match[0].length;
  return end;
}

function isHighSurrogate(code: number): boolean {
  return code >= 0xd800 && code <= 0xdbff;
}
