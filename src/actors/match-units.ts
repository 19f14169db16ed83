import type { Token } from '../core/document.ts';
import { LEXICON } from '../lexicon/index.ts';
import type { AgentEntry, Gazetteer, NameEntry } from './gazetteer/index.ts';

/**
 * A run of tokens `[start, end)` of one sentence that the gazetteer knows (a name, an agent word,
 * a non-actor), or a single plain word when `names` is empty and neither flag is set.
 */
export interface Unit {
  start: number;
  end: number;
  /** Readings of a name, valid on the document's date; empty for agents and plain words. */
  names: NameEntry[];
  agent?: AgentEntry;
  nonActor: boolean;
}

/** Parts of speech an agent word may end on: "forces" the noun, not "forces" the verb. */
const AGENT_TAGS = new Set(['NOUN', 'PROPN', 'ADJ']);

/**
 * Splits a sentence into units, left to right, longest gazetteer match first. A name must be
 * written as a name (capital letter or digit), so "turkey" and "chad" stay words; user
 * dictionaries are exempt, since PETRARCH dictionaries are written in capitals. A match that a
 * rule rejects gives way to the next shorter one.
 */
export function matchUnits(tokens: readonly Token[], gazetteer: Gazetteer, date?: string): Unit[] {
  const forms = tokens.map((token) => token.form);
  const units: Unit[] = [];
  let i = 0;
  while (i < tokens.length) {
    const unit = matchAt(tokens, forms, gazetteer, i, date);
    units.push(unit);
    i = unit.end;
  }
  return units;
}

function matchAt(tokens: readonly Token[], forms: readonly string[], gazetteer: Gazetteer, start: number, date?: string): Unit {
  let limit = tokens.length;
  while (limit > start) {
    const match = gazetteer.matchPhrase(forms, start, date, limit);
    if (!match) break;
    const end = start + match.length;
    const last = tokens[end - 1];
    // Keys drop dashes, so "Tehran —" would match "Tehran": a phrase never ends on punctuation.
    if (last.upos === 'PUNCT' && end - start > 1) {
      limit = end - 1;
      continue;
    }
    if (match.nonActor && last.upos !== 'VERB') return { start, end, names: [], nonActor: true };
    const names = match.names.filter((entry) => entry.kind === 'user' || writtenAsName(tokens, start, end));
    const agent = match.agent && AGENT_TAGS.has(last.upos ?? '') && !isBareArticle(tokens, start, end) && !isCountedPart(tokens, start) ? match.agent : undefined;
    if (names.length > 0 || agent) return { start, end, names, agent, nonActor: false };
    limit = end - 1;
  }
  return { start, end: start + 1, names: [], nonActor: false };
}

/** The first word after a leading "the" starts with a capital letter or a digit. */
function writtenAsName(tokens: readonly Token[], start: number, end: number): boolean {
  let first = start;
  if (tokens[first].form.toLowerCase() === 'the' && end - start > 1) first++;
  return /^[\p{Lu}\d]/u.test(tokens[first].form);
}

function isBareArticle(tokens: readonly Token[], start: number, end: number): boolean {
  return end - start === 1 && tokens[start].form.toLowerCase() === 'the';
}

/** Words that count the parties of a hyphenated compound without a number ("multi-party", "all-party", "cross-party"). */
const COUNTING_PREFIXES: ReadonlySet<string> = new Set(['multi', 'all', 'cross', 'inter', 'bi', 'tri']);

/**
 * "six-party talks", "a 25-state bloc", "two-state plan", "all-party talks": a word counted by a number
 * (or a counting prefix) joined to it by a hyphen makes a modifier of the noun after it, and no actor.
 */
function isCountedPart(tokens: readonly Token[], start: number): boolean {
  // (The gazetteer's keys drop dashes: the match may start on the hyphen.)
  const at = tokens[start].form === '-' ? start : start - 1;
  const [number, hyphen] = [tokens[at - 1], tokens[at]];
  if (!number || !hyphen || hyphen.form !== '-' || number.spaceAfter || hyphen.spaceAfter) return false;
  const word = number.form.toLowerCase();
  return number.upos === 'NUM' || LEXICON.numberWords.has(word) || COUNTING_PREFIXES.has(word);
}
