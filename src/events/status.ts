import * as chrono from 'chrono-node';
import type { Document, Mention } from '../core/document.ts';
import { toActorRef, type EventStatus, type Modality } from '../core/event.ts';
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
}

type Evidence = Span & { rule: string };

// Relations that keep a word inside the clause of the event it modifies.
const CLAUSE_INTERNAL = new Set(['xcomp', 'obj', 'nsubj', 'nsubj:pass', 'obl', 'nmod', 'conj', 'iobj']);
// Relations that open a clause of its own: a word below one belongs to another event.
const CLAUSE_OPENING = new Set(['ccomp', 'advcl', 'acl', 'conj', 'parataxis', 'csubj', 'xcomp', 'list', 'appos', 'dep']);
// Prepositions that make a phrase with a year a time expression ("in 2003", not "about the 1998 agreement").
const TEMPORAL_CASES = new Set(['in', 'during', 'since', 'until', 'till', 'by', 'before', 'after', 'from', 'through', 'throughout', 'between', 'around', 'circa', 'as of', 'of']);
// Multi-word condition markers, as lower-case word sequences.
const CONDITION_PHRASES = [['provided', 'that'], ['providing', 'that'], ['on', 'condition', 'that'], ['as', 'long', 'as'], ['only', 'if'], ['provided'], ['providing']];
// Auxiliaries that open an inverted condition ("Should the sanctions be lifted, ...").
const INVERSION_AUXILIARIES = new Set(['should', 'had', 'were']);
// Time words that make a chrono result a time expression worth dating by.
const TIME_WORD = /\d|day|week|month|year|yesterday|today|tonight|ago|morning|afternoon|evening|night|january|february|march|april|may|june|july|august|september|october|november|december|spring|summer|autumn|fall|winter/i;
const WEEKDAY_RELATIVE = /\b(last|next|this|coming|past|previous)\b/i;
const YEAR = /^(1[89]|20)\d\d$/;
const CLOSING = new Set([')', ']', '}']);

function isNoun(tree: Tree, i: number): boolean {
  const upos = tree.tokens[i].upos;
  return upos === 'NOUN' || upos === 'PROPN';
}

/** The trigger and the words of its own clause above it (the verb of a noun trigger, the governor of an xcomp). */
function clauseChain(tree: Tree, i: number): number[] {
  const chain = [i];
  let node = i;
  for (let guard = 0; guard < 4; guard++) {
    const head = tree.head(node);
    const relation = tree.tokens[node].deprel;
    if (head < 0 || !(CLAUSE_INTERNAL.has(relation) || relation === 'acl')) break;
    if (relation === 'acl' && !tree.markers(node).includes('to')) break;
    // A noun trigger's clause is its verb's; a verb's own clause ends at its head unless it is an xcomp.
    const upos = tree.tokens[node].upos;
    // "no plans to impose": the infinitive of a noun belongs to the noun's clause.
    const infinitive = relation === 'acl' && tree.markers(node).includes('to');
    if ((upos === 'VERB' || upos === 'AUX') && relation !== 'xcomp' && !infinitive) break;
    // A noun's conjunct is another noun event, not the clause's verb.
    if (relation === 'conj' && !isNoun(tree, head)) break;
    chain.push(head);
    node = head;
  }
  return chain;
}

/** A verb's lemma with its particle ("rule out"), and without. */
function verbLemmas(tree: Tree, i: number): string[] {
  const lemma = tree.lemma(i);
  const particle = tree.dependents(i, 'compound:prt')[0];
  return particle === undefined ? [lemma] : [`${lemma} ${tree.lemma(particle)}`, lemma];
}

function hasLemma(tree: Tree, i: number, set: Set<string>): string | undefined {
  return verbLemmas(tree, i).find((lemma) => set.has(lemma));
}

function evidence(tree: Tree, token: number, rule: string): Evidence {
  return { ...tree.span(token, token), rule };
}

