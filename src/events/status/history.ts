import type { StatusCues } from '../cues.ts';
import type { Tree } from '../../syntax/tree.ts';
import { LEXICON } from '../../lexicon/index.ts';
import type { TimeExpression } from '../dates.ts';
import type { Report } from './attribution.ts';
import { evidence, trimmedSpan, type Evidence, type StatusInput } from './evidence.ts';

/** What makes the event background history ("since 2018", "years ago", an earlier year), if anything. */
export function findHistoricalAnchor(input: StatusInput, chain: number[], path: number[], cues: StatusCues, report: Report | undefined, time: TimeExpression | undefined): Evidence | undefined {
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
  // "Since Iraq invaded Kuwait, the two have had no ties": the event is the past starting point of a state; not "since Monday", nor a date of this year.
  const thisYear = doc.published ? doc.published.slice(0, 4) : undefined;
  if (tree.relation(chain[0]) === 'advcl' && tree.markers(chain[0]).includes('since') && !causalClause(tree, chain[0]) && !recentPhrase(tree, chain[0], cues) && !(time && thisYear && time.date.slice(0, 4) >= thisYear)) {
    return evidence(tree, tree.dependents(chain[0], 'mark').find((m) => tree.lemma(m) === 'since') ?? chain[0], 'since-clause');
  }
  for (const node of chain) {
    for (const child of tree.dependents(node, 'obl', 'advcl', 'nmod')) {
      if (!tree.markers(child).includes('since') || causalClause(tree, child) || rankedSince(tree, child, cues)) continue;
      if (!recentPhrase(tree, child, cues)) return { ...trimmedSpan(tree, child), rule: 'since' };
    }
  }
  // A pluperfect alone ("had refused", "had agreed to attend") is no background: wire copy uses it for the days
  // before the news as often as for earlier years, and an earlier year is what the guide calls history.
  for (const child of tree.dependents(chain[0], 'amod')) {
    if (cues.historicalMarkers.has(tree.lemma(child))) return evidence(tree, child, `marker:${tree.lemma(child)}`);
  }
  for (const node of chain) {
    for (const child of tree.dependents(node, 'advmod')) {
      const lemma = tree.lemma(child);
      if (cues.historicalAdverbs.has(lemma) && !subordinator(tree, child)) return evidence(tree, child, `marker:${lemma}`);
      // "years ago", "two decades ago"; not "two days ago", nor the "ago" of a ranked "since" phrase before it
      // ("their first talks since the war 20 years ago": the parser may hang it on the verb).
      const unit = lemma === 'ago' && !afterRankedSince(tree, node, child, cues) ? tree.children[child].find((c) => cues.historicalUnits.has(tree.lemma(c))) : undefined;
      if (unit !== undefined) {
        const first = Math.min(unit, ...tree.dependents(unit, 'nummod', 'det', 'amod', 'advmod'));
        return { ...tree.span(first, child), rule: 'ago' };
      }
    }
  }
  // "the anniversary of the invasion", "recalled the 1982 war": a remembered event.
  const head = tree.head(chain[0]);
  if (head >= 0 && ['nmod', 'obj'].includes(tree.relation(chain[0])) && cues.memoryWords.has(tree.lemma(head))) return evidence(tree, head, `memory:${tree.lemma(head)}`);
  // "returned 30 years after he defected": the event of an "after" clause lies the measured years before its head's.
  for (const node of chain) {
    if (tree.relation(node) !== 'advcl' || !tree.markers(node).includes('after')) continue;
    const measure = [tree.head(node), ...tree.children[node]].flatMap((k) => (k >= 0 ? tree.children[k] : [])).find((k) => cues.historicalUnits.has(tree.lemma(k)) && /s$/i.test(tree.tokens[k].form) && k < node);
    if (measure !== undefined) return { ...tree.span(Math.min(measure, ...tree.dependents(measure, 'nummod', 'advmod')), measure), rule: 'years-after' };
  }
  // "last year's bombing", "met last year": a year counted back from the report's, dated or not.
  const counted = yearBack(tree, chain, cues);
  if (counted) return counted;
  const year = doc.published ? Number(doc.published.slice(0, 4)) : undefined;
  for (const node of chain) {
    for (const child of tree.dependents(node, 'obl', 'nmod')) {
      const markers = tree.markers(child);
      // "for decades", "for years": a state that began long before the report.
      // Not "jailed for seven years": a counted span of a past act is its penalty or length; it is history with a perfect ("has occupied ... for seven years").
      const perfect = chain.some((n) => tree.dependents(n, 'aux').some((a) => tree.lemma(a) === 'have'));
      const counted = tree.dependents(child, 'nummod').length > 0;
      if (markers.includes('for') && cues.historicalUnits.has(tree.lemma(child)) && /s$/i.test(tree.tokens[child].form) && (perfect || !counted)) return { ...trimmedSpan(tree, child), rule: 'for-units' };
      // "in the 1990s": a decade before the report's.
      const decade = /^((1[89]|20)\d)0'?s$/.exec(tree.tokens[child].form);
      if (decade && year !== undefined && Number(decade[1]) * 10 + 9 < year && markers.some((m) => LEXICON.temporalPrepositions.has(m))) return { ...trimmedSpan(tree, child), rule: 'decade' };
    }
  }
  // A date in the event's own clause in a year before the report's; not one that dates a ranked "since" phrase before it
  // ("their first talks since the war 20 years ago").
  const timeWord = time ? tree.tokens.findIndex((token) => token.start >= time.span.start) : -1;
  const sinceDate = timeWord >= 0 && chain.some((node) => afterRankedSince(tree, node, timeWord, cues));
  if (time?.attached && year !== undefined && Number(time.date.slice(0, 4)) < year && !sinceDate) return { ...time.span, rule: `year:${time.date.slice(0, 4)}` };
  // "killed three Palestinians in 1994", "signed a pact in 1991", "has occupied the territory since 1975": the parser hangs the verb's year on its object.
  const reference = year ?? new Date().getUTCFullYear();
  if (!time?.attached && tree.tokens[chain[0]].upos === 'VERB') {
    for (const object of tree.dependents(chain[0], 'obj')) {
      const phrase = tree.dependents(object, 'nmod').find((k) => (tree.markers(k).includes('in') || (tree.markers(k).includes('since') && !rankedSince(tree, k, cues))) && /^(1[89]|20)\d\d$/.test(tree.tokens[k].form) && Number(tree.tokens[k].form) < reference);
      if (phrase !== undefined) return { ...trimmedSpan(tree, phrase), rule: `year:${tree.tokens[phrase].form}` };
    }
  }
  // "the 1992 bombing of the embassy that killed 29 people": a relative clause of a noun event of an earlier year tells that event.
  const clause = chain[chain.length - 1];
  const noun = tree.head(clause);
  if (noun >= 0 && tree.tokens[clause].deprel === 'acl:relcl' && tree.tokens[clause].upos === 'VERB' && chain.every((node) => !tree.dependents(node, 'aux').some((a) => tree.tokens[a].xpos === 'MD'))) {
    // (The parser may hang the clause on the event's "of" phrase: "the 1996 bombing of a bus that killed ten".)
    const owner = tree.relation(noun) === 'nmod' && tree.markers(noun).includes('of') ? [noun, tree.head(noun)] : [noun];
    const own = owner.flatMap((k) => tree.dependents(k, 'nummod', 'compound', 'amod')).find((k) => tree.tokens[k].upos === 'NUM' && /^(1[89]|20)\d\d$/.test(tree.tokens[k].form) && Number(tree.tokens[k].form) < reference);
    if (own !== undefined) return { ...tree.span(own, own), rule: `year:${tree.tokens[own].form}` };
  }
  // With no publication date, a bare year ("in 1990", "the 1994 bombing") or a year counted back ("last year") of a
  // past event is history: wire copy dates this year's events by day or month.
  if (time?.attached && year === undefined && time.date.length === 4 && Number(time.date) < new Date().getUTCFullYear()) return { ...time.span, rule: `year:${time.date}` };
  return undefined;
}

