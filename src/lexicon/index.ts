import type { Lexicon } from './lexicon.ts';
import { loadLexicon } from './load.ts';

/** The shipped English lexicon, read once when first imported (data/lexicon/en). */
export const LEXICON: Lexicon = loadLexicon();

export type { CalendarClass, Lexicon, PronounReference } from './lexicon.ts';
export { CALENDAR_CLASSES } from './lexicon.ts';
export { DEFAULT_LEXICON_DIR, loadLexicon } from './load.ts';
export { readWordList } from './word-list.ts';