/** The span of `i`'s subtree without leading and trailing punctuation, and without the words `drop` rejects at the edges. */
function trimmedSpan(tree: Tree, i: number, drop: (k: number) => boolean = () => false, follow?: (child: number) => boolean): Span {
  let [first, last] = tree.extent(i, follow);
  while (first < last && (tree.tokens[first].upos === 'PUNCT' || drop(first))) first++;
  // Closing brackets stay: "(JCPOA)".
  while (last > first && tree.tokens[last].upos === 'PUNCT' && !CLOSING.has(tree.tokens[last].form)) last--;
  return tree.span(first, last);
}

/** Whether `node` reaches `ancestor` by heads without opening a clause of its own on the way. */
function attachedTo(tree: Tree, node: number, targets: Set<number>): number | undefined {
  let k = node;
  for (let guard = 0; guard < tree.tokens.length; guard++) {
    const head = tree.head(k);
    if (head < 0) return undefined;
    if (targets.has(head)) return k;
    if (CLAUSE_OPENING.has(tree.relation(k))) return undefined;
    k = head;
  }
  return undefined;
}

/** The subject of a speech or belief verb, as an actor when it names one, else as its words. */
function speakerOf(input: StatusInput, verb: number, cues: StatusCues): EventStatus['speaker'] {
  const { tree } = input;
  // "Iran is reported to have ...": the passive subject is what is reported, not who reports it.
  const subjects = tree.dependents(verb, 'nsubj').filter((child) => tree.tokens[child].deprel !== 'nsubj:pass');
  const agents = tree.dependents(verb, 'obl').filter((child) => tree.markers(child).includes('by'));
  const token = subjects[0] ?? agents[0];
  if (token === undefined || tree.tokens[token].upos === 'PRON' && tree.lemma(token) === 'it') return undefined;
  return speakerPhrase(input, token, cues);
}

/** A speaker noun phrase: the largest actor in it when it names one, else its words. */
function speakerPhrase(input: StatusInput, token: number, cues: StatusCues): EventStatus['speaker'] {
  const { tree, mentions } = input;
  const follow = (child: number) =>
    !['acl', 'acl:relcl', 'advcl', 'ccomp', 'parataxis', 'punct'].includes(tree.tokens[child].deprel) &&
    !(tree.tokens[child].head === token && tree.relation(child) === 'case');
  const span = trimmedSpan(tree, token, () => false, follow);
  const actor = mentions
    .filter((m) => m.start >= span.start && m.end <= span.end)
    .sort((a, b) => b.end - b.start - (a.end - a.start))[0];
  if (actor && (actor.country || !cues.unnamedSources.has(tree.lemma(token)))) return toActorRef(actor);
  return { ...span, text: input.doc.text.slice(span.start, span.end) };
}

/** A negation word attached to `node` ("not", "never", "no"), except "not only". */
function negationWord(tree: Tree, node: number, cues: StatusCues): number | undefined {
  for (const child of tree.children[node]) {
    const relation = tree.relation(child);
    if ((relation === 'advmod' || relation === 'det' || relation === 'cc') && cues.negation.has(tree.lemma(child))) {
      // "not only ... but also" affirms.
      const next = tree.tokens[child + 1];
      if (next && next.form.toLowerCase() === 'only') continue;
      return child;
    }
  }
  return undefined;
}

/** A subject that denies the event of its verb: "Neither Iran nor Iraq", "No country". */
function negatedSubject(tree: Tree, node: number, cues: StatusCues): number | undefined {
  for (const subject of tree.children[node]) {
    if (tree.tokens[subject].deprel !== 'nsubj' && tree.tokens[subject].deprel !== 'nsubj:pass') continue;
    const word = tree.children[subject].find((child) => {
      const lemma = tree.lemma(child);
      return (lemma === 'neither' && ['cc', 'det', 'advmod', 'cc:preconj'].includes(tree.tokens[child].deprel)) || (lemma === 'no' && tree.relation(child) === 'det');
    });
    if (word !== undefined) return word;
  }
  return undefined;
}

