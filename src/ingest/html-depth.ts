/** The deepest element nesting the ingest extracts an article from; deeper pages are refused (extraction time grows with it). */
export const MAX_HTML_DEPTH = 1000;

/** Elements that hold no children, and those whose end tag HTML lets a page leave out (counting them would only overstate the depth). */
const NOT_NESTING = new Set(['area', 'base', 'br', 'col', 'embed', 'hr', 'img', 'input', 'link', 'meta', 'param', 'source', 'track', 'wbr', 'p', 'li', 'dt', 'dd', 'tr', 'td', 'th', 'option']);

/**
 * How deep the elements of an HTML page nest, from a scan of its tags (no parse): opening tags
 * count one deeper, closing tags one shallower. Cheap on any input, so a page built to nest
 * thousands deep is found before Readability spends minutes on it.
 */
export function htmlDepth(html: string): number {
  let depth = 0;
  let deepest = 0;
  for (const match of html.matchAll(/<(\/?)([a-zA-Z][a-zA-Z0-9:-]*)[^>]*?(\/?)>/g)) {
    const name = match[2].toLowerCase();
    if (NOT_NESTING.has(name) || match[3] === '/') continue;
    if (match[1] === '/') depth = Math.max(0, depth - 1);
    else if (++depth > deepest) deepest = depth;
  }
  return deepest;
}
