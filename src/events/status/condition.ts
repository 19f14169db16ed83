import { findConditionPhrase, findLeadingConditionPhrase } from '../../syntax/repairs/condition-phrase.ts';
import type { Tree } from '../../syntax/tree.ts';
import { LEXICON } from '../../lexicon/index.ts';
import type { StatusCues } from '../cues.ts';
import { trimmedSpan, type Evidence, type StatusInput } from './evidence.ts';

/** Whether `node` carries a future or modal auxiliary ("will free", "would free"). */
function promisedVerb(tree: Tree, node: number, cues: StatusCues): boolean {
  return tree.dependents(node, 'aux').some((a) => {
    const form = tree.tokens[a].form.toLowerCase();
    return cues.future.has(form) || cues.future.has(tree.lemma(a)) || cues.hypothetical.has(form);
  });
}

/** The clause of "once ..." or "as soon as ..." under a future or modal event `node`: a condition, as "if" is ("will free them once the ransom is paid"). */
function futureConditionClauses(tree: Tree, node: number, cues: StatusCues): number[] {
  if (!promisedVerb(tree, node, cues)) return [];
  const clauses = tree.dependents(node, 'advcl').filter((child) => tree.markers(child).some((m) => cues.futureConditions.has(m)));
  for (const adverb of tree.dependents(node, 'advmod')) {
    // "as soon as Lebanon asks", with "asks" tagged as a noun: an "as" phrase of "soon".
    if (cues.futureConditions.has(tree.lemma(adverb))) clauses.push(...tree.dependents(adverb, 'advcl'), ...tree.dependents(adverb, 'obl').filter((k) => tree.markers(k).includes('as')));
  }
  return clauses;
}

/**
 * The "if"/"unless" clauses the parser hung on a noun of the event's clause as a relative clause ("will
 * release the hostages if the government frees ..." read with "frees" under "hostages"): no relative
 * clause opens with a condition marker, so it is the condition of the clause's verb, when that verb
 * has a future or modal auxiliary.
 */
function nounConditions(tree: Tree, node: number, onPath: Set<number>, cues: StatusCues): number[] {
  // Only an act not yet done ("will release", "would lift") is held out on a condition; a misread clause on a past act's noun is another clause's.
  if (![...onPath].some((k) => promisedVerb(tree, k, cues))) return [];
  // A verb tagged as a noun ("if the king steps aside" with "steps" a plural noun) carries the marker itself.
  const nominal = ['obj', 'obl', 'nmod', 'nsubj', 'nsubj:pass'];
  const nouns = tree.dependents(node, ...nominal, 'acl').filter((noun) => !onPath.has(noun));
  const below = nouns.flatMap((noun) => tree.dependents(noun, 'acl', 'nmod')).filter((clause) => !onPath.has(clause));
  return [...nouns, ...below].filter((clause) => conditionMark(tree, clause, cues) !== undefined);
}

/** The "if"/"unless" subordinator of `clause` (a mark, not a case word). */
function conditionMark(tree: Tree, clause: number, cues: StatusCues): number | undefined {
  return tree.dependents(clause, 'mark').find((m) => (tree.lemma(m) === 'if' || tree.lemma(m) === 'unless') && cues.conditions.has(tree.lemma(m)));
}

/**
 * Whether a condition clause of `node` comes after a coordinated verb of it that is not the event's
 * ("kidnapped a driver on Monday, and threatened to kill him unless ..."): the parser hangs the
 * clause on the first verb, but it conditions the nearer conjunct, not the act before it.
 */
function laterConjunct(tree: Tree, node: number, clause: number, onPath: Set<number>): boolean {
  return tree.dependents(node, 'conj').some((conjunct) => !onPath.has(conjunct) && conjunct > node && conjunct < clause && tree.tokens[conjunct].upos === 'VERB');
}

/** The condition the event hangs on: an "if"/"unless" clause, an inverted auxiliary, "provided that". */
export function findCondition(input: StatusInput, path: number[], cues: StatusCues): Evidence | undefined {
  const { tree } = input;
  const onPath = new Set(path);
  const leading = (k: number) => tree.relation(k) === 'mark' || tree.relation(k) === 'punct' || (tree.relation(k) === 'advmod' && ['only', 'even', 'just'].includes(tree.lemma(k)));
  for (const node of path) {
    for (const child of [...tree.dependents(node, 'advcl'), ...nounConditions(tree, node, onPath, cues)]) {
      if (onPath.has(child) || laterConjunct(tree, node, child, onPath)) continue;
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
      if (!markers.length && tree.relation(first) === 'aux' && tree.tokens[first].head === child && LEXICON.inversionAuxiliaries.has(tree.tokens[first].form.toLowerCase()) && subject !== undefined && subject > first) {
        return { ...trimmedSpan(tree, child, (k) => k === first), rule: `condition:inverted-${tree.tokens[first].form.toLowerCase()}` };
      }
    }
  }
  // "Israel will withdraw if the rockets stop, a spokesman said": the parser hangs the condition on the closing speech verb after it.
  // The speech verb may be the event clause's head or, parsed the other way round, its complement.
  for (const node of path) {
    const head = tree.head(node);
    const verbs = [...(head > node && ['ccomp', 'parataxis'].includes(tree.relation(node)) ? [head] : []), ...tree.dependents(node, 'ccomp', 'parataxis').filter((child) => child > node)];
    for (const verb of verbs) {
      const clause = tree.dependents(verb, 'advcl', 'ccomp').find((child) => child !== node && !onPath.has(child) && precedingCondition(tree, child, cues) && (child > node || tree.extent(child)[0] === 0));
      if (clause !== undefined) return { ...trimmedSpan(tree, clause, leading), rule: `condition:${tree.markers(clause).find((m) => cues.conditions.has(m))}` };
    }
  }
  for (const node of path) {
    const [clause] = futureConditionClauses(tree, node, cues).filter((child) => !onPath.has(child));
    if (clause !== undefined) return { ...trimmedSpan(tree, clause, leading), rule: 'condition:once' };
  }
  // The parser often misattaches "provided that": the phrase is read from the words, when it hangs in the event's own clause.
  const phrase = findConditionPhrase(tree, path[0], (k) => inClause(tree, k, onPath));
  if (phrase) return { ...tree.span(phrase.first, phrase.last), rule: `condition:${phrase.words.join('-')}` };
  const opening = findLeadingConditionPhrase(tree, path[0]);
  if (opening) return { ...tree.span(opening.first, opening.last), rule: `condition:${opening.words.join('-')}` };
  return undefined;
}