/** "no longer": a negated degree adverb. */
function noLonger(tree: Tree, node: number, cues: StatusCues): number | undefined {
  for (const adverb of tree.dependents(node, 'advmod')) {
    if (tree.tokens[adverb].form.toLowerCase() !== 'longer') continue;
    const word = tree.dependents(adverb, 'advmod', 'det').find((child) => cues.negation.has(tree.lemma(child)));
    if (word !== undefined) return word;
  }
  return undefined;
}

/** The part of the clause chain whose negation negates the event: a noun event takes only a support verb's. */
function polarityChain(tree: Tree, chain: number[], cues: StatusCues): number[] {
  const kept = [chain[0]];
  for (let k = 1; k < chain.length; k++) {
    const below = chain[k - 1];
    if (isNoun(tree, below) && !isNoun(tree, chain[k])) {
      const lemma = hasLemma(tree, chain[k], cues.supportVerbs) ?? hasLemma(tree, chain[k], cues.negatingVerbs);
      if (!lemma) break;
    }
    kept.push(chain[k]);
  }
  return kept;
}

function negation(input: StatusInput, chain: number[], cues: StatusCues): Evidence | undefined {
  const { tree } = input;
  const polar = polarityChain(tree, chain, cues);
  let found: Evidence | undefined;
  let flips = 0;
  for (const node of polar) {
    const word = negationWord(tree, node, cues) ?? negatedSubject(tree, node, cues) ?? noLonger(tree, node, cues);
    if (word !== undefined) {
      flips++;
      found ??= evidence(tree, word, `negation:${tree.lemma(word)}`);
    }
  }
  // A verb above the event that says it did not happen: "denied attacking", "failed to", "declined to hold talks".
  const governors = polar.slice(1);
  const top = polar[polar.length - 1];
  const head = tree.head(top);
  if (head >= 0 && ['xcomp', 'ccomp', 'obj', 'advcl'].includes(tree.relation(top))) governors.push(head);
  for (const node of governors) {
    const lemma = hasLemma(tree, node, cues.negatingVerbs);
    if (lemma) {
      flips++;
      found ??= evidence(tree, node, `negating-verb:${lemma}`);
      // "did not deny attacking": the negation of the negating verb is counted once, above.
      if (!polar.includes(node) && negationWord(tree, node, cues) !== undefined) flips++;
    }
    // "has yet to respond".
    if (cues.yetVerbs.has(tree.lemma(node)) && tree.dependents(node, 'advmod').some((child) => tree.lemma(child) === 'yet')) {
      flips++;
      found ??= evidence(tree, node, 'yet-to');
    }
  }
  if (tree.markers(chain[0]).includes('without')) {
    flips++;
    found ??= evidence(tree, chain[0], 'negation:without');
  }
  return flips % 2 === 1 ? found : undefined;
}

interface Report {
  speaker?: EventStatus['speaker'];
  evidence: Evidence;
  /** The report is in the past tense ("said"): its "would" and "had" are shifted back. */
  past: boolean;
  /** The reporting verb is one of belief ("analysts believe"): the event is speculative. */
  belief: boolean;
}

