import { applyObjectControl } from './control.ts';
import type { Lemmatizer } from './lemmatize.ts';
import type { SyntaxModel } from './model-file.ts';
import { parseWords } from './parser.ts';
import { tagWords } from './tagger.ts';

/** Tags, lemmas and a dependency parse for one sentence's words. */
export interface Analysis {
  upos: string[];
  xpos: string[];
  lemma: string[];
  /** 0-based head per word, -1 for the root. */
  head: Int32Array;
  deprel: string[];
}

/** Each tagger's joint tags ("UPOS\tXPOS") split once, by class. */
const splitTags = new WeakMap<SyntaxModel['tagger'], { upos: string[]; xpos: string[] }>();

/** Predicted UPOS and XPOS for each word (normalised forms). */
export function tagSentence(model: SyntaxModel, forms: readonly string[]): { upos: string[]; xpos: string[] } {
  const classes = tagWords(model.tagger, forms);
  let tags = splitTags.get(model.tagger);
  if (!tags) {
    const pairs = model.tagger.tags.map((tag) => tag.split('\t'));
    tags = { upos: pairs.map(([u]) => u), xpos: pairs.map(([, x]) => x) };
    splitTags.set(model.tagger, tags);
  }
  const upos: string[] = [];
  const xpos: string[] = [];
  for (const c of classes) {
    upos.push(tags.upos[c]);
    xpos.push(tags.xpos[c]);
  }
  return { upos, xpos };
}

/**
 * Tags, lemmatises and parses one sentence given its words' normalised forms; `objectControl`
 * (see src/syntax/control.ts) relabels controlled infinitives of verbs EWT barely has.
 */
export function analyzeSentence(
  model: SyntaxModel,
  lemmatizer: Lemmatizer,
  forms: readonly string[],
  objectControl?: ReadonlySet<string>,
): Analysis {
  const { upos, xpos } = tagSentence(model, forms);
  const parse = parseWords(
    model.parser,
    forms.map((form, i) => ({ form, upos: upos[i], xpos: xpos[i] })),
  );
  const lemma = forms.map((form, i) => lemmatizer.lemmatize(form, upos[i], xpos[i]));
  if (objectControl) applyObjectControl(objectControl, forms, lemma, parse.heads, parse.labels);
  return { upos, xpos, lemma, head: parse.heads, deprel: parse.labels };
}
