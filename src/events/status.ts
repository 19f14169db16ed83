import * as chrono from 'chrono-node';
import type { Document, Mention } from '../core/document.ts';
import type { ActorRef, EventStatus, Modality } from '../core/event.ts';
import type { Span } from '../core/span.ts';
import type { Tree } from '../syntax/tree.ts';
import type { StatusCues } from './cues.ts';

/** An event's status and date, with the words behind each judgement. */
export interface StatusJudgement {
  status: EventStatus;
  date?: string;
}

/** What status judging needs to know about one event. */
export interface StatusInput {
  doc: Document;
  tree: Tree;
  sentence: number;
  trigger: number;
  mentions: readonly Mention[];
  toRef: (mention: Mention) => ActorRef;
}

// Relations that keep a word inside the clause of the event it modifies.
const CLAUSE_INTERNAL = new Set(['xcomp', 'obj', 'nsubj', 'nsubj:pass', 'obl', 'nmod', 'conj', 'iobj']);

/** Path from `i` to the root: [i, head(i), head(head(i)), ...]. */
function pathToRoot(tree: Tree, i: number): number[] {
  const path = [i];
  let node = i;
  for (let guard = 0; guard < tree.tokens.length; guard++) {
    const head = tree.tokens[node].head ?? -1;
    if (head < 0) break;
    path.push(head);
    node = head;
  }
  return path;
}

/** The trigger and the words of its own clause above it (the verb of a noun trigger, the governor of an xcomp). */
function clauseChain(tree: Tree, i: number): number[] {
  const chain = [i];
  let node = i;
  for (let guard = 0; guard < 4; guard++) {
    const head = tree.tokens[node].head ?? -1;
    const relation = tree.tokens[node].deprel ?? '';
    if (head < 0 || !CLAUSE_INTERNAL.has(relation)) break;
    // A noun trigger's clause is its verb's; a verb's own clause ends at its head unless it is an xcomp.
    const upos = tree.tokens[node].upos;
    if (upos === 'VERB' && relation !== 'xcomp') break;
    chain.push(head);
    node = head;
  }
  return chain;
}

function spanOf(tree: Tree, first: number, last: number): Span {
  return tree.span(first, last);
}

function evidence(tree: Tree, token: number, rule: string): Span & { rule: string } {
  return { ...spanOf(tree, token, token), rule };
}

/** The subject of a speech or belief verb, as an actor when it is one, else as its words. */
function speakerOf(input: StatusInput, verb: number, cues: StatusCues): EventStatus['speaker'] {
  const { tree, mentions, toRef } = input;
  const subjects = tree.dependents(verb, 'nsubj');
  const agents = tree.dependents(verb, 'obl').filter((child) => tree.markers(child).includes('according'));
  const token = subjects[0] ?? agents[0];
  if (token === undefined) return undefined;
  const [first, last] = tree.extent(token, (child) => !['acl', 'acl:relcl', 'advcl', 'ccomp', 'parataxis'].includes(tree.tokens[child].deprel ?? ''));
  const span = spanOf(tree, first, last);
  const actor = mentions.filter((m) => m.start >= span.start && m.end <= span.end).sort((a, b) => b.end - b.start - (a.end - a.start))[0];
  if (actor && !cues.unnamedSources.has(tree.lemma(token))) return toRef(actor);
  return { ...span, text: input.doc.text.slice(span.start, span.end) };
}

function negation(input: StatusInput, chain: number[], cues: StatusCues): (Span & { rule: string }) | undefined {
  const { tree } = input;
  for (const node of chain) {
    for (const child of tree.children[node]) {
      const relation = tree.relation(child);
      const lemma = tree.lemma(child);
      if ((relation === 'advmod' || relation === 'det' || relation === 'cc') && cues.negation.has(lemma)) {
        // "not only ... but also" affirms.
        const next = tree.tokens[child + 1];
        if (next && next.form.toLowerCase() === 'only') continue;
        return evidence(tree, child, `negation:${lemma}`);
      }
    }
  }
  const top = chain[chain.length - 1];
  const head = tree.tokens[top].head ?? -1;
  const relation = tree.tokens[top].deprel ?? '';
  if (head >= 0 && ['xcomp', 'ccomp', 'obj', 'advcl'].includes(relation) && cues.negatingVerbs.has(tree.lemma(head))) {
    return evidence(tree, head, `negating-verb:${tree.lemma(head)}`);
  }
  if (tree.markers(chain[0]).includes('without')) return evidence(tree, chain[0], 'negation:without');
  return undefined;
}

