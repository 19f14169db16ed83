import { toActorRef, type EventStatus } from '../../core/event.ts';
import type { StatusCues } from '../cues.ts';
import type { Tree } from '../../syntax/tree.ts';
import { hasLemma, isNoun } from './clause.ts';
import { evidence, trimmedSpan, type Evidence, type StatusInput } from './evidence.ts';

/** Who reports the event, and how. */
export interface Report {
  speaker?: EventStatus['speaker'];
  evidence: Evidence;
  /** The report is in the past tense ("said"): its "would" and "had" are shifted back. */
  past: boolean;
  /** The reporting verb is one of belief ("analysts believe"): the event is speculative. */
  belief: boolean;
}

/** The speech or belief verb, or "according to" phrase, that reports the event. */
export function findReport(input: StatusInput, path: number[], cues: StatusCues): Report | undefined {
  const { tree } = input;
  const pastTense = (k: number) => tree.tokens[k].xpos === 'VBD' || tree.tokens[k].xpos === 'VBN';
  for (let k = 1; k < path.length; k++) {
    const node = path[k];
    const via = tree.relation(path[k - 1]);
    const speech = hasLemma(tree, node, cues.speech);
    // A belief verb reports only what its subject holds ("analysts believe ..."), not a raising verb ("appears to").
    const belief = cues.belief.has(tree.lemma(node)) && (via === 'ccomp' || via === 'parataxis') && tree.dependents(node, 'nsubj').some((s) => tree.lemma(s) !== 'it' && tree.tokens[s].deprel !== 'nsubj:pass');
    // "reported clashes", "claimed responsibility for the bombing": a speech verb's object phrase is reported, but not a clause inside it ("..., during which hostages were killed").
    const inPhrase = path.slice(0, k - 1).every((below) => !CLAUSES.has(tree.relation(below)));
    // "said on Monday, marking a climbdown": the narrator's participle on a speech verb is not what was said.
    const participle = via === 'advcl' && tree.tokens[path[k - 1]].xpos === 'VBG' && !tree.markers(path[k - 1]).length;
    // "Syrian troops, officials said, shelled ...": a parenthetical report the parser takes for the head of the clause after it.
    const parenthetical = via === 'conj' && !tree.dependents(path[k - 1], 'cc').length && !tree.dependents(node, 'ccomp', 'obj', 'xcomp').length && setOffByComma(tree, node);
    // "..., officials said on Sunday, a day after troops raided a camp": a time clause on the saying, after all it says, is the narrator's
    // (not one inside what is said: "said the loss of the sites after troops occupied the country was a scandal").
    const circumstance = via === 'advcl' && path[k - 1] > node && tree.dependents(path[k - 1], 'mark').some((m) => NARRATOR_MARKERS.has(tree.lemma(m))) &&
      tree.dependents(node, 'ccomp', 'obj', 'xcomp').every((said) => tree.extent(said)[1] < tree.extent(path[k - 1])[0]) && commaBetween(tree, node, tree.extent(path[k - 1])[0]);
    const reportedBy = ['ccomp', 'parataxis', 'xcomp'].includes(via) || (via === 'advcl' && !participle && !circumstance) || (via === 'obj' && (inPhrase || misreadComplement(tree, path, k))) || (via === 'obl' && thatClauseOnPhrase(tree, path, k)) || parenthetical;
    if (((speech && reportedBy) || belief) && !unsaid(tree, node, cues)) {
      return { speaker: speakerOf(input, node, cues), evidence: evidence(tree, node, `${speech ? 'speech' : 'belief'}:${speech ?? tree.lemma(node)}`), past: pastTense(node), belief: !speech };
    }
  }
  // "two men suspected of bombing the embassy", "arrested on suspicion of spying": a suspicion, reported.
  for (let k = 1; k < path.length; k++) {
    const node = path[k];
    if (!cues.accusations.has(tree.lemma(node)) || !path.slice(0, k).some((below) => tree.markers(below).some((m) => m === 'of' || m === 'for'))) continue;
    const verb = tree.tokens[node].upos === 'VERB' ? node : undefined;
    return { speaker: verb === undefined ? undefined : speakerOf(input, verb, cues), evidence: evidence(tree, node, `accusation:${tree.lemma(node)}`), past: false, belief: false };
  }
  // "rejected claims that its troops had shelled the school": a claim's content is its maker's report.
  for (let k = 1; k < path.length; k++) {
    const node = path[k];
    const content = tree.relation(path[k - 1]) === 'ccomp' || (tree.relation(path[k - 1]) === 'acl' && tree.markers(path[k - 1]).includes('that'));
    // The parser may hang the content clause on the verb that takes the claim.
    const claim = isNoun(tree, node) ? node : tree.dependents(node, 'obj').find((object) => object < path[k - 1]);
    if (content && claim !== undefined && cues.claimNouns.has(tree.lemma(claim))) return { speaker: claimant(input, claim, cues), evidence: evidence(tree, claim, `claim:${tree.lemma(claim)}`), past: false, belief: false };
  }
  // "Iranian troops reportedly shelled the village": an unnamed report.
  for (const node of path.slice(0, 2)) {
    const adverb = tree.dependents(node, 'advmod').find((child) => cues.reportAdverbs.has(tree.lemma(child)) || cues.reportAdverbs.has(tree.tokens[child].form.toLowerCase()));
    if (adverb !== undefined) return { evidence: evidence(tree, adverb, `report-adverb:${tree.tokens[adverb].form.toLowerCase()}`), past: false, belief: false };
  }
  // "alleged attacks on civilians", "a suspected bombing": a noun event an unnamed report holds.
  const adjective = isNoun(tree, path[0]) ? tree.dependents(path[0], 'amod').find((child) => cues.reportAdjectives.has(tree.tokens[child].form.toLowerCase())) : undefined;
  if (adjective !== undefined) return { evidence: evidence(tree, adjective, `report-adjective:${tree.tokens[adjective].form.toLowerCase()}`), past: false, belief: false };
  const trigger = path[0];
  for (const node of path) {
    for (const child of tree.children[node]) {
      const relation = tree.relation(child);
      // "..., the ministry said", "..., diplomats believe": a speech or belief verb after the event with nothing said of its own.
      // "..., the news agency reported" is often parsed as a conjunct: one after a comma, with no "and".
      const finalConjunct = relation === 'conj' && !tree.dependents(child, 'cc').length && setOffByComma(tree, child);
      // "..., officials said on Sunday" parsed as an unmarked adverbial clause.
      const finalAdverbial = relation === 'advcl' && !tree.markers(child).length && setOffByComma(tree, child);
      // "..., Turkish television reported Sunday" parsed as a phrase with a participle on it.
      const reporter = relation === 'obl' && !tree.markers(child).length && child > trigger && setOffByComma(tree, child) ? tree.dependents(child, 'acl').find((verb) => hasLemma(tree, verb, cues.speech) && !tree.dependents(verb, 'ccomp', 'obj', 'xcomp').length) : undefined;
      if (reporter !== undefined) return { speaker: speakerPhrase(input, child, cues), evidence: evidence(tree, reporter, `speech:${hasLemma(tree, reporter, cues.speech)}`), past: pastTense(reporter), belief: false };
      // "Syrian troops, officials said, shelled ...": a report between commas before the event's verb, parenthetical.
      const parenthetical = relation === 'parataxis' && child < trigger && node === trigger && betweenCommas(tree, child);
      if (((relation === 'parataxis' || relation === 'ccomp' || finalConjunct || finalAdverbial) && child > trigger) || parenthetical) {
        const speech = hasLemma(tree, child, cues.speech);
        const belief = !speech && cues.belief.has(tree.lemma(child)) && tree.dependents(child, 'nsubj').length > 0;
        if (!speech && !belief) continue;
        if ((saidContent(tree, child).length && !quotedAsSaying(tree, child, cues) && invertedSpeaker(tree, child) === undefined) || tree.markers(child).length) continue;
        return { speaker: speakerOf(input, child, cues), evidence: evidence(tree, child, `${speech ? 'speech' : 'belief'}:${speech ?? tree.lemma(child)}`), past: pastTense(child), belief };
      }
      if (relation === 'obl' && isAccordingTo(tree, child)) return accordingTo(input, child, cues);
    }
  }
  const closing = closingAttribution(tree, trigger, cues);
  if (closing !== undefined) return { speaker: tree.dependents(closing, 'nsubj').length ? speakerOf(input, closing, cues) : closingSpeakerPhrase(input, closing, cues), evidence: evidence(tree, closing, `speech:${hasLemma(tree, closing, cues.speech)}`), past: pastTense(closing), belief: false };
  // "..., according to a statement": set off by a comma, the phrase reports the whole sentence, wherever the parser hangs it.
  for (let k = 0; k < tree.tokens.length; k++) {
    if (!['obl', 'nmod'].includes(tree.relation(k)) || !isAccordingTo(tree, k) || path.includes(k)) continue;
    const [first] = tree.extent(k);
    if (first === 0 || opensAtComma(tree, first)) return accordingTo(input, k, cues);
  }
  return accordingToWords(input, cues);
}

