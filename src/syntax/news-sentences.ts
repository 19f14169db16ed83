import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { REPOSITORY_ROOT } from '../core/paths.ts';
import { ParleyError } from '../core/errors.ts';
import { readGazetteerData } from '../actors/gazetteer/index.ts';
import { parsePatternFile, DEFAULT_PATTERN_DIR } from '../events/patterns.ts';
import { loadLexicon } from '../lexicon/index.ts';
import type { ConlluSentence } from './conllu.ts';
import { NAME_DEMONYM, NAME_START } from './name-words.ts';
import type { TaggedSentence } from './tagger.ts';

/**
 * News-shaped training sentences for the tagger, made from templates: "Country verbed
 * (determiner) (modifier) noun (tail)." and its kin ("Iranian troops shelled two villages.",
 * "The government banned the rallies on Sunday.", "Nanning police arrested dozens of workers.",
 * "Chile threatened to impose tariffs."). UD English-EWT has few sentences of that shape and
 * almost no place names, so a tagger trained on it alone reads a name opening a sentence, or the
 * past-tense verb after it, as something else. Subjects come from the actor gazetteer, verbs from
 * the event patterns' trigger lemmas in the forms EWT gives them, the rest from
 * data/syntax/news-templates.tsv. Every sentence is tagged by construction.
 */
export const DEFAULT_NEWS_TEMPLATES = join(REPOSITORY_ROOT, 'data/syntax/news-templates.tsv');

/** A phrase of the templates: its words and their Penn tags. */
export interface Phrase {
  words: string[];
  xpos: string[];
}

/** What the sentences are made of. */
export interface NewsMaterial {
  /** Country names, one or more capitalised words (NNP each). */
  countries: string[];
  /** Demonyms that are adjectives ("Iranian"). */
  demonyms: string[];
  /** Single-word place names: capitals, cities, regions. */
  places: string[];
  /** Place-like name words no training sentence has, half of them in -ing/-ed ("Nanning"): masked when used. */
  unseenPlaces: string[];
  /** Agent nouns: singular ("government") and plural ("troops"). */
  singularAgents: string[];
  pluralAgents: string[];
  /** Past and present forms of transitive trigger verbs, and their base forms. */
  pastVerbs: string[];
  presentVerbs: string[];
  baseVerbs: string[];
  /** Past forms of subject-control verbs ("threatened", "agreed"). */
  controlVerbs: string[];
  pluralDeterminers: Phrase[];
  singularDeterminers: Phrase[];
  modifiers: Phrase[];
  /** Nouns before the object's noun ("arms" of "arms exports"). */
  compounds: Phrase[];
  pluralNouns: string[];
  singularNouns: string[];
  /** Past-tense verbs with their particle ("handed over"). */
  particleVerbs: Phrase[];
  /** Prepositions before a country after the object ("to", "against"). */
  prepositions: Phrase[];
  tails: Phrase[];
  placeAgents: string[];
}

const UPOS: Record<string, string> = {
  CD: 'NUM',
  DT: 'DET',
  IN: 'ADP',
  JJ: 'ADJ',
  JJR: 'ADJ',
  NN: 'NOUN',
  NNS: 'NOUN',
  NNP: 'PROPN',
  'PRP$': 'PRON',
  RB: 'ADV',
  RP: 'ADP',
  TO: 'PART',
  VB: 'VERB',
  VBD: 'VERB',
  VBZ: 'VERB',
  '.': 'PUNCT',
};

const SLOTS = ['plural-determiner', 'singular-determiner', 'modifier', 'compound', 'noun', 'particle-verb', 'preposition', 'tail', 'place-agent'] as const;

/** Reads the templates file: slot → phrases. */
export function parseNewsTemplates(text: string, label: string): Map<string, Phrase[]> {
  const problems: string[] = [];
  const slots = new Map<string, Phrase[]>(SLOTS.map((slot) => [slot, []]));
  const lines = text.split(/\r?\n/);
  let header = true;
  lines.forEach((line, index) => {
    if (line.trim() === '' || line.startsWith('#')) return;
    if (header) {
      header = false;
      if (line !== 'slot\twords\ttags') problems.push(`${label}:${index + 1}: expected the header "slot<TAB>words<TAB>tags"`);
      return;
    }
    const [slot, words = '', tags = ''] = line.split('\t');
    const phrase = { words: words.split(' '), xpos: tags.split(' ') };
    if (!slots.has(slot)) problems.push(`${label}:${index + 1}: unknown slot "${slot}" (expected one of ${SLOTS.join(', ')})`);
    else if (phrase.words.length !== phrase.xpos.length || words === '') problems.push(`${label}:${index + 1}: ${phrase.words.length} words but ${phrase.xpos.length} tags`);
    else if (phrase.xpos.some((tag) => !UPOS[tag])) problems.push(`${label}:${index + 1}: a tag the templates do not use (${tags}; known: ${Object.keys(UPOS).join(' ')})`);
    else slots.get(slot)!.push(phrase);
  });
  if (problems.length) throw new ParleyError('DATA_INVALID', `${problems.length} problem(s) in ${label}`, problems);
  return slots;
}

