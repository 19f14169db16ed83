import { LEXICON } from '../lexicon/index.ts';
import { FINITE_TAGS } from './clause-tags.ts';

/**
 * Tag repairs for a trip told in the present ("the foreign minister flies to Kabul on Monday", "the
 * president heads to Moscow for talks"), applied between tagging and parsing as the news-name
 * repairs are: the tagger reads the -s form of a travel verb as a plural noun, and the sentence
 * loses its verb and its subject. After a noun or a name (not a determiner or an adjective: "the
 * heads of state", "Chinese visits") and before a preposition or a name, it is the verb (VBZ),
 * unless a finite verb follows in the same clause: then it was the noun ("Party heads from both
 * sides met ...", "Refugee returns to the province rose").
 */
/** Tags that end the clause a travel verb would head. */
const CLAUSE_END = new Set([',', ':', 'CC', 'WDT', 'WP', '.']);
export function travelVerbTagRepairs(forms: readonly string[], upos: readonly string[], xpos: readonly string[]): Map<number, string> {
  const repairs = new Map<number, string>();
  for (let i = 1; i + 1 < forms.length; i++) {
    if (xpos[i] !== 'NNS' || !['NOUN', 'PROPN'].includes(upos[i - 1]) || !(upos[i + 1] === 'ADP' || upos[i + 1] === 'PROPN')) continue;
    if (forms[i + 1].toLowerCase() === 'of' || finiteVerbAfter(xpos, i)) continue;
    if (travelLemma(forms[i].toLowerCase()) !== undefined) repairs.set(i, 'VERB\tVBZ');
  }
  return repairs;
}

/** The travel verb whose -s form `word` is ("flies" of "fly", "heads" of "head"), if any. */
function travelLemma(word: string): string | undefined {
  const stems = [word.replace(/ies$/, 'y'), word.replace(/es$/, ''), word.replace(/s$/, '')];
  return stems.find((stem) => stem !== word && LEXICON.travelVerbs.has(stem));
}

/** Whether a finite verb follows `i` before the clause ends. */
function finiteVerbAfter(xpos: readonly string[], i: number): boolean {
  for (let k = i + 1; k < xpos.length && !CLAUSE_END.has(xpos[k]); k++) if (FINITE_TAGS.has(xpos[k])) return true;
  return false;
}
