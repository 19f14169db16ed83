import { createWordKeyCache } from './word-key-cache.ts';


/**
 * The lookup key of a phrase: accents removed, lower case, curly apostrophes straightened,
 * hyphens and runs of spaces made one space, a leading "the" dropped ("the Kremlin" = "Kremlin").
 */
export function nameKey(text: string): string {
  const key = wordKey(text);
  return key.startsWith('the ') ? key.slice(4) : key;
}

/**
 * The key of one word: nameKey without dropping "the" (a phrase drops it once, at its start). A
 * possessive ending is a word of its own, as the tokenizer splits it: "Lord's Resistance Army" and
 * the tokens "Lord 's Resistance Army" have one key, as have "Workers' Party" and "Workers ' Party".
 * Only "'s" and an "s'" are possessives: an apostrophe after another letter is part of the word, as
 * in the soft sign of transliterated Russian and Ukrainian towns ("Nazran’", "Tver’"). The city
 * index stores these keys: a change here changes its cache format (src/geo/city-cache.ts).
 */
export function wordKey(word: string): string {
  return wordKeys.key(word);
}

/** The keys of the words met so far. */
const wordKeys = createWordKeyCache(computeWordKey);

/** `wordKey` made afresh (the cache's source). */
function computeWordKey(word: string): string {
  return foldAccents(word)
    .toLowerCase()
    .replace(/[‘’`]/g, "'")
    .replace(/(\p{L})'s(?=[\s-]|$)/gu, "$1 's")
    .replace(/s'(?=[\s-]|$)/gu, "s '")
    .replace(/[-‐‑–—\s]+/g, ' ')
    .trim();
}

export function foldAccents(text: string): string {
  return /[^\x00-\x7f]/.test(text) ? text.normalize('NFKD').replace(/\p{M}/gu, '') : text;
}

/** The first word of the key of a phrase starting at `start` (after a leading "the"), if any; `keys` holds each word's `wordKey`. */
export function firstWordOf(words: readonly string[], keys: readonly string[], start: number): string | undefined {
  for (let i = start; i < words.length && i < start + 2; i++) {
    const word = words[i];
    if (i === start && word.length === 3 && word.toLowerCase() === 'the') continue;
    const key = keys[i].startsWith('the ') ? keys[i].slice(4) : keys[i];
    if (key === '') continue;
    const space = key.indexOf(' ');
    return space < 0 ? key : key.slice(0, space);
  }
  return undefined;
}

/** Case-sensitive names match their own capitalisation, all capitals, or a capitalised first letter. */
export function caseMatches(entry: { text: string }, text: string): boolean {
  const want = foldAccents(entry.text).replace(/^the\s+/i, '');
  const got = foldAccents(text).trim().replace(/^the\s+/i, '');
  if (got === want || got === want.toUpperCase()) return true;
  return /^\p{Lu}/u.test(got) && got.slice(1) === want.slice(1) && got[0] === want[0].toUpperCase();
}