/** Counts per key of a nested counter. */
function count(counts: Map<string, Map<string, number>>, key: string, value: string): void {
  let inner = counts.get(key);
  if (!inner) counts.set(key, (inner = new Map()));
  inner.set(value, (inner.get(value) ?? 0) + 1);
}

/** The most frequent value of a counter. */
function mostFrequent(counter: Map<string, number> | undefined): string | undefined {
  if (!counter) return undefined;
  return [...counter].sort((a, b) => b[1] - a[1] || (a[0] < b[0] ? -1 : 1))[0][0];
}

/** The third person singular of a regular verb's base form. */
export function thirdPerson(base: string): string {
  if (/(s|sh|ch|x|z|o)$/.test(base)) return `${base}es`;
  if (/[^aeiou]y$/.test(base)) return `${base.slice(0, -1)}ies`;
  return `${base}s`;
}

const SIMPLE_NAME = /^\p{Lu}\p{Ll}+( \p{Lu}\p{Ll}+)*$/u;

/**
 * Builds the material from the training treebank (verb forms, noun tags, known words), the actor
 * gazetteer, the event patterns, the control verbs and the templates file.
 */
export function readNewsMaterial(train: readonly ConlluSentence[], nameWords: ReadonlyMap<string, number>, templatesFile = DEFAULT_NEWS_TEMPLATES): NewsMaterial {
  const templates = parseNewsTemplates(readFileSync(templatesFile, 'utf8'), 'data/syntax/news-templates.tsv');
  // What EWT says of each word: its verb forms by lemma, whether the lemma takes an object, its usual tag.
  const forms = new Map<string, Map<string, number>>();
  const tagOf = new Map<string, Map<string, number>>();
  const transitive = new Set<string>();
  const known = new Set<string>();
  for (const sentence of train) {
    for (const word of sentence.words) {
      const lower = word.form.toLowerCase();
      known.add(lower);
      count(tagOf, lower, word.xpos);
      if (word.upos === 'VERB' && /^[a-z]+$/.test(word.form)) count(forms, `${word.lemma.toLowerCase()}\t${word.xpos}`, word.form);
      if (word.deprel === 'obj') {
        const head = sentence.words[word.head - 1];
        if (head?.upos === 'VERB') transitive.add(head.lemma.toLowerCase());
      }
    }
  }
  const form = (lemma: string, xpos: string) => mostFrequent(forms.get(`${lemma}\t${xpos}`));

  const problems: string[] = [];
  const triggers = new Set<string>();
  for (const file of readdirSync(DEFAULT_PATTERN_DIR).filter((name) => name.endsWith('.jsonl')).sort()) {
    for (const pattern of parsePatternFile(readFileSync(join(DEFAULT_PATTERN_DIR, file), 'utf8'), file, problems)) {
      if (pattern.pos === 'verb') for (const lemma of pattern.trigger) if (/^[a-z]+$/.test(lemma) && transitive.has(lemma)) triggers.add(lemma);
    }
  }
  if (problems.length) throw new ParleyError('DATA_INVALID', `${problems.length} problem(s) in the event patterns`, problems);
  const lemmas = [...triggers].sort();
  const verbForms = (xpos: string) => [...new Set(lemmas.map((lemma) => form(lemma, xpos)).filter((f): f is string => f !== undefined))].sort();
  const subjectControl = [...loadLexicon().controlVerbs.subject].sort();

  const gazetteer = readGazetteerData();
  const names = (types: string[], kinds: string[] = ['country']) =>
    [...new Set(gazetteer.names.filter((entry) => types.includes(entry.type) && kinds.includes(entry.kind) && SIMPLE_NAME.test(entry.text)).map((entry) => entry.text))].sort();
  const agentsByTag = (xpos: string) =>
    [...new Set(gazetteer.agents.map((agent) => agent.text).filter((text) => /^[a-z]+$/.test(text) && mostFrequent(tagOf.get(text)) === xpos))].sort();
  const unseen = [...nameWords]
    .filter(([word, flags]) => flags & NAME_START && !(flags & NAME_DEMONYM) && /^[a-z]{4,}$/.test(word) && !known.has(word))
    .map(([word]) => word)
    .sort();
  const verbLike = unseen.filter((word) => /(ing|ed)$/.test(word));
  const nouns = templates.get('noun')!;
  return {
    countries: names(['name']),
    demonyms: names(['demonym']).filter((text) => !text.includes(' ') && (nameWords.get(text.toLowerCase()) ?? 0) & NAME_DEMONYM),
    places: names(['capital', 'place']).filter((text) => !text.includes(' ')),
    // As many verb-looking names as others, so that half the masked place names end in -ing/-ed.
    unseenPlaces: [...verbLike, ...unseen.filter((word) => !verbLike.includes(word)).slice(0, verbLike.length)].map((word) => word[0].toUpperCase() + word.slice(1)),
    singularAgents: agentsByTag('NN'),
    pluralAgents: agentsByTag('NNS'),
    pastVerbs: verbForms('VBD'),
    // Present forms EWT lacks are made by rule from base forms it has ("share" → "shares").
    presentVerbs: [...new Set([...verbForms('VBZ'), ...verbForms('VB').map(thirdPerson)])].sort(),
    baseVerbs: verbForms('VB'),
    controlVerbs: [...new Set(subjectControl.map((lemma) => form(lemma, 'VBD')).filter((f): f is string => f !== undefined))].sort(),
    pluralDeterminers: templates.get('plural-determiner')!,
    singularDeterminers: templates.get('singular-determiner')!,
    modifiers: templates.get('modifier')!,
    compounds: templates.get('compound')!,
    particleVerbs: templates.get('particle-verb')!,
    prepositions: templates.get('preposition')!,
    pluralNouns: nouns.filter((phrase) => phrase.xpos[0] === 'NNS').map((phrase) => phrase.words[0]),
    singularNouns: nouns.filter((phrase) => phrase.xpos[0] === 'NN').map((phrase) => phrase.words[0]),
    tails: templates.get('tail')!,
    placeAgents: templates.get('place-agent')!.map((phrase) => phrase.words[0]),
  };
}