/**
 * Whether a "since" clause gives a reason, not a starting point ("would not dare attack since it could
 * strike back", "since it is a member"): its verb is not in the past (a modal, a present). A time
 * clause tells a past event ("since the war began", "since he had taken office").
 */
function causalClause(tree: Tree, clause: number): boolean {
  const verb = tree.tokens[clause];
  if (verb.upos !== 'VERB' && verb.upos !== 'AUX' && !tree.dependents(clause, 'cop').length) return false;
  const aux = tree.dependents(clause, 'aux', 'aux:pass', 'cop');
  if (aux.some((a) => tree.tokens[a].xpos === 'MD')) return true;
  return verb.xpos !== 'VBD' && verb.xpos !== 'VBN' && !aux.some((a) => tree.tokens[a].xpos === 'VBD' || tree.lemma(a) === 'have');
}

/** A time phrase of the event's clause, or a noun event's possessive, that counts a year or more back ("last year", "last decade's war"). */
function yearBack(tree: Tree, chain: number[], cues: StatusCues): Evidence | undefined {
  const phrases = [...chain.flatMap((node) => tree.dependents(node, 'obl', 'nmod')), ...tree.dependents(chain[0], 'nmod:poss')];
  for (const phrase of phrases) {
    if (!cues.historicalUnits.has(tree.lemma(phrase)) || /s$/i.test(tree.tokens[phrase].form)) continue;
    const back = tree.dependents(phrase, 'amod', 'det').find((k) => cues.yearBackModifiers.has(tree.lemma(k)));
    // "last year" bare or "in last year's talks"; not "during the last year" (the twelve months up to now).
    if (back !== undefined && !tree.dependents(phrase, 'det').some((k) => tree.lemma(k) === 'the')) return { ...tree.span(Math.min(back, phrase), phrase), rule: `year-back:${tree.lemma(back)}` };
  }
  return undefined;
}