function modality(input: StatusInput, chain: number[], path: number[], cues: StatusCues): { modality: Modality; evidence?: Span & { rule: string } } {
  const { tree } = input;
  for (const node of path) {
    if (cues.belief.has(tree.lemma(node)) && node !== chain[0]) return { modality: 'speculative', evidence: evidence(tree, node, `belief:${tree.lemma(node)}`) };
  }
  for (const node of chain) {
    for (const child of tree.dependents(node, 'aux', 'advmod')) {
      const lemma = tree.lemma(child);
      const form = tree.tokens[child].form.toLowerCase();
      if (cues.future.has(lemma) || cues.future.has(form)) return { modality: 'future', evidence: evidence(tree, child, `future:${form}`) };
      if (cues.hypothetical.has(lemma) || cues.hypothetical.has(form)) return { modality: 'hypothetical', evidence: evidence(tree, child, `hypothetical:${form}`) };
    }
  }
  for (const child of tree.dependents(chain[0], 'amod', 'det')) {
    const lemma = tree.lemma(child);
    if (cues.hypotheticalModifiers.has(lemma)) return { modality: lemma === 'future' ? 'future' : 'hypothetical', evidence: evidence(tree, child, `modifier:${lemma}`) };
  }
  const top = chain[chain.length - 1];
  const head = tree.tokens[top].head ?? -1;
  if (head >= 0 && tree.tokens[top].deprel === 'xcomp' && cues.intent.has(tree.lemma(head))) {
    return { modality: 'intended', evidence: evidence(tree, head, `intent:${tree.lemma(head)}`) };
  }
  return { modality: 'actual' };
}

// Multi-word condition markers, as lower-case word sequences.
const CONDITION_PHRASES = [['provided', 'that'], ['providing', 'that'], ['on', 'condition', 'that'], ['as', 'long', 'as'], ['only', 'if'], ['provided'], ['providing']];

function condition(input: StatusInput, path: number[], cues: StatusCues): (Span & { rule: string }) | undefined {
  const { tree } = input;
  const onPath = new Set(path);
  for (const node of path) {
    for (const child of tree.dependents(node, 'advcl')) {
      if (onPath.has(child)) continue;
      const markers = tree.markers(child);
      const lemma = tree.lemma(child);
      const marker = markers.find((m) => cues.conditions.has(m)) ?? (cues.conditions.has(lemma) ? lemma : undefined);
      if (!marker) continue;
      if (cues.notConditionHeads.has(tree.lemma(node)) && marker === 'if') continue;
      // For "provided (that) ...", the condition is the clause under "provided".
      const body = cues.conditions.has(lemma) ? (tree.dependents(child, 'ccomp', 'advcl')[0] ?? child) : child;
      const [first, last] = tree.extent(body, (c) => tree.tokens[c].deprel !== 'punct' || c < body);
      const skip = (k: number) => tree.relation(k) === 'mark' || tree.relation(k) === 'punct';
      let from = first;
      while (from < last && skip(from)) from++;
      return { ...spanOf(tree, from, last), rule: `condition:${marker}` };
    }
  }
  // The parser often misattaches "provided that"; read such phrases from the words after the trigger.
  const words = tree.tokens.map((token) => token.form.toLowerCase());
  for (let k = path[0] + 1; k < words.length; k++) {
    for (const phrase of CONDITION_PHRASES) {
      if (phrase.every((word, offset) => words[k + offset] === word)) {
        let from = k + phrase.length;
        let last = words.length - 1;
        while (last > from && tree.tokens[last].upos === 'PUNCT') last--;
        if (from > last) continue;
        return { ...spanOf(tree, from, last), rule: `condition:${phrase.join('-')}` };
      }
    }
  }
  return undefined;
}

function reported(input: StatusInput, path: number[], cues: StatusCues): { speaker?: EventStatus['speaker']; evidence: Span & { rule: string } } | undefined {
  const { tree } = input;
  for (let k = 1; k < path.length; k++) {
    const node = path[k];
    const via = tree.tokens[path[k - 1]].deprel ?? '';
    const lemma = tree.lemma(node);
    if ((cues.speech.has(lemma) || cues.belief.has(lemma)) && ['ccomp', 'parataxis', 'xcomp', 'advcl', 'obj'].includes(via.split(':')[0])) {
      return { speaker: speakerOf(input, node, cues), evidence: evidence(tree, node, `speech:${lemma}`) };
    }
  }
  for (const node of path) {
    for (const child of tree.dependents(node, 'parataxis')) {
      if (cues.speech.has(tree.lemma(child))) return { speaker: speakerOf(input, child, cues), evidence: evidence(tree, child, `speech:${tree.lemma(child)}`) };
    }
    for (const child of tree.dependents(node, 'obl')) {
      if (tree.markers(child).includes('according')) {
        const span = spanOf(tree, ...tree.extent(child));
        return { speaker: { ...span, text: input.doc.text.slice(span.start, span.end) }, evidence: { ...span, rule: 'according-to' } };
      }
    }
  }
  return undefined;
}

function publishedYear(doc: Document): number | undefined {
  return doc.published ? Number(doc.published.slice(0, 4)) : undefined;
}

