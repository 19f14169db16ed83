// The lemmas Parley's lemmatizer gives a dictionary verb's regular forms. A verb dictionary names a
// verb by its base form ("DEPLORE"), but a pattern's trigger is matched against the lemma the
// lemmatizer gives the word in the text, which for forms it has not seen may differ ("deplored" →
// "deplor", "persuaded" → "persuad"). Such lemmas are added to the verb's triggers, so that the
// imported pattern fires on every form of its verb.

import type { Lemmatizer } from '../syntax/lemmatize.ts';

const VOWEL = /[aeiou]/;

/**
 * The regular forms of `verb` whose spelling is certain, with their Penn tags: -e verbs
 * (deplore → deplores, deplored, deploring), -y verbs after a consonant (deny → denies, denied,
 * denying) and verbs whose final consonant is never doubled (attack, appeal, blow). A verb ending
 * in one vowel and one consonant ("stop", "visit") is left out: whether it doubles its consonant
 * cannot be told from its spelling.
 */
export function regularForms(verb: string): [form: string, xpos: string][] {
  if (verb.length < 3 || !/^[a-z]+$/.test(verb)) return [];
  if (verb.endsWith('ee') || verb.endsWith('ye') || verb.endsWith('ie')) return [];
  if (verb.endsWith('e')) {
    const stem = verb.slice(0, -1);
    return [[`${verb}s`, 'VBZ'], [`${verb}d`, 'VBD'], [`${verb}d`, 'VBN'], [`${stem}ing`, 'VBG']];
  }
  if (/[^aeiou]y$/.test(verb)) {
    const stem = verb.slice(0, -1);
    return [[`${stem}ies`, 'VBZ'], [`${stem}ied`, 'VBD'], [`${stem}ied`, 'VBN'], [`${verb}ing`, 'VBG']];
  }
  const [before, last] = [verb.at(-2)!, verb.at(-1)!];
  const single = !VOWEL.test(last) && VOWEL.test(before) && !VOWEL.test(verb.at(-3) ?? 'x');
  if (single && !/[wxy]/.test(last)) return [];
  if (VOWEL.test(last)) return [];
  const s = /(s|x|z|ch|sh)$/.test(verb) ? `${verb}es` : `${verb}s`;
  return [[s, 'VBZ'], [`${verb}ed`, 'VBD'], [`${verb}ed`, 'VBN'], [`${verb}ing`, 'VBG']];
}

/**
 * A function giving, for a verb of a dictionary, the other lemmas `lemmatizer` gives its regular
 * forms. A lemma that is itself a verb of the dictionary (`verbs`) is never added: it belongs to
 * that verb's own patterns.
 */
export function lemmaVariants(lemmatizer: Lemmatizer, verbs: ReadonlySet<string>): (verb: string) => string[] {
  return (verb) => {
    const found = new Set<string>();
    for (const [form, xpos] of regularForms(verb)) {
      const lemma = lemmatizer.lemmatize(form, 'VERB', xpos).toLowerCase();
      if (lemma !== verb && lemma.length >= 3 && /^[a-z]+$/.test(lemma) && !verbs.has(lemma)) found.add(lemma);
    }
    return [...found];
  };
}