/**
 * An "according to" phrase read from the words, when the parser split it ("..., according to Human
 * Rights Watch" with "according" on one word of the name): it opens the sentence or follows a comma,
 * and runs to the next comma or the sentence's end; its head word (the one hung outside it) speaks.
 */
function accordingToWords(input: StatusInput, cues: StatusCues): Report | undefined {
  const { tree } = input;
  for (let k = 0; k + 2 < tree.tokens.length; k++) {
    if (tree.tokens[k].form.toLowerCase() !== 'according' || tree.tokens[k + 1].form.toLowerCase() !== 'to' || (k > 0 && tree.tokens[k - 1].form !== ',')) continue;
    let last = k + 2;
    while (last + 1 < tree.tokens.length && tree.tokens[last + 1].upos !== 'PUNCT') last++;
    const inside = (j: number) => j >= k + 2 && j <= last;
    const head = [...Array(last - k - 1).keys()].map((j) => k + 2 + j).find((j) => !inside(tree.head(j)) && tree.tokens[j].upos !== 'PUNCT');
    if (head === undefined || !isNoun(tree, head)) return undefined;
    return { speaker: speakerPhrase(input, head, cues), evidence: { ...tree.span(k, last), rule: 'according-to' }, past: false, belief: false };
  }
  return undefined;
}