/**
 * Whether the event lies inside a condition clause ("... unless Japan withdraws its troops"): such an
 * event is the content of another event's condition, held out, not told, so it is not coded (the
 * condition span of the event it conditions keeps it). "asked if" and "even if" open no condition.
 */
export function insideCondition(tree: Tree, trigger: number, cues: StatusCues): boolean {
  const path = tree.pathToRoot(trigger);
  for (let k = 0; k < path.length - 1; k++) {
    const node = path[k];
    const head = path[k + 1];
    // "warned it would retaliate if India tested a missile": the parser may take the "if" clause for a complement.
    const complement = tree.relation(node) === 'ccomp' && (precedingCondition(tree, node, cues) || tree.markers(node).some((m) => m === 'if' || m === 'unless'));
    // "release the hostages if the government frees ...": a condition read as a noun's relative clause.
    if (tree.relation(node) === 'acl' && conditionMark(tree, node, cues) !== undefined && !cues.notConditionHeads.has(tree.lemma(head))) return true;
    if (tree.relation(node) !== 'advcl' && !complement) continue;
    if (futureConditionClauses(tree, head, cues).includes(node) || (k + 2 < path.length && futureConditionClauses(tree, path[k + 2], cues).includes(node))) return true;
    const marker = tree.markers(node).find((m) => cues.conditions.has(m));
    if (!marker) continue;
    if (marker === 'if' && cues.notConditionHeads.has(tree.lemma(head)) && node > head) continue;
    if (tree.dependents(node, 'advmod').some((a) => tree.lemma(a) === 'even' && a < node)) continue;
    return true;
  }
  const opening = findLeadingConditionPhrase(tree, tree.tokens.length);
  if (opening && trigger >= opening.first && trigger <= opening.last) return true;
  // "will attend on condition that its leader is released": a marker of two words or more opens a condition wherever the parser hangs it.
  // A noun event in it is going on ("as long as the attacks continue"), not held out.
  const phrase = tree.tokens[trigger].upos === 'VERB' ? findConditionPhrase(tree, -1, () => true) : undefined;
  // The phrase's clause ends at the next comma ("As long as the truce holds, the army will free ...": "free" is the main clause's).
  const comma = phrase ? tree.tokens.findIndex((token, k) => k > phrase.first && token.form === ',') : -1;
  const last = phrase && comma >= 0 ? Math.min(phrase.last, comma - 1) : phrase?.last ?? -1;
  if (phrase && phrase.words.length > 1 && trigger >= phrase.first && trigger <= last) return true;
  return liftedCondition(tree, trigger, path[path.length - 1], cues);
}

/**
 * Whether the trigger lies in a condition clause the parser made the root ("The gunmen threatened to
 * kill them unless Spain withdrew its troops", read with "withdrew" as the root and the threat as a
 * relative clause): the root carries a condition marker that is not the first word of its phrase, and
 * the trigger comes after the marker. Words before the marker are the main clause's.
 */
function liftedCondition(tree: Tree, trigger: number, root: number, cues: StatusCues): boolean {
  if (tree.head(root) >= 0) return false;
  const marker = tree.dependents(root, 'mark').find((m) => cues.conditions.has(tree.lemma(m)) && tree.lemma(m) !== 'if');
  return marker !== undefined && tree.extent(root)[0] < marker && trigger > marker;
}

/**
 * Whether clause `clause` opens with a condition marker and comes before the verb it hangs on, and
 * opens the sentence or follows the words before it with no comma: the condition of the clause next
 * to it, misattached to a closing "..., X said" ("asked if ..." and "could not say if ..." come after
 * their verb).
 */
function precedingCondition(tree: Tree, clause: number, cues: StatusCues): boolean {
  const verb = tree.head(clause);
  if (verb < 0 || clause > verb) return false;
  const marker = tree.markers(clause).find((m) => cues.conditions.has(m));
  if (!marker) return false;
  const [first] = tree.extent(clause);
  return first === 0 || (tree.tokens[first - 1].form !== ',' && tree.tokens[first].form !== ',');
}

/** Whether token `k` hangs, through at most one clause (the condition's own), on the event's path, not on another clause's verb. */
function inClause(tree: Tree, k: number, onPath: Set<number>): boolean {
  for (const head of tree.pathToRoot(k).slice(1)) {
    if (onPath.has(head)) return true;
    // Another event's clause (a coordinated or embedded verb) claims the phrase.
    if (tree.relation(head) === 'conj' || tree.relation(head) === 'parataxis' || tree.relation(head) === 'acl') return false;
  }
  return false;
}