function reported(input: StatusInput, path: number[], cues: StatusCues): Report | undefined {
  const { tree } = input;
  const pastTense = (k: number) => tree.tokens[k].xpos === 'VBD' || tree.tokens[k].xpos === 'VBN';
  for (let k = 1; k < path.length; k++) {
    const node = path[k];
    const via = tree.relation(path[k - 1]);
    const speech = hasLemma(tree, node, cues.speech);
    // A belief verb reports only what its subject holds ("analysts believe ..."), not a raising verb ("appears to").
    const belief = cues.belief.has(tree.lemma(node)) && (via === 'ccomp' || via === 'parataxis') && tree.dependents(node, 'nsubj').some((s) => tree.lemma(s) !== 'it' && tree.tokens[s].deprel !== 'nsubj:pass');
    if ((speech && ['ccomp', 'parataxis', 'xcomp', 'advcl', 'obj'].includes(via)) || belief) {
      return { speaker: speakerOf(input, node, cues), evidence: evidence(tree, node, `${speech ? 'speech' : 'belief'}:${speech ?? tree.lemma(node)}`), past: pastTense(node), belief: !speech };
    }
  }
  const trigger = path[0];
  for (const node of path) {
    for (const child of tree.children[node]) {
      const relation = tree.relation(child);
      // "..., the ministry said", "..., diplomats believe": a speech or belief verb after the event with nothing said of its own.
      if ((relation === 'parataxis' || relation === 'ccomp') && child > trigger) {
        const speech = hasLemma(tree, child, cues.speech);
        const belief = !speech && cues.belief.has(tree.lemma(child)) && tree.dependents(child, 'nsubj').length > 0;
        if (!speech && !belief) continue;
        if (tree.dependents(child, 'ccomp', 'obj', 'xcomp').length || tree.markers(child).length) continue;
        return { speaker: speakerOf(input, child, cues), evidence: evidence(tree, child, `${speech ? 'speech' : 'belief'}:${speech ?? tree.lemma(child)}`), past: pastTense(child), belief };
      }
      if (relation === 'obl' && tree.markers(child).some((m) => m === 'according' || m === 'accord')) {
        const span = trimmedSpan(tree, child);
        return { speaker: speakerPhrase(input, child, cues), evidence: { ...span, rule: 'according-to' }, past: false, belief: false };
      }
    }
  }
  return undefined;
}

function condition(input: StatusInput, path: number[], cues: StatusCues): Evidence | undefined {
  const { tree } = input;
  const onPath = new Set(path);
  const leading = (k: number) => tree.relation(k) === 'mark' || tree.relation(k) === 'punct' || (tree.relation(k) === 'advmod' && ['only', 'even', 'just'].includes(tree.lemma(k)));
  for (const node of path) {
    for (const child of tree.dependents(node, 'advcl')) {
      if (onPath.has(child)) continue;
      const markers = tree.markers(child);
      const lemma = tree.lemma(child);
      const marker = markers.find((m) => cues.conditions.has(m)) ?? (cues.conditions.has(lemma) ? lemma : undefined);
      if (marker) {
        if (cues.notConditionHeads.has(tree.lemma(node)) && marker === 'if') continue;
        // "even if" concedes: the event holds either way.
        if (tree.dependents(child, 'advmod').some((a) => tree.lemma(a) === 'even' && a < child)) continue;
        // For "provided (that) ...", the condition is the clause under "provided".
        const body = cues.conditions.has(lemma) ? (tree.dependents(child, 'ccomp', 'advcl')[0] ?? child) : child;
        return { ...trimmedSpan(tree, body, leading), rule: `condition:${marker}` };
      }
      // "Should the sanctions be lifted, ...": an inverted auxiliary before the subject.
      const [first] = tree.extent(child);
      const subject = tree.dependents(child, 'nsubj', 'nsubj:pass')[0];
      if (!markers.length && tree.relation(first) === 'aux' && tree.tokens[first].head === child && INVERSION_AUXILIARIES.has(tree.tokens[first].form.toLowerCase()) && subject !== undefined && subject > first) {
        return { ...trimmedSpan(tree, child, (k) => k === first), rule: `condition:inverted-${tree.tokens[first].form.toLowerCase()}` };
      }
    }
  }
  // The parser often misattaches "provided that"; read such phrases from the words after the trigger,
  // when they hang in the event's own clause and introduce a clause of their own.
  const words = tree.tokens.map((token) => token.form.toLowerCase());
  for (let k = path[0] + 1; k < words.length; k++) {
    for (const phrase of CONDITION_PHRASES) {
      if (!phrase.every((word, offset) => words[k + offset] === word)) continue;
      const from = k + phrase.length;
      let last = words.length - 1;
      while (last > from && tree.tokens[last].upos === 'PUNCT') last--;
      if (from > last) continue;
      if (!inClause(tree, k, onPath)) continue;
      let clause = false;
      for (let j = from; j <= last; j++) if (tree.tokens[j].upos === 'VERB' || tree.tokens[j].upos === 'AUX') clause = true;
      if (!clause) continue;
      return { ...tree.span(from, last), rule: `condition:${phrase.join('-')}` };
    }
  }
  return undefined;
}