/**
 * Whether the event's clause is the complement of the speech verb at `path[k]` that the parser read as
 * a reduced relative on its object ("said insurgents attacked the convoy", with "insurgents" the
 * object of "said" and "attacked" a participle on it): a past form right after the noun, with no
 * marker or auxiliary and an object of its own, which no passive participle has.
 */
function misreadComplement(tree: Tree, path: number[], k: number): boolean {
  if (k < 2) return false;
  const clause = path[k - 2];
  const noun = path[k - 1];
  if (tree.relation(clause) !== 'acl' || !['VBD', 'VBN'].includes(tree.tokens[clause].xpos ?? '')) return false;
  if (tree.markers(clause).length || tree.dependents(clause, 'aux', 'aux:pass').length || !tree.dependents(clause, 'obj').length) return false;
  return clause === tree.extent(noun, (child) => child !== clause)[1] + 1 && path.slice(0, k - 2).every((below) => !CLAUSES.has(tree.relation(below)));
}

/**
 * Whether the event's clause is the "that" complement of the speech verb at `path[k]` that the parser
 * hung on a phrase of the verb ("said on Tuesday that rebels had attacked", with the clause under
 * "Tuesday"): a "that" clause with a subject of its own right after the phrase.
 */
function thatClauseOnPhrase(tree: Tree, path: number[], k: number): boolean {
  if (k < 2) return false;
  const clause = path[k - 2];
  if (tree.relation(clause) !== 'acl' || !tree.dependents(clause, 'mark').some((m) => tree.lemma(m) === 'that')) return false;
  if (!tree.dependents(clause, 'nsubj', 'nsubj:pass').length) return false;
  return path.slice(0, k - 2).every((below) => !CLAUSES.has(tree.relation(below)));
}

/**
 * The speaker after a closing speech verb with no subject of its own ("..., said a spokesman for the
 * company"), which the parser reads as its object: the verb follows a comma and its one object ends
 * the sentence.
 */
function invertedSpeaker(tree: Tree, verb: number): number | undefined {
  if (tree.tokens[verb - 1]?.form !== ',' || tree.dependents(verb, 'nsubj', 'ccomp', 'xcomp').length) return undefined;
  const objects = tree.dependents(verb, 'obj');
  if (objects.length !== 1 || objects[0] < verb) return undefined;
  const last = tree.extent(objects[0])[1];
  for (let k = last + 1; k < tree.tokens.length; k++) if (tree.tokens[k].upos !== 'PUNCT') return undefined;
  return objects[0];
}

