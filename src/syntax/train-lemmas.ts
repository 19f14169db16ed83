import { mkdirSync, writeFileSync } from 'node:fs';
import { dirname, join, relative } from 'node:path';
import { parseArgs } from 'node:util';
import { runTrainingScript } from './training-script.ts';
import { DEFAULT_UD_ROOT } from '../core/paths.ts';
import { readConllu, type ConlluSentence } from './conllu.ts';
import {
  createLemmatizer,
  DEFAULT_LEMMA_TABLE_PATH,
  emptyLemmaTable,
  inflectionBase,
  serializeLemmaTable,
  type LemmaTable,
  type SuffixRule,
} from './lemmatize.ts';

/** Settings for learning a table; the defaults are the ones tuned on EWT dev. */
export interface LemmaTrainingOptions {
  /** Longest word ending a suffix rule may look at. */
  longestSuffix: number;
  /** A suffix rule is kept only if it fixes at least this many more word types than the rule it overrides. */
  minimumGain: number;
  /** Suffix rules learn only from word types seen at most this often, which behave most like unseen words. */
  rareTypeCount: number;
}

export const DEFAULT_LEMMA_TRAINING: LemmaTrainingOptions = { longestSuffix: 7, minimumGain: 3, rareTypeCount: 3 };

const PROPER_XPOS = new Set(['NNP', 'NNPS']);

/** Learns a lemma table from treebank sentences: suffix rules for unseen words, then the word exceptions. */
export function trainLemmaTable(sentences: ConlluSentence[], options: LemmaTrainingOptions = DEFAULT_LEMMA_TRAINING): LemmaTable {
  // (xpos, form) → lemma → count. "_" lemmas mark words EWT left unlemmatized (e-mail headers): not lemmas.
  const counts = new Map<string, Map<string, Map<string, number>>>();
  const proper = new Map<string, boolean>();
  for (const sentence of sentences) {
    for (const word of sentence.words) {
      if (word.lemma === '_' || word.form === '') continue;
      const byForm = entriesOf(counts, word.xpos);
      const lemmas = entriesOf(byForm, word.form);
      lemmas.set(word.lemma, (lemmas.get(word.lemma) ?? 0) + 1);
      if (word.upos === 'PROPN') proper.set(`${word.xpos}\t${word.form}`, true);
    }
  }

  const table = emptyLemmaTable();
  table.suffixes = learnSuffixRules(counts, options);

  // Lowercased entries first: one entry serves every casing of a word, including casings not yet seen.
  const withSuffixes = createLemmatizer(table);
  const uposOf = (xpos: string, form: string) => (proper.get(`${xpos}\t${form}`) ? 'PROPN' : '');
  for (const [xpos, byForm] of counts) {
    const groups = new Map<string, string[]>();
    for (const form of byForm.keys()) entriesOf(groups, form.toLowerCase(), () => [] as string[]).push(form);
    for (const [lower, forms] of groups) {
      const total = new Map<string, number>();
      let correctWithout = 0;
      for (const form of forms) {
        const lemmas = byForm.get(form)!;
        correctWithout += lemmas.get(withSuffixes.lemmatize(form, uposOf(xpos, form), xpos)) ?? 0;
        for (const [lemma, count] of lemmas) total.set(lemma, (total.get(lemma) ?? 0) + count);
      }
      const [best, correctWith] = mostFrequent(total);
      if (correctWith > correctWithout) entriesOf(table.lowercaseForms, xpos).set(lower, best);
    }
  }

  // Then exact forms wherever a casing still comes out wrong.
  const withLowercase = createLemmatizer(table);
  for (const [xpos, byForm] of counts) {
    for (const [form, lemmas] of byForm) {
      const predicted = withLowercase.lemmatize(form, uposOf(xpos, form), xpos);
      const [best, count] = mostFrequent(lemmas);
      if (best !== predicted && count > (lemmas.get(predicted) ?? 0)) entriesOf(table.forms, xpos).set(form, best);
    }
  }
  return table;
}

/**
 * Learns, per XPOS, which word endings the general rules get wrong and what edit fixes them.
 * Endings are visited shortest first; an ending keeps its own rule only when that rule beats the
 * one it would inherit from its longest shorter ending by `minimumGain` word types.
 */
