import type { PlaceMention } from '../core/place.ts';
import { LEXICON } from '../lexicon/index.ts';
import type { Tree } from '../syntax/tree.ts';

/**
 * Where a sentence's speaker is, when the sentence says so: a place in a phrase of place right
 * after a verb of speaking or visiting ("speaking in X", "said in X", "visiting X"), after an
 * occasion of speaking ("at a rally in X", "in a speech in X", "told a news conference in X", "on
 * a visit to X") or after an audience ("told reporters in X", "addressing parliament in X"); the
 * words are data/lexicon/en/setting-words.tsv. The AG News geo convention places a statement where
 * its speaker is, when the text says where: this place, before the dateline.
 */

/** Prepositions that put an occasion around the speaker's words ("at a rally", "during a visit"). */
const CIRCUMSTANCES: ReadonlySet<string> = new Set(['at', 'in', 'during', 'on', 'after', 'before', 'following', 'while']);

/** Occasions that take their place with "to" ("a visit to X", "a trip to X"). */
const JOURNEYS: ReadonlySet<string> = new Set(['visit', 'trip', 'tour', 'stop', 'stopover']);

/** Part-of-speech tags of the words before the noun of an occasion or audience ("his first two-day visit", "a news conference"). */
const NOUN_PHRASE_TAGS: ReadonlySet<string> = new Set(['DET', 'ADJ', 'NUM', 'PRON', 'PROPN', 'NOUN']);

/** The first token of the place mention, or -1. */
function firstToken(tree: Tree, place: PlaceMention): number {
  return tree.tokens.findIndex((token) => token.start >= place.start && token.end <= place.end);
}

/** The first token of the noun phrase ending at `noun` (its determiners, adjectives and compound nouns). */
function phraseStart(tree: Tree, noun: number): number {
  let k = noun;
  while (k > 0 && NOUN_PHRASE_TAGS.has(tree.tokens[k - 1].upos ?? '') && noun - k < 4) k--;
  return k;
}

/** True when token `k` is a verb of speaking or visiting (setting-words.tsv, kind verb). */
function isSettingVerb(tree: Tree, k: number): boolean {
  return k >= 0 && tree.tokens[k].upos === 'VERB' && LEXICON.settingWords.verb.has(tree.lemma(k));
}

/** True when the words before a place's preposition (at token `p`) make it the speaker's setting. */
function setsSpeaker(tree: Tree, p: number, preposition: string): boolean {
  const before = p - 1;
  if (before < 0) return false;
  const lemma = tree.lemma(before);
  const words = LEXICON.settingWords;
  if (preposition === 'to') {
    // "on a visit to X": only a journey takes its place with "to"
    if (!JOURNEYS.has(lemma) || !words.occasion.has(lemma)) return false;
  } else if (isSettingVerb(tree, before)) return true;
  if (tree.tokens[before].upos !== 'NOUN') return false;
  const start = phraseStart(tree, before);
  const lead = start - 1;
  if (lead < 0) return false;
  if (words.occasion.has(lemma)) return CIRCUMSTANCES.has(tree.tokens[lead].text.toLowerCase()) || isSettingVerb(tree, lead);
  // "told reporters in X", "speaking to reporters in X"
  if (words.audience.has(lemma)) return isSettingVerb(tree, lead) || (tree.tokens[lead].text.toLowerCase() === 'to' && isSettingVerb(tree, lead - 1));
  return false;
}

/** Prepositions that make a visit after them one spoken of, not made ("warned against touring X", "banned from visiting X", "criticised for visiting X"). */
const VISIT_SPOKEN_OF: ReadonlySet<string> = new Set(['against', 'from', 'of', 'about', 'over', 'without', 'besides', 'for', 'instead']);

/** True when the participle at `p` follows a preposition that makes the visit one spoken of (`VISIT_SPOKEN_OF`); other words before it ("upon", "whilst", "when") leave it the speaker's. */
function aboutVisit(tree: Tree, p: number): boolean {
  const before = p - 1;
  return before >= 0 && VISIT_SPOKEN_OF.has(tree.tokens[before].text.toLowerCase());
}

/** The place the sentence gives its speaker (see above), if any: the first such place of the sentence. */
export function speakerSetting(tree: Tree, places: readonly PlaceMention[]): PlaceMention | undefined {
  for (const place of places) {
    const first = firstToken(tree, place);
    if (first < 0) continue;
    // "the" before the name stands between it and the preposition ("in the Hague")
    const p = first > 0 && tree.tokens[first - 1].text.toLowerCase() === 'the' ? first - 2 : first - 1;
    if (p < 0) continue;
    const word = tree.tokens[p].text.toLowerCase();
    // "while visiting Berlin": a place right after a visiting participle, with no preposition
    // (but not a visit the words are about: "cautioned its citizens against visiting X", "barred from touring X")
    if (!place.preposition || word !== place.preposition) {
      if (isSettingVerb(tree, p) && /ing$/i.test(tree.tokens[p].text) && LEXICON.settingWords.occasion.has(tree.lemma(p)) && !aboutVisit(tree, p)) return place;
      continue;
    }
    if ((LEXICON.placePrepositions.has(word) || word === 'to') && setsSpeaker(tree, p, word)) return place;
  }
  return undefined;
}