/**
 * Whether speech verb `node` is only asked for, promised or refused ("demanded Argentina justify its
 * import duties", "urged Iran to confirm that ...", "declined to say whether ..."): nothing was
 * said, so it reports nothing.
 */
function unsaid(tree: Tree, node: number, cues: StatusCues): boolean {
  const head = tree.head(node);
  if (head < 0 || !['xcomp', 'ccomp'].includes(tree.relation(node)) || tree.tokens[node].xpos !== 'VB') return false;
  return [cues.commitments, cues.intent, cues.negatingVerbs].some((set) => hasLemma(tree, head, set) !== undefined);
}

/**
 * The speech verb of a closing attribution after the event ("..., police and hospital officials said on
 * Tuesday.", "..., Lebanese media reported."), wherever the parser hangs it (often as a relative clause
 * or a participle on the last noun): everything from the last comma to the sentence's end is the verb's
 * own clause, and it says nothing of its own (no object or complement).
 */
function closingAttribution(tree: Tree, trigger: number, cues: StatusCues): number | undefined {
  let end = tree.tokens.length - 1;
  while (end > trigger && tree.tokens[end].upos === 'PUNCT') end--;
  let comma = end;
  while (comma > trigger && tree.tokens[comma].form !== ',') comma--;
  if (comma <= trigger) return undefined;
  // "..., police said, taking the toll to 62": the narrator's participle clause on the attribution comes after it.
  const participle = trailingParticiple(tree, comma, end, cues);
  if (participle !== undefined) {
    end = comma - 1;
    comma = end;
    while (comma > trigger && tree.tokens[comma].form !== ',') comma--;
    if (comma <= trigger) return undefined;
  }
  const verb = [...Array(end - comma).keys()].map((k) => comma + 1 + k).find((k) => tree.tokens[k].upos === 'VERB' && hasLemma(tree, k, cues.speech) !== undefined);
  // (A complement or a "that" before the comma is the sentence the parser hung on the verb, not something it says
  // of its own: "... in an explosion that tore through a bus station, police said" with "hit" read as the complement of "said".)
  if (verb === undefined || tree.dependents(verb, 'mark').some((k) => k > comma) || (saidContent(tree, verb).some((k) => k > comma) && !quotedAsSaying(tree, verb, cues))) return undefined;
  // The speaker: the verb's subject, or the noun the parser hangs the verb on ("Lebanese media reported" read as a participle).
  const head = tree.head(verb);
  if (!tree.dependents(verb, 'nsubj').length && !(tree.relation(verb) === 'acl' && head > comma && head < verb) && closingSpeaker(tree, verb) === undefined) return undefined;
  for (let k = comma + 1; k <= end; k++) {
    if (tree.tokens[k].upos !== 'PUNCT' && !tree.pathToRoot(k).includes(verb) && !(k < verb && tree.pathToRoot(k).includes(head))) return undefined;
  }
  return verb;
}

/**
 * The speaker noun phrase right before a closing speech verb that the parser gave no subject, having
 * taken the phrase into the clause before the comma ("..., killing 12 people and wounding 9, officials
 * said.", with "officials" read as an object of "wounding"): the words from the comma to the verb are
 * one noun phrase (determiners, adjectives, nouns, names) ending in a noun. Returns that noun.
 */
function closingSpeaker(tree: Tree, verb: number): number | undefined {
  const noun = verb - 1;
  if (noun < 1 || !['NOUN', 'PROPN'].includes(tree.tokens[noun].upos)) return undefined;
  let first = noun;
  while (first > 0 && NOUN_PHRASE_TAGS.has(tree.tokens[first - 1].upos)) first--;
  return tree.tokens[first - 1]?.form === ',' ? noun : undefined;
}

// Word classes of a plain speaker noun phrase ("the Iraqi police", "two hospital officials").
const NOUN_PHRASE_TAGS = new Set(['DET', 'ADJ', 'NOUN', 'PROPN', 'NUM']);

/**
 * The participle that heads the words after `comma` up to `end`, when they are a participle clause the
 * parser hangs on a speech verb before the comma ("..., police said, taking the toll to 62").
 */