function learnSuffixRules(
  counts: Map<string, Map<string, Map<string, number>>>,
  options: LemmaTrainingOptions,
): Map<string, Map<string, SuffixRule>> {
  const suffixes = new Map<string, Map<string, SuffixRule>>();
  for (const [xpos, byForm] of counts) {
    // Word types by lowercased form, with their majority lemma.
    const types = new Map<string, { cased: string; lemma: string; count: number }>();
    for (const [form, lemmas] of byForm) {
      const [lemma, count] = mostFrequent(lemmas);
      const lower = form.toLowerCase();
      const seen = types.get(lower);
      if (seen) seen.count += count;
      else types.set(lower, { cased: PROPER_XPOS.has(xpos) ? form : lower, lemma, count });
    }

    // Per ending: how many rare types the general rules get right, and how many each edit gets right.
    const nodes = new Map<string, { rules: number; edits: Map<string, number> }>();
    for (const [lower, type] of types) {
      if (type.count > options.rareTypeCount) continue;
      const gold = type.lemma.toLowerCase();
      const rulesRight = inflectionBase(type.cased, xpos).toLowerCase() === gold;
      const edit = editBetween(lower, gold);
      for (let length = 1; length <= Math.min(options.longestSuffix, lower.length - 1); length++) {
        const suffix = lower.slice(lower.length - length);
        let node = nodes.get(suffix);
        if (!node) nodes.set(suffix, (node = { rules: 0, edits: new Map() }));
        if (rulesRight) node.rules++;
        if (edit) node.edits.set(edit, (node.edits.get(edit) ?? 0) + 1);
      }
    }

    const decisions = new Map<string, string>(); // effective decision per ending: "rules" or "strip:append"
    const kept = new Map<string, SuffixRule>();
    const scoreOf = (node: { rules: number; edits: Map<string, number> }, decision: string) =>
      decision === 'rules' ? node.rules : (node.edits.get(decision) ?? 0);
    const endings = [...nodes.keys()].sort((a, b) => a.length - b.length);
    for (const suffix of endings) {
      const node = nodes.get(suffix)!;
      const inherited = suffix.length > 1 ? decisions.get(suffix.slice(1)) ?? 'rules' : 'rules';
      let best = 'rules';
      let bestScore = node.rules;
      for (const [edit, score] of node.edits) {
        if (score > bestScore) [best, bestScore] = [edit, score];
      }
      if (best !== inherited && bestScore - scoreOf(node, inherited) >= options.minimumGain) {
        decisions.set(suffix, best);
        kept.set(suffix, best === 'rules' ? 'rules' : parseEdit(best));
      } else {
        decisions.set(suffix, inherited);
      }
    }
    if (kept.size) suffixes.set(xpos, kept);
  }
  return suffixes;
}

/** The edit that turns `form` into `lemma` at its end, as "strip:append"; undefined when the lemma keeps too little of the form. */
function editBetween(form: string, lemma: string): string | undefined {
  let shared = 0;
  while (shared < form.length && shared < lemma.length && form[shared] === lemma[shared]) shared++;
  if (shared === 0) return undefined;
  return `${form.length - shared}:${lemma.slice(shared)}`;
}

function parseEdit(edit: string): SuffixRule {
  const colon = edit.indexOf(':');
  return { strip: Number(edit.slice(0, colon)), append: edit.slice(colon + 1) };
}

function mostFrequent(counts: Map<string, number>): [string, number] {
  let best = '';
  let bestCount = -1;
  for (const [key, count] of counts) {
    if (count > bestCount || (count === bestCount && key < best)) [best, bestCount] = [key, count];
  }
  return [best, bestCount];
}

function entriesOf<K, V>(maps: Map<K, V>, key: K, create: () => V = () => new Map() as V): V {
  let entries = maps.get(key);
  if (entries === undefined) maps.set(key, (entries = create()));
  return entries;
}


function main(argv: string[]): void {
  const { values } = parseArgs({
    args: argv,
    options: {
      ud: { type: 'string', default: DEFAULT_UD_ROOT },
      out: { type: 'string', default: DEFAULT_LEMMA_TABLE_PATH },
    },
  });
  const train = join(values.ud!, 'UD_English-EWT', 'en_ewt-ud-train.conllu');
  const started = performance.now();
  const table = trainLemmaTable(readConllu(train));
  const buffer = serializeLemmaTable(table);
  mkdirSync(dirname(values.out!), { recursive: true });
  writeFileSync(values.out!, buffer);
  const size = (maps: Map<string, Map<string, unknown>>) => [...maps.values()].reduce((sum, map) => sum + map.size, 0);
  console.log(
    `${relative(process.cwd(), values.out!)}: ${(buffer.length / 1024).toFixed(1)} KiB ` +
      `(${size(table.forms)} exact forms, ${size(table.lowercaseForms)} lowercased forms, ${size(table.suffixes)} suffix rules) ` +
      `from ${relative(process.cwd(), train)} in ${((performance.now() - started) / 1000).toFixed(1)} s`,
  );
}

runTrainingScript(import.meta.url, main);