function historical(input: StatusInput, chain: number[], path: number[], cues: StatusCues): (Span & { rule: string }) | undefined {
  const { tree, doc } = input;
  for (const node of path) {
    if (tree.markers(node).includes('since')) {
      let [first, last] = tree.extent(node);
      while (first < last && tree.tokens[first].upos === 'PUNCT') first++;
      while (last > first && tree.tokens[last].upos === 'PUNCT') last--;
      return { ...spanOf(tree, first, last), rule: 'since' };
    }
  }
  for (const node of chain) {
    const aux = tree.dependents(node, 'aux');
    if (tree.tokens[node].xpos === 'VBN' && aux.some((a) => tree.tokens[a].form.toLowerCase() === cues.pluperfect)) {
      return { ...evidence(tree, aux[0], 'pluperfect') };
    }
  }
  for (const child of tree.dependents(chain[0], 'amod', 'advmod')) {
    if (cues.historicalMarkers.has(tree.lemma(child))) return evidence(tree, child, `marker:${tree.lemma(child)}`);
  }
  const year = publishedYear(doc);
  if (year !== undefined) {
    // A year before the report's, in the event's own clause ("in 2018"), dates it to the past.
    for (const node of chain) {
      for (const child of tree.dependents(node, 'obl', 'nmod', 'nummod', 'compound', 'obl:tmod')) {
        const [first, last] = tree.extent(child);
        for (let k = first; k <= last; k++) {
          const form = tree.tokens[k].form;
          if (/^(1[89]|20)\d\d$/.test(form) && Number(form) < year && tree.tokens[k].upos === 'NUM') {
            return { ...spanOf(tree, first, last), rule: `year:${form}` };
          }
        }
      }
    }
  }
  return undefined;
}

/** The event's date from the sentence's time expressions, resolved against the publication date. */
function eventDate(input: StatusInput, chain: number[], isHistorical: boolean, modality: Modality): string | undefined {
  const { doc, tree } = input;
  const sentence = doc.sentences![input.sentence];
  const published = doc.published ? new Date(`${doc.published}T12:00:00Z`) : undefined;
  const text = doc.text.slice(sentence.start, sentence.end);
  const results = published ? chrono.parse(text, { instant: published, timezone: 'UTC' }) : chrono.parse(text);
  const at = tree.tokens[input.trigger].start - sentence.start;
  const near = results
    .filter((result) => /\d|day|week|month|year|yesterday|today|tonight|ago/i.test(result.text))
    .sort((a, b) => Math.abs(a.index - at) - Math.abs(b.index - at))[0];
  if (near) {
    const date = near.start.date();
    const past = chain.some((node) => tree.tokens[node].xpos === 'VBD' || tree.tokens[node].xpos === 'VBN');
    // A weekday named in a past-tense report is the last one before publication, not the next.
    if (published && past && date > published && !near.start.isCertain('year') && !near.start.isCertain('month')) {
      date.setUTCDate(date.getUTCDate() - 7);
    }
    const iso = date.toISOString();
    if (near.start.isCertain('day')) return iso.slice(0, 10);
    if (near.start.isCertain('month')) return iso.slice(0, 7);
    if (near.start.isCertain('year')) return iso.slice(0, 4);
  }
  // A bare year in the trigger's own phrase ("the 2018 sanctions") dates a background event.
  const [first, last] = tree.extent(input.trigger, (child) => tree.relation(child) !== 'conj');
  const phrase = doc.text.slice(tree.tokens[first].start, tree.tokens[last].end);
  const year = /\b(1[89]|20)\d\d\b/.exec(phrase);
  if (year && isHistorical) return year[0];
  if (!isHistorical && modality === 'actual') return doc.published;
  return undefined;
}

/** Judges polarity, modality, condition, reporting, historicity and date for one event. */
export function judgeStatus(input: StatusInput, cues: StatusCues): StatusJudgement {
  const { tree, trigger } = input;
  const chain = clauseChain(tree, trigger);
  const path = pathToRoot(tree, trigger);
  const negative = negation(input, chain, cues);
  const mode = modality(input, chain, path, cues);
  const conditionSpan = condition(input, path, cues);
  const report = reported(input, path, cues);
  const past = historical(input, chain, path, cues);
  const status: EventStatus = {
    polarity: negative ? 'negative' : 'positive',
    modality: mode.modality,
    conditional: conditionSpan !== undefined,
    reported: report !== undefined,
    historical: past !== undefined,
    evidence: {},
  };
  if (conditionSpan) status.condition = { start: conditionSpan.start, end: conditionSpan.end };
  if (report?.speaker) status.speaker = report.speaker;
  if (past) status.anchor = { start: past.start, end: past.end };
  if (negative) status.evidence.polarity = negative;
  if (mode.evidence) status.evidence.modality = mode.evidence;
  if (report) status.evidence.reported = report.evidence;
  if (past) status.evidence.historical = past;
  const date = eventDate(input, chain, status.historical, status.modality);
  return date ? { status, date } : { status };
}