/** Whether token `k` hangs, through at most one clause (the condition's own), on the event's path, not on another clause's verb. */
function inClause(tree: Tree, k: number, onPath: Set<number>): boolean {
  let node = k;
  for (let guard = 0; guard < tree.tokens.length; guard++) {
    const head = tree.head(node);
    if (head < 0) return false;
    if (onPath.has(head)) return true;
    // Another event's clause (a coordinated or embedded verb) claims the phrase.
    if ((tree.relation(head) === 'conj' || tree.relation(head) === 'parataxis' || tree.relation(head) === 'acl') && !onPath.has(head)) return false;
    node = head;
  }
  return false;
}

function modality(input: StatusInput, chain: number[], path: number[], cues: StatusCues, report: Report | undefined, conditional: boolean): { modality: Modality; evidence?: Evidence } {
  const { tree } = input;
  if (report?.belief) return { modality: 'speculative', evidence: report.evidence };
  for (let k = 1; k < path.length; k++) {
    const node = path[k];
    const lemma = tree.lemma(node);
    if (!cues.belief.has(lemma)) continue;
    // "expects to hold talks": the subject's own plan, not a belief.
    const passive = tree.dependents(node, 'aux:pass', 'nsubj:pass').length > 0;
    if (cues.intent.has(lemma) && tree.relation(path[k - 1]) === 'xcomp' && !tree.dependents(node, 'obj').length && !passive) continue;
    if (['ccomp', 'xcomp', 'parataxis', 'obj', 'conj'].includes(tree.relation(path[k - 1])) || chain.includes(node)) {
      return { modality: 'speculative', evidence: evidence(tree, node, `belief:${lemma}`) };
    }
  }
  for (const node of chain) {
    for (const child of tree.dependents(node, 'advmod')) {
      if (cues.belief.has(tree.lemma(child)) && tree.tokens[child].upos === 'ADV') return { modality: 'speculative', evidence: evidence(tree, child, `belief:${tree.lemma(child)}`) };
    }
  }
  for (const node of chain) {
    for (const child of tree.dependents(node, 'aux', 'advmod')) {
      const lemma = tree.lemma(child);
      const form = tree.tokens[child].form.toLowerCase();
      if (cues.future.has(lemma) || cues.future.has(form)) return { modality: 'future', evidence: evidence(tree, child, `future:${form}`) };
      if (cues.hypothetical.has(lemma) || cues.hypothetical.has(form)) {
        // "said it would meet": the future of a past report, unless a condition makes it hypothetical.
        if ((form === 'would' || form === "'d") && report?.past && !conditional) return { modality: 'future', evidence: evidence(tree, child, `future-in-past:${form}`) };
        return { modality: 'hypothetical', evidence: evidence(tree, child, `hypothetical:${form}`) };
      }
    }
    // "is to visit": "be" with a to-infinitive.
    const be = tree.children[node].find((child) => ['cop', 'aux'].includes(tree.relation(child)) && tree.lemma(child) === 'be');
    if (be !== undefined && tree.markers(node).includes('to') && be < node) return { modality: 'future', evidence: evidence(tree, be, 'future:be-to') };
    // "is set to", "is going to": a future frame over the event's infinitive (by form: "going", not "went").
    const frame = [tree.lemma(node), tree.tokens[node].form.toLowerCase()].find((word) => cues.futureFrames.has(word));
    if (node !== chain[0] && frame && tree.relation(chain[chain.indexOf(node) - 1]) === 'xcomp') return { modality: 'future', evidence: evidence(tree, node, `future:${frame}-to`) };
  }
  for (const child of tree.dependents(chain[0], 'amod', 'det')) {
    const lemma = tree.lemma(child);
    if (cues.hypotheticalModifiers.has(lemma)) return { modality: lemma === 'future' ? 'future' : 'hypothetical', evidence: evidence(tree, child, `modifier:${lemma}`) };
  }
  // "plans to negotiate": the event is the infinitive of an intent word, or is the intent word with its infinitive.
  for (let k = 1; k < chain.length; k++) {
    if (['xcomp', 'acl'].includes(tree.relation(chain[k - 1])) && cues.intent.has(tree.lemma(chain[k]))) return { modality: 'intended', evidence: evidence(tree, chain[k], `intent:${tree.lemma(chain[k])}`) };
  }
  const top = chain[chain.length - 1];
  const head = tree.head(top);
  if (head >= 0 && tree.relation(top) === 'xcomp' && cues.intent.has(tree.lemma(head))) {
    return { modality: 'intended', evidence: evidence(tree, head, `intent:${tree.lemma(head)}`) };
  }
  if (cues.intent.has(tree.lemma(chain[0])) && tree.dependents(chain[0], 'xcomp').length) {
    return { modality: 'intended', evidence: evidence(tree, chain[0], `intent:${tree.lemma(chain[0])}`) };
  }
  return { modality: 'actual' };
}