function trailingParticiple(tree: Tree, comma: number, end: number, cues: StatusCues): number | undefined {
  const inside = (k: number) => k > comma && k <= end;
  const heads = [...Array(end - comma).keys()].map((k) => comma + 1 + k).filter((k) => tree.tokens[k].upos !== 'PUNCT' && !inside(tree.head(k)));
  if (heads.length !== 1) return undefined;
  const [participle] = heads;
  const speech = tree.head(participle);
  if (speech < 0 || speech > comma || !isNarratorParticiple(tree, participle)) return undefined;
  return hasLemma(tree, speech, cues.speech) !== undefined ? participle : undefined;
}

/**
 * Whether clause `k` is the narrator's participle clause after a comma ("..., police said, taking the
 * toll to 62"; parsed as an adverbial or a complement of the speech verb): it says nothing the speaker said.
 */
function isNarratorParticiple(tree: Tree, k: number): boolean {
  if (tree.tokens[k].xpos !== 'VBG' || !['advcl', 'ccomp', 'xcomp'].includes(tree.relation(k)) || k < tree.head(k)) return false;
  if (tree.markers(k).length || tree.dependents(k, 'nsubj', 'nsubj:pass', 'aux').length) return false;
  // ("..., he said, adding that ...": the speaker's own further words.)
  if (['add', 'say', 'tell', 'insist', 'warn', 'stress', 'claim'].includes(tree.lemma(k))) return false;
  const [first] = tree.extent(k);
  return opensAtComma(tree, first);
}

/**
 * What speech verb `verb` says: its object and complements, less the narrator's participle clause after it
 * and a clause the parser hung on it that a time or contrast subordinator opens ("..., officials said
 * Tuesday, while three drivers were seized in a separate attack": not what they said).
 */
function saidContent(tree: Tree, verb: number): number[] {
  // ("..., diplomats told The Associated Press": the object of "tell" is whom it was told to, not what.)
  const objects = tree.lemma(verb) === 'tell' ? ['ccomp', 'xcomp'] : ['ccomp', 'obj', 'xcomp'];
  return tree.dependents(verb, ...objects).filter((k) => !isNarratorParticiple(tree, k) && !subordinateAfter(tree, verb, k));
}

/** Whether a comma stands between tokens `from` and `to`. */
function commaBetween(tree: Tree, from: number, to: number): boolean {
  for (let k = from + 1; k <= to; k++) if (tree.tokens[k].form === ',') return true;
  return false;
}

// Subordinators of a time or contrast clause that tells when or against what something was said, not what was said.
const NARRATOR_MARKERS = new Set(['after', 'before', 'as', 'while', 'when', 'whereas', 'although', 'though', 'until']);

// Markers of a content clause or infinitive ("said that ...", "asked whether ...", "is said to ...").
const CONTENT_MARKERS = new Set(['that', 'if', 'whether', 'to']);

/** Whether clause `k` after speech verb `verb`, set off by a comma, opens with a subordinator that no content clause takes ("while", "as", "after"). */
function subordinateAfter(tree: Tree, verb: number, k: number): boolean {
  if (k < verb || tree.tokens[k].upos !== 'VERB') return false;
  const marks = tree.dependents(k, 'mark');
  if (!marks.length || marks.some((m) => CONTENT_MARKERS.has(tree.lemma(m)))) return false;
  const [first] = tree.extent(k);
  return opensAtComma(tree, first);
}

/**
 * Whether speech verb `verb` quotes someone on nothing of its own ("..., the agency quoted a military
 * spokesman as saying"): its object is who was quoted and its "as saying" says nothing more, so it
 * reports the clause before it.
 */
function quotedAsSaying(tree: Tree, verb: number, cues: StatusCues): boolean {
  if (tree.lemma(verb) !== 'quote' || tree.dependents(verb, 'ccomp', 'xcomp').length) return false;
  const saying = tree.dependents(verb, 'advcl').find((clause) => tree.markers(clause).includes('as') && hasLemma(tree, clause, cues.speech) !== undefined);
  return saying !== undefined && !tree.dependents(saying, 'ccomp', 'obj', 'xcomp').length;
}

/** Whether a clause or phrase is set off by a comma before it (or before its subject, when the parser hangs an earlier phrase on it: "on Sunday, the ministry said"). */
function setOffByComma(tree: Tree, k: number): boolean {
  const subject = tree.dependents(k, 'nsubj')[0];
  return opensAtComma(tree, tree.extent(k)[0]) || (subject !== undefined && opensAtComma(tree, tree.extent(subject)[0]));
}

