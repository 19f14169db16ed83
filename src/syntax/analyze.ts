import { applyObjectControl } from './control.ts';
import { frameTagRepairs } from './frame-tags.ts';
import type { Lemmatizer } from './lemmatize.ts';
import type { SyntaxModel } from './model-file.ts';
import { parseWords } from './parser.ts';
import { tagWords } from './tagger.ts';
import { nameTagRepairs, type NameTagLexicon } from './name-tags.ts';
import { openingPluralTagRepairs } from './opening-plural-tags.ts';
import { resultativeTagRepairs } from './resultative-tags.ts';
import { reducedRelativeTagRepairs } from './reduced-relative-tags.ts';
import { nationalNounTagRepairs } from './national-noun-tags.ts';
import { travelVerbTagRepairs } from './travel-verb-tags.ts';
import { clauseTagRepairs } from './clause-tags.ts';
import { headlineTagRepairs } from './headline-tags.ts';
import { modalVerbTagRepairs } from './modal-verb-tags.ts';
import { gerundTagRepairs } from './gerund-tags.ts';
import { helpVerbTagRepairs } from './help-verb-tags.ts';
import { infinitiveMarkerTagRepairs } from './infinitive-marker-tags.ts';
import { agentPassiveTagRepairs } from './agent-passive-tags.ts';
import { hostageTagRepairs } from './hostage-tags.ts';
import { baseVerbTagRepairs } from './base-verb-tags.ts';
import { LEXICON } from '../lexicon/index.ts';

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

/** Predicted UPOS and XPOS for each word (normalised forms); `forced` fixes the joint tags of some words. */
export function tagSentence(model: SyntaxModel, forms: readonly string[], forced?: ReadonlyMap<number, string>): { upos: string[]; xpos: string[] } {
  const fixed = forced && new Map([...forced].map(([i, tag]) => [i, model.tagger.tags.indexOf(tag)] as const).filter(([, c]) => c >= 0));
  const classes = tagWords(model.tagger, forms, fixed);
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
 * (see src/syntax/control.ts) relabels controlled infinitives of verbs EWT barely has, and
 * `names` repairs the tags of news names before parsing (see src/syntax/name-tags.ts).
 */
export function analyzeSentence(
  model: SyntaxModel,
  lemmatizer: Lemmatizer,
  forms: readonly string[],
  objectControl?: ReadonlySet<string>,
  names?: NameTagLexicon,
): Analysis {
  let tags = tagSentence(model, forms);
  // Repairs of news wording run only in the pipeline (with `names`), so bench:syntax scores the tagger's own tags.
  const repairs = names && new Map([...nameTagRepairs(forms, tags.upos, tags.xpos, names), ...frameTagRepairs(forms, tags.upos, tags.xpos), ...openingPluralTagRepairs(forms, tags.upos, tags.xpos), ...travelVerbTagRepairs(forms, tags.upos, tags.xpos), ...resultativeTagRepairs(forms, tags.upos), ...reducedRelativeTagRepairs(forms, tags.upos, tags.xpos), ...nationalNounTagRepairs(forms, tags.upos), ...modalVerbTagRepairs(forms, tags.upos, tags.xpos), ...gerundTagRepairs(forms, tags.upos, tags.xpos), ...helpVerbTagRepairs(forms, tags.upos, tags.xpos), ...infinitiveMarkerTagRepairs(forms, tags.xpos), ...agentPassiveTagRepairs(forms, tags.upos), ...hostageTagRepairs(forms, tags.upos), ...baseVerbTagRepairs(forms, tags.upos, tags.xpos, names)]);
  if (repairs?.size) tags = tagSentence(model, forms, repairs);
  // A clause's or a headline's lost verb, read on the tags after the name repairs (news text only, as they are).
  const clause = names && new Map([...clauseTagRepairs(forms, tags.upos, tags.xpos), ...headlineTagRepairs(forms, tags.upos, tags.xpos)]);
  if (clause?.size) tags = tagSentence(model, forms, new Map([...(repairs ?? []), ...clause]));
  const { upos, xpos } = tags;
  const parse = parseWords(
    model.parser,
    forms.map((form, i) => ({ form, upos: upos[i], xpos: xpos[i] })),
  );
  // A participle repaired into a past tense keeps the participle's lemma (the same verb; the
  // lemmatizer knows "shot" as a participle of "shoot" better than as a past tense).
  const lemma = forms.map((form, i) => lemmatizer.lemmatize(form, upos[i], clause?.get(i) === 'VERB\tVBD' ? 'VBN' : xpos[i]));
  // In news text, an irregular past form the lemmatizer learned under another tag keeps itself
  // ("withdrew" read as a participle, "froze" as a present): the irregular verbs list gives its verb.
  // A past form read as a plural subject's present ("Insurgents shot/VBP dead ...") is that verb's past tense.
  if (names) {
    for (let i = 0; i < forms.length; i++) {
      const past = xpos[i] === 'VBP' && lemma[i] === forms[i].toLowerCase() && LEXICON.irregularVerbs.has(lemma[i]) && LEXICON.irregularVerbs.get(lemma[i]) !== lemma[i];
      if (past) xpos[i] = 'VBD';
      if (xpos[i].startsWith('VB') && lemma[i] === forms[i].toLowerCase()) lemma[i] = LEXICON.irregularVerbs.get(lemma[i]) ?? lemma[i];
    }
  }
  if (objectControl) applyObjectControl(objectControl, forms, lemma, parse.heads, parse.labels);
  return { upos, xpos, lemma, head: parse.heads, deprel: parse.labels };
}
