/** The most words a word-key cache keeps; then it starts afresh (news repeats a few thousand words). */
const MAX_WORDS = 50_000;
/** The longest word, in UTF-16 units, whose key is kept: a URL or a long run is rarely met again. */
const MAX_WORD_LENGTH = 64;

/** A word's key, remembered once made. */
export interface WordKeyCache {
  key(word: string): string;
  /** How many words' keys are kept (for tests). */
  readonly size: number;
}

/**
 * Remembers the keys `compute` gives words, across sentences and documents: the gazetteer, the
 * place lookup and the places stage ask for the keys of the same words over and over, and
 * `wordKey` takes five regular expressions to make one. `compute` must be a pure function of the
 * word. At most MAX_WORDS words are kept, none longer than MAX_WORD_LENGTH.
 */
export function createWordKeyCache(compute: (word: string) => string): WordKeyCache {
  const keys = new Map<string, string>();
  return {
    key(word) {
      let key = keys.get(word);
      if (key !== undefined) return key;
      key = compute(word);
      if (word.length <= MAX_WORD_LENGTH) {
        if (keys.size >= MAX_WORDS) keys.clear();
        keys.set(word, key);
      }
      return key;
    },
    get size() {
      return keys.size;
    },
  };
}