/** Whether clause `k` stands between two commas (its own or the ones around it). */
function betweenCommas(tree: Tree, k: number): boolean {
  const [first, last] = tree.extent(k);
  return opensAtComma(tree, first) && (tree.tokens[last].form === ',' || tree.tokens[last + 1]?.form === ',');
}

/** Whether the words from token `first` on open at a comma: it is one, or one stands right before it. */
function opensAtComma(tree: Tree, first: number): boolean {
  return tree.tokens[first].form === ',' || tree.tokens[first - 1]?.form === ',';
}

// Relations that open a clause of its own.
const CLAUSES = new Set(['acl', 'advcl', 'ccomp', 'xcomp', 'parataxis', 'csubj']);

/** Whether phrase `k` is an "according to" phrase. */
function isAccordingTo(tree: Tree, k: number): boolean {
  return tree.markers(k).some((m) => m === 'according' || m === 'accord');
}

/** The report of an "according to" phrase. */
function accordingTo(input: StatusInput, phrase: number, cues: StatusCues): Report {
  const span = trimmedSpan(input.tree, phrase);
  return { speaker: speakerPhrase(input, phrase, cues), evidence: { ...span, rule: 'according-to' }, past: false, belief: false };
}

/** Who makes a claim: its "by" phrase or possessor ("claims by Iran", "Iran's claim"). */
function claimant(input: StatusInput, claim: number, cues: StatusCues): EventStatus['speaker'] {
  const { tree } = input;
  const owner = [...tree.dependents(claim, 'nmod').filter((child) => tree.markers(child).includes('by')), ...tree.dependents(claim, 'nmod:poss')][0];
  return owner === undefined ? undefined : speakerPhrase(input, owner, cues);
}

/** The subject of a speech or belief verb, as an actor when it names one, else as its words. */
function speakerOf(input: StatusInput, verb: number, cues: StatusCues): EventStatus['speaker'] {
  const { tree } = input;
  // "Iran is reported to have ...": the passive subject is what is reported, not who reports it.
  const subjects = tree.dependents(verb, 'nsubj').filter((child) => tree.tokens[child].deprel !== 'nsubj:pass');
  const agents = tree.dependents(verb, 'obl').filter((child) => tree.markers(child).includes('by'));
  const token = subjects[0] ?? agents[0] ?? invertedSpeaker(tree, verb);
  if (token === undefined || tree.tokens[token].upos === 'PRON' && tree.lemma(token) === 'it') return undefined;
  return speakerPhrase(input, token, cues);
}

/** The speaker of a closing speech verb with no subject: the noun phrase right before it, else the noun the parser hangs it on. */
function closingSpeakerPhrase(input: StatusInput, verb: number, cues: StatusCues): EventStatus['speaker'] {
  const noun = closingSpeaker(input.tree, verb);
  // (only the words after the comma: "wounding 9, witnesses said" may have "9" read as the noun's number)
  if (noun === undefined) return speakerPhrase(input, input.tree.head(verb), cues);
  let comma = noun;
  while (comma > 0 && input.tree.tokens[comma].form !== ',') comma--;
  return speakerPhrase(input, noun, cues, comma + 1);
}

/** A speaker noun phrase: the largest actor in it when it names one, else its words (none before token `from`). */
function speakerPhrase(input: StatusInput, token: number, cues: StatusCues, from = 0): EventStatus['speaker'] {
  const { tree, mentions } = input;
  const follow = (child: number) =>
    child >= from &&
    !['acl', 'acl:relcl', 'advcl', 'ccomp', 'parataxis', 'punct'].includes(tree.tokens[child].deprel) &&
    !(tree.tokens[child].head === token && tree.relation(child) === 'case');
  const span = trimmedSpan(tree, token, () => false, follow);
  const actor = mentions
    .filter((m) => m.start >= span.start && m.end <= span.end)
    .sort((a, b) => b.end - b.start - (a.end - a.start))[0];
  if (actor && (actor.country || !cues.unnamedSources.has(tree.lemma(token)))) return toActorRef(actor);
  return { ...span, text: input.doc.text.slice(span.start, span.end) };
}
