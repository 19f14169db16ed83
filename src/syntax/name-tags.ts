import { NAME_DEMONYM, NAME_INSIDE, NAME_START } from './name-words.ts';
import { hasKnownStem } from './tagger.ts';

/**
 * Tag repairs for news names, applied between tagging and parsing, for a tagger trained without
 * the news features (the shipped model): a capitalised word in -ing or -ed that is no verb's form
 * ("Nanning officials said ...", "in Xining", "NANNING, China") is a proper noun, not a verb, and
 * a gazetteer demonym before a plural noun ("Sudanese militias") an adjective, not a proper noun.
 * Without the first, a place name opening a sentence becomes its root and the sentence is lost.
 */
export interface NameTagLexicon {
  /** Lower-cased words the tagger knows from training (its ambiguity classes' words). */
  known: ReadonlyMap<string, unknown>;
  /** Gazetteer name words and their flags (name-words.ts). */
  names: ReadonlyMap<string, number>;
  /** Lower-cased known words that took the base-form verb tag in training (base-verb-tags.ts). */
  baseVerbs?: ReadonlySet<string>;
}

const NAME = NAME_START | NAME_INSIDE;

/**
 * The tags to force on misread news names, by word index, as joint "UPOS<TAB>XPOS" tags; empty
 * when the tagger's `upos` need no repair. The sentence is then tagged again with them fixed, so
 * that the words after a repaired one are tagged after the right tag ("Nanning/NNP officials said").
 */
export function nameTagRepairs(forms: readonly string[], upos: readonly string[], xpos: readonly string[], lexicon: NameTagLexicon): Map<number, string> {
  const repairs = new Map<number, string>();
  for (let i = 0; i < forms.length; i++) {
    const form = forms[i];
    if (!/^\p{Lu}\p{L}+$/u.test(form)) continue;
    const lower = form.toLowerCase();
    const flags = lexicon.names.get(lower) ?? 0;
    if (flags & NAME_DEMONYM) {
      // "Sudanese militias": a demonym before a plural noun is an adjective. Not inside a name
      // ("Kenyan Foreign Ministry"), nor before a singular noun, where the shipped tagger reads
      // the verb after an adjective as a participle ("Libyan/JJ police/NN arrested/VBN").
      if (upos[i] !== 'ADJ' && i + 1 < forms.length && xpos[i + 1] === 'NNS') repairs.set(i, 'ADJ\tJJ');
      continue;
    }
    // "Gunmen shot dead ...": a sentence opening with a plural in -men that is no name is a noun,
    // or the tagger reads it as a name and the ambiguous verb after it as a noun.
    if (i === 0 && upos[i] === 'PROPN' && !(flags & NAME) && /^\p{Lu}\p{Ll}{2,}men$/u.test(form)) {
      repairs.set(i, 'NOUN\tNNS');
      continue;
    }
    if (upos[i] === 'PROPN' || !['VERB', 'ADJ', 'NOUN'].includes(upos[i])) continue;
    // "Human Rights Watch criticized ...": a word known inside a gazetteer name, after a capitalised
    // name word, is part of that name, not a verb.
    if (upos[i] === 'VERB' && flags & NAME_INSIDE && i > 0 && /^\p{Lu}/u.test(forms[i - 1]) && (lexicon.names.get(forms[i - 1].toLowerCase()) ?? 0) & NAME) {
      repairs.set(i, 'PROPN\tNNP');
      continue;
    }
    // A word the tagger never saw that is a gazetteer name ("Chongqing") or whose stem it does not
    // know either ("Nanning"); a word it knows keeps its tag ("Using", "Armed").
    const stem = hasKnownStem(lower, lexicon.known);
    if (stem === undefined || lexicon.known.has(lower) || (!(flags & NAME) && stem)) continue;
    repairs.set(i, 'PROPN\tNNP');
  }
  return repairs;
}