/** Whether an adverb the parser attached to the event opens a clause of its own ("will return once Colombia apologises"): a noun phrase follows it, not the event's verb. */
function subordinator(tree: Tree, adverb: number): boolean {
  const next = tree.tokens[adverb + 1];
  return next !== undefined && ['DET', 'PROPN', 'NOUN', 'PRON', 'NUM', 'ADJ'].includes(next.upos ?? '');
}

const MONTHS = new Set(LEXICON.calendar.months);

/** Whether the phrase of `node` names a recent time ("since Monday", "since last week", a month with no year: "since March"). */
function recentPhrase(tree: Tree, node: number, cues: StatusCues): boolean {
  const [first, last] = tree.extent(node);
  let month = false;
  for (let k = first; k <= last; k++) {
    if (cues.recentUnits.has(tree.lemma(k))) return true;
    if (/^(1[89]|20)\d\d$/.test(tree.tokens[k].form)) return false;
    month ||= MONTHS.has(tree.tokens[k].form.toLowerCase());
  }
  return month;
}

/** Whether `word`, a dependent of `node`, follows a ranked "since" phrase of `node`'s clause (see rankedSince), at any depth ("signed a first accord with X since ..."). */
function afterRankedSince(tree: Tree, node: number, word: number, cues: StatusCues): boolean {
  for (let k = word - 1; k >= 0; k--) {
    const phrase = tree.head(k);
    if (tree.lemma(k) !== 'since' || phrase < 0 || !['case', 'mark'].includes(tree.relation(k))) continue;
    if (tree.pathToRoot(phrase).includes(node) && rankedSince(tree, phrase, cues)) return true;
  }
  return false;
}

/**
 * Whether a "since" phrase measures the gap before a ranked event ("their first talks since the war",
 * "met for the first time since his arrest", "the worst clashes since 1998"): the event is new, and only
 * what the phrase names lies back in time. The rank is a modifier of the phrase's head, of a noun it
 * takes, or of "time" ("for the first time since").
 */
function rankedSince(tree: Tree, since: number, cues: StatusCues): boolean {
  const head = tree.head(since);
  if (head < 0) return false;
  const ranked = (noun: number) => tree.dependents(noun, 'amod', 'advmod').some((k) => (cues.ordinals.has(tree.lemma(k)) && tree.lemma(k) !== 'last') || tree.tokens[k].xpos === 'JJS' || tree.tokens[k].xpos === 'RBS');
  return [head, ...tree.dependents(head, 'obj', 'nsubj', 'nsubj:pass', 'obl')].some((k) => k !== since && ranked(k));
}