/** A time expression of the event: its resolved date, its precision, and the words. */
interface TimeExpression {
  /** YYYY-MM-DD, YYYY-MM or YYYY. */
  date: string;
  span: Span;
  /** Whether the expression hangs in the event's own clause (so it can make the event background). */
  attached: boolean;
}

const chronoCache = new WeakMap<Document, Map<number, chrono.ParsedResult[]>>();

function chronoResults(doc: Document, sentence: number, published: Date | undefined): chrono.ParsedResult[] {
  let perDoc = chronoCache.get(doc);
  if (!perDoc) chronoCache.set(doc, (perDoc = new Map()));
  let results = perDoc.get(sentence);
  if (!results) {
    const { start, end } = doc.sentences![sentence];
    const text = doc.text.slice(start, end);
    // Most sentences name no time: skip chrono for them (it is the costly part of status).
    results = !TIME_WORD.test(text) ? [] : (published ? chrono.parse(text, { instant: published, timezone: 'UTC' }) : chrono.parse(text)).filter((result) => TIME_WORD.test(result.text));
    perDoc.set(sentence, results);
  }
  return results;
}

const iso = (date: Date) => date.toISOString();
const DAY = 86_400_000;

/** The date a chrono result gives, fixed for the tense of the event, at the precision the text gives. */
function resolveDate(result: chrono.ParsedResult, published: Date | undefined, tense: 'past' | 'future' | 'other'): string | undefined {
  const start = result.start;
  let date = start.date();
  if (published && start.isCertain('weekday') && !start.isCertain('day') && !WEEKDAY_RELATIVE.test(result.text)) {
    // A bare weekday: the last one on or before publication in a past report, the next on or after in a future one.
    const weekday = start.get('weekday')!;
    const offset = (weekday - published.getUTCDay() + 7) % 7;
    if (tense === 'past') date = new Date(published.getTime() - ((7 - offset) % 7) * DAY);
    else if (tense === 'future') date = new Date(published.getTime() + offset * DAY);
    return iso(date).slice(0, 10);
  }
  if (/\bweeks?\b/i.test(result.text) && !/\bago\b/i.test(result.text)) {
    // A week: the month of its Thursday (the ISO week's convention).
    const monday = new Date(date.getTime() - ((date.getUTCDay() + 6) % 7) * DAY);
    return iso(new Date(monday.getTime() + 3 * DAY)).slice(0, 7);
  }
  if (published && !start.isCertain('year') && start.isCertain('month')) {
    // "in December" in a past report published in November is last December.
    const shifted = new Date(date);
    if (tense === 'past' && date > published) shifted.setUTCFullYear(date.getUTCFullYear() - 1);
    if (tense === 'future' && date < published && !start.isCertain('day')) shifted.setUTCFullYear(date.getUTCFullYear() + 1);
    date = shifted;
  }
  if (start.isCertain('day') || start.isCertain('weekday')) return iso(date).slice(0, 10);
  if (start.isCertain('month')) return iso(date).slice(0, 7);
  if (start.isCertain('year')) return iso(date).slice(0, 4);
  return undefined;
}