/** Makes `count` tagged sentences from the material; `random` makes them repeatable. */
export function newsSentences(material: NewsMaterial, count: number, random: () => number): TaggedSentence[] {
  const pick = <T>(list: readonly T[]): T => list[Math.floor(random() * list.length)];
  const sentences: TaggedSentence[] = [];
  for (let n = 0; n < count; n++) {
    const words: string[] = [];
    const xpos: string[] = [];
    let masked: number | undefined;
    const add = (phrase: Phrase) => {
      // "a" before a vowel is "an" (the determiner is chosen before the word after it).
      if (words.at(-1) === 'a' && /^[aeio]/.test(phrase.words[0])) words[words.length - 1] = 'an';
      words.push(...phrase.words);
      xpos.push(...phrase.xpos);
    };
    const word = (text: string, tag: string) => add({ words: [text], xpos: [tag] });
    const country = (name = pick(material.countries)) => {
      const parts = name.split(' ');
      add({ words: parts, xpos: parts.map(() => 'NNP') });
    };
    const objectPhrase = () => {
      const kind = random();
      if (kind < 0.1) country();
      else if (kind < 0.2) {
        word(pick(material.demonyms), 'JJ');
        word(pick(material.pluralAgents), 'NNS');
      } else if (random() < 0.55) {
        if (random() < 0.7) add(pick(material.pluralDeterminers));
        if (random() < 0.35) add(pick(material.modifiers));
        else if (random() < 0.25) add(pick(material.compounds));
        word(pick(material.pluralNouns), 'NNS');
      } else {
        add(pick(material.singularDeterminers));
        if (random() < 0.35) add(pick(material.modifiers));
        word(pick(material.singularNouns), 'NN');
      }
    };
    // The subject, and whether it is singular (a present-tense verb may follow).
    let singular = false;
    const subject = random();
    if (subject < 0.35) {
      const name = pick(material.countries);
      if (!name.includes(' ') && random() < 0.3) masked = 0;
      country(name);
      singular = true;
    } else if (subject < 0.55) {
      word(pick(material.demonyms), 'JJ');
      word(pick(material.pluralAgents), 'NNS');
    } else if (subject < 0.7) {
      word('The', 'DT');
      word(pick(material.singularAgents), 'NN');
      singular = true;
    } else {
      // A place name opening the sentence before its officials: half of them unseen and masked.
      const unseen = random() < 0.5;
      const place = unseen ? pick(material.unseenPlaces) : pick(material.places);
      word(random() < 0.1 ? place.toUpperCase() : place, 'NNP');
      if (unseen) masked = 0;
      word(pick(material.placeAgents), 'NNS');
    }
    if (random() < 0.12) {
      word(pick(material.controlVerbs), 'VBD');
      word('to', 'TO');
      word(pick(material.baseVerbs), 'VB');
    } else if (random() < 0.1) add(pick(material.particleVerbs));
    else if (singular && random() < 0.2) word(pick(material.presentVerbs), 'VBZ');
    else word(pick(material.pastVerbs), 'VBD');
    objectPhrase();
    if (random() < 0.15) {
      add(pick(material.prepositions));
      country();
    }
    if (random() < 0.5) add(pick(material.tails));
    word('.', '.');
    sentences.push({ words, tags: xpos.map((tag) => `${UPOS[tag]}\t${tag}`), ...(masked !== undefined ? { masked } : {}) });
  }
  return sentences;
}