/** The token at character offset `at` of the document, in the tree. */
function tokenAt(tree: Tree, at: number): number {
  let best = 0;
  tree.tokens.forEach((token, k) => {
    if (token.start <= at) best = k;
  });
  return best;
}

/** The phrase of the event's clause that holds token `k`: the child of a chain node above it. */
function clausePhrase(tree: Tree, k: number, chain: number[]): number | undefined {
  const targets = new Set(chain);
  if (targets.has(k)) return undefined;
  return attachedTo(tree, k, targets);
}

function timeExpression(input: StatusInput, chain: number[], tense: 'past' | 'future' | 'other'): TimeExpression | undefined {
  const { doc, tree } = input;
  const sentence = doc.sentences![input.sentence];
  const published = doc.published ? new Date(`${doc.published}T12:00:00Z`) : undefined;
  const trigger = tree.tokens[input.trigger].start;
  const candidates: { time: TimeExpression; distance: number }[] = [];
  for (const result of chronoResults(doc, input.sentence, published)) {
    const at = sentence.start + result.index;
    const token = tokenAt(tree, at);
    const date = resolveDate(result, published, tense);
    if (!date) continue;
    const phrase = clausePhrase(tree, token, chain);
    const span = phrase === undefined ? { start: at, end: at + result.text.length } : trimmedSpan(tree, phrase);
    candidates.push({ time: { date, span, attached: phrase !== undefined }, distance: Math.abs(at - trigger) });
  }
  // A bare year in a time phrase of the event's clause ("in 2015"), which chrono leaves alone.
  for (const node of chain) {
    for (const child of tree.dependents(node, 'obl', 'nmod', 'advmod')) {
      const tmod = tree.tokens[child].deprel === 'obl:tmod' || tree.tokens[child].deprel === 'nmod:tmod';
      if (!tmod && !tree.markers(child).some((m) => TEMPORAL_CASES.has(m))) continue;
      const years = [child, ...tree.children[child].filter((c) => ['nummod', 'compound', 'flat', 'amod', 'nmod', 'appos'].includes(tree.relation(c)))].filter(
        (k) => YEAR.test(tree.tokens[k].form) && tree.tokens[k].upos === 'NUM',
      );
      if (!years.length) continue;
      const year = tree.tokens[years[0]].form;
      if (candidates.some((c) => c.time.date.startsWith(year))) continue;
      candidates.push({ time: { date: year, span: trimmedSpan(tree, child), attached: true }, distance: Math.abs(tree.tokens[child].start - trigger) });
    }
  }
  candidates.sort((a, b) => Number(b.time.attached) - Number(a.time.attached) || a.distance - b.distance);
  return candidates[0]?.time;
}

function historical(input: StatusInput, chain: number[], path: number[], cues: StatusCues, report: Report | undefined, time: TimeExpression | undefined): Evidence | undefined {
  const { tree, doc } = input;
  // The event is itself a "since" clause, or has a "since" phrase that is not recent ("since the 2018 withdrawal").
  for (let k = 1; k < path.length; k++) {
    const node = path[k];
    if (!tree.markers(node).includes('since')) continue;
    // "since the US withdrawal ... and the reimposition of sanctions": the anchor is the phrase before the event's conjunct.
    const below = path[k - 1];
    const follow = (child: number) => !(child === below && tree.relation(child) === 'conj');
    return { ...trimmedSpan(tree, node, (t) => tree.relation(t) === 'advmod' && tree.tokens[t].head === node, follow), rule: 'since' };
  }
  for (const node of chain) {
    for (const child of tree.dependents(node, 'obl', 'advcl', 'nmod')) {
      if (!tree.markers(child).includes('since')) continue;
      const [first, last] = tree.extent(child);
      let recent = false;
      for (let k = first; k <= last; k++) if (cues.recentUnits.has(tree.lemma(k))) recent = true;
      if (!recent) return { ...trimmedSpan(tree, child), rule: 'since' };
    }
  }
  for (const node of chain) {
    const aux = tree.dependents(node, 'aux');
    const had = aux.find((a) => tree.tokens[a].form.toLowerCase() === cues.pluperfect);
    // "told reporters that Iran had met ...": a past report shifts its tenses back; that is no background.
    if (tree.tokens[node].xpos === 'VBN' && had !== undefined && !report?.past) return evidence(tree, had, 'pluperfect');
  }
  for (const child of tree.dependents(chain[0], 'amod')) {
    if (cues.historicalMarkers.has(tree.lemma(child))) return evidence(tree, child, `marker:${tree.lemma(child)}`);
  }
  for (const node of chain) {
    for (const child of tree.dependents(node, 'advmod')) {
      const lemma = tree.lemma(child);
      if (cues.historicalAdverbs.has(lemma)) return evidence(tree, child, `marker:${lemma}`);
      // "years ago", "two decades ago"; not "two days ago".
      const unit = lemma === 'ago' ? tree.children[child].find((c) => cues.historicalUnits.has(tree.lemma(c))) : undefined;
      if (unit !== undefined) {
        const first = Math.min(unit, ...tree.dependents(unit, 'nummod', 'det', 'amod', 'advmod'));
        return { ...tree.span(first, child), rule: 'ago' };
      }
    }
  }
  const year = doc.published ? Number(doc.published.slice(0, 4)) : undefined;
  for (const node of chain) {
    for (const child of tree.dependents(node, 'obl', 'nmod')) {
      const markers = tree.markers(child);
      // "for decades", "for years": a state that began long before the report.
      if (markers.includes('for') && cues.historicalUnits.has(tree.lemma(child)) && /s$/i.test(tree.tokens[child].form)) return { ...trimmedSpan(tree, child), rule: 'for-units' };
      // "in the 1990s": a decade before the report's.
      const decade = /^((1[89]|20)\d)0'?s$/.exec(tree.tokens[child].form);
      if (decade && year !== undefined && Number(decade[1]) * 10 + 9 < year && markers.some((m) => TEMPORAL_CASES.has(m))) return { ...trimmedSpan(tree, child), rule: 'decade' };
    }
  }
  // A date in the event's own clause in a year before the report's.
  if (time?.attached && year !== undefined && Number(time.date.slice(0, 4)) < year) return { ...time.span, rule: `year:${time.date.slice(0, 4)}` };
  return undefined;
}

/** Judges polarity, modality, condition, reporting, historicity and date for one event. */
export function judgeStatus(input: StatusInput, cues: StatusCues): StatusJudgement {
  const { tree, trigger, doc } = input;
  const chain = clauseChain(tree, trigger);
  const path = tree.pathToRoot(trigger);
  const negative = negation(input, chain, cues);
  const conditionSpan = condition(input, path, cues);
  const report = reported(input, path, cues);
  const mode = modality(input, chain, path, cues, report, conditionSpan !== undefined);
  const isPast = chain.some((node) => tree.tokens[node].xpos === 'VBD' || tree.tokens[node].xpos === 'VBN');
  const tense = mode.modality === 'future' || mode.modality === 'intended' ? 'future' : isPast ? 'past' : 'other';
  const time = timeExpression(input, chain, tense);
  const past = historical(input, chain, path, cues, report, time);
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
  let date = time?.date;
  // An actual event told of without a time expression happened by the report's date.
  if (!date && !status.historical && mode.modality === 'actual') date = doc.published;
  return date ? { status, date } : { status };
}
