import { LEXICON } from '../lexicon/index.ts';
import { composeCode, isUnknown } from '../core/actor-code.ts';
import type { Sentence, Token } from '../core/document.ts';
import { resolveAmbiguousNames } from './ambiguity.ts';
import type { Gazetteer, NameEntry } from './gazetteer/index.ts';
import { matchUnits, type Unit } from './match-units.ts';
import { completeElidedNames } from './elided-names.ts';
import { isPairPhrase } from './pair-references.ts';
import { principalOf } from './principals.ts';
import { resolvePeoples } from './peoples.ts';

/**
 * A mention before coreference: token offsets in its sentence, and what its own words say.
 * `country` undefined means "not known yet": a possessor ("the country's foreign minister") or
 * an antecedent ("the president", "he") may still give it; null means known to be unknown.
 */
export interface Candidate {
  sentence: number;
  /** Token offsets `[start, end)` in the sentence. */
  start: number;
  end: number;
  kind: 'name' | 'person' | 'nominal' | 'pronoun' | 'country-description' | 'group-description' | 'pair';
  /** Of a pair phrase ("the two countries"): which of the two actors named before this candidate stands for. */
  pair?: 0 | 1;
  /** A full code that the words fix on their own ("IGOUNO", "IRNGOV" for an office holder). */
  code?: string;
  country?: string | null;
  sector?: string;
  name?: string;
  title?: string;
  entity?: string;
  plural: boolean;
  /** A person (or people) rather than a state, organisation or group. */
  human: boolean;
  /** Starts with "the" (or a possessive): "the president" may refer back. */
  definite: boolean;
  /** The phrase is the subject of its clause (preferred antecedent). */
  subject: boolean;
  /**
   * Of an active subject ("nsubj"): the token of its verb, then of each word that verb's clause hangs
   * on, up to the root ("they" in "Rebels holding two doctors said they would free them": "free", "said").
   */
  clauseVerbs?: number[];
  /** The phrase hangs on a verb or a noun by a preposition ("mistook the officers for militants"): a less likely antecedent than an object. */
  oblique?: boolean;
  /** The phrase is one conjunct of a coordination ("Chile and Peru", "Indian and Pakistani envoys"). */
  joint?: boolean;
  /** The head word, lower case ("president", "country", "he"). */
  head: string;
  /** The possessor whose country this phrase takes when it has none ("the country" in "the country's minister"). */
  possessor?: Candidate;
  /** The actor a spokesman, aide, envoy or lawyer speaks for ("a spokesman for President X"; principals.ts). */
  principal?: Candidate;
  /** Of a pronoun subject of a relative clause: the token of the noun that clause modifies, which the pronoun cannot refer to ("the hostages they hold"). */
  notOf?: number;
  rule: string;
}

/** How a token takes part in a noun phrase. */
type Role = 'det' | 'mod' | 'noun' | 'possessive' | 'conj' | 'break';

interface Chunk {
  units: Unit[];
  possessor?: Chunk;
  /** A possessive pronoun ("its", "his") opening the phrase: token index. */
  possessivePronoun?: number;
  /** The name of a backer before a hyphen ("US" in "US-backed"): its mentions have the rule "backer". */
  backer?: boolean;
  candidates: Candidate[];
}

/** What a sentence says on its own about its actors: name, agent and pronoun candidates. */
export function findCandidates(sentence: Sentence, index: number, gazetteer: Gazetteer, date?: string): Candidate[] {
  const tokens = sentence.tokens;
  const units = joinDemonymCompounds(tokens, resolvePeoples(tokens, resolveAmbiguousNames(tokens, completeElidedNames(tokens, matchUnits(tokens, gazetteer, date), gazetteer, date))));
  const chunks = chunkUnits(tokens, units);
  const out: Candidate[] = [];
  for (let token = 0; token < tokens.length; token++) {
    // (the tag first: it rules out most words without lower-casing them)
    if (tokens[token].upos !== 'PRON') continue;
    const form = tokens[token].form.toLowerCase();
    if (!LEXICON.pronouns.actor.has(form)) continue;
    const found = pronoun(tokens, index, token, form);
    // A subject "they" may name again the two actors of a joint subject: one candidate each (coreference.ts).
    if (form === 'they' && found.subject) out.push({ ...found, pair: 0 }, { ...found, pair: 1 });
    else out.push(found);
  }
  for (let position = 0; position < chunks.length; position++) {
    const chunk = chunks[position];
    chunk.candidates = resolveChunk(tokens, index, chunk, chunks.slice(position + 1), date);
    if (chunk.backer) chunk.candidates = chunk.candidates.map((candidate) => ({ ...candidate, rule: 'backer' }));
    // "lawmakers in Japan and South Korea": a country the agent stands for is no mention of its own.
    const claimed = out.filter((candidate) => candidate.rule.endsWith('-of-countries'));
    chunk.candidates = chunk.candidates.filter((candidate) => candidate.kind !== 'name' || !claimed.some((other) => other.start === candidate.start && other.end === candidate.end));
    // "their kidnappers": the possessor of a captor is the victim, whose country is not the captor's.
    const captors = chunk.candidates.length > 0 && chunk.candidates.every((candidate) => LEXICON.captorNouns.has(candidate.head));
    if (captors) {
      out.push(...chunk.candidates);
      continue;
    }
    if (chunk.possessivePronoun !== undefined) {
      const owner = out.find((candidate) => candidate.kind === 'pronoun' && candidate.start === chunk.possessivePronoun);
      for (const candidate of chunk.candidates) if (candidate.country === undefined && owner && !isCounterpart(candidate)) candidate.possessor = owner;
    }
    if (chunk.possessor) {
      const owner = chunk.possessor.candidates[chunk.possessor.candidates.length - 1];
      for (const candidate of chunk.candidates) {
        if (owner && candidate.country === undefined && candidate.code === undefined && !isCounterpart(candidate)) candidate.possessor = owner;
        // The phrase spans its possessor: "the country's foreign minister".
        if (owner) candidate.start = Math.min(candidate.start, chunkStart(chunk.possessor));
      }
    }
    out.push(...chunk.candidates);
  }
  for (let position = 0; position < chunks.length; position++) {
    const chunk = chunks[position];
    const principal = principalOf(tokens, chunk, chunks.slice(position + 1));
    if (principal) chunk.candidates[0].principal = principal;
  }
  return shareCountries(tokens, chunks, out).sort((a, b) => a.start - b.start || a.end - b.end);
}

/** "His counterpart", "Iran's counterparts": the equal of someone of another side, whose country the possessor is not. */
function isCounterpart(candidate: Candidate): boolean {
  return candidate.head === 'counterpart' || candidate.head === 'counterparts';
}

/**
 * "Lawmakers and officials in Japan and South Korea": an agent of no country joined by "and" to an
 * agent of countries named after it stands for the same countries, one candidate each.
 */
function shareCountries(tokens: readonly Token[], chunks: readonly Chunk[], out: Candidate[]): Candidate[] {
  for (let k = chunks.length - 2; k >= 0; k--) {
    const [own, next] = [chunks[k].candidates, chunks[k + 1].candidates];
    const between = tokens.slice(chunks[k].units[chunks[k].units.length - 1].end, chunks[k + 1].units[0].start).map((token) => token.form.toLowerCase());
    const countries = next.filter((candidate) => /-of-countr(y|ies)$/.test(candidate.rule) && candidate.country);
    if (own.length !== 1 || own[0].kind !== 'nominal' || own[0].country || own[0].code || between.join(' ') !== 'and' || !countries.length) continue;
    const shared = countries.map((country) => ({ ...own[0], country: country.country, entity: country.entity, rule: `${own[0].rule}-of-countries` }));
    out.splice(out.indexOf(own[0]), 1, ...shared);
    chunks[k].candidates = shared;
  }
  return out;
}

function pronoun(tokens: readonly Token[], sentence: number, token: number, form: string): Candidate {
  const { human, plural } = LEXICON.pronouns.actor.get(form)!;
  const candidate: Candidate = { sentence, start: token, end: token + 1, kind: 'pronoun', human, plural, definite: true, subject: isSubject(tokens, token, token + 1), head: form, rule: 'pronoun' };
  const verbs = clauseVerbs(tokens, token, token + 1);
  if (verbs) candidate.clauseVerbs = verbs;
  // "two journalists they were holding": the subject of a relative clause is not the noun the clause
  // modifies, which is its object.
  const verb = tokens[token].head ?? -1;
  if (tokens[token].deprel === 'nsubj' && verb >= 0 && tokens[verb].deprel === 'acl:relcl' && (tokens[verb].head ?? -1) >= 0 && (tokens[verb].head ?? -1) < token) candidate.notOf = tokens[verb].head;
  // "Soldiers stopped two farmers and beat them": the object of a verb is not that verb's own subject
  // (which would be "themselves"), nor the subject it shares with the verb it is conjoined to.
  else if ((tokens[token].deprel === 'obj' || tokens[token].deprel === 'iobj') && verb >= 0) {
    const subject = subjectOf(tokens, verb);
    if (subject >= 0 && subject < token) candidate.notOf = subject;
  }
  return candidate;
}

/**
 * The token heading the active subject of verb `verb`, or, when it has none of its own, of the verb it
 * is conjoined to or the clause its participle adjoins ("criticised the president, accusing him of
 * ...": the critic accuses); -1 if none.
 */
function subjectOf(tokens: readonly Token[], verb: number): number {
  for (let at = verb, step = 0; at >= 0 && step < 3; step++) {
    const own = tokens.findIndex((t) => t.head === at && t.deprel === 'nsubj');
    if (own >= 0) return own;
    // (Only a bare participle: after "for", "by" ... its subject may be another: "thanked the people for supporting them".)
    const bareParticiple = tokens[at].deprel === 'advcl' && tokens[at].xpos === 'VBG' && !tokens.some((t) => t.head === at && (t.deprel === 'mark' || t.deprel === 'case'));
    if (tokens[at].deprel !== 'conj' && !bareParticiple) return -1;
    at = tokens[at].head ?? -1;
  }
  return -1;
}

function roleOf(tokens: readonly Token[], unit: Unit): Role {
  if (unit.nonActor || unit.agent) return 'noun';
  if (unit.names.length > 0) return unit.names.every((entry) => entry.type === 'demonym' || entry.type === 'people') ? 'mod' : 'noun';
  const token = tokens[unit.start];
  const form = token.form.toLowerCase();
  if (token.xpos === 'POS' || ((form === "'s" || form === "'") && token.upos === 'PART')) return 'possessive';
  if (isInnerHyphen(tokens, unit.start)) return 'mod';
  // "U.S.-led forces": forces led by the named state are its forces.
  if (form === 'led' && unit.start > 0 && isInnerHyphen(tokens, unit.start - 1)) return 'mod';
  switch (token.upos) {
    case 'DET':
      return 'det';
    case 'PRON':
      return token.xpos === 'PRP$' || form === 'its' || form === 'their' || form === 'his' ? 'det' : 'break';
    case 'ADJ':
    case 'NUM':
      return 'mod';
    case 'NOUN':
    case 'PROPN':
      return 'noun';
    case 'CCONJ':
      return 'conj';
    default:
      return 'break';
  }
}

/**
 * Groups units into base noun phrases: determiners, modifiers and nouns in a row, ended by
 * anything else. A possessive ends the possessor's phrase and opens the possessed one, which
 * keeps a link to it. "and" joins two modifiers only ("Bulgarian and Greek officials"), so
 * "Tehran and Washington" stays two phrases.
 */
function chunkUnits(tokens: readonly Token[], units: readonly Unit[]): Chunk[] {
  const chunks: Chunk[] = [];
  let current: Chunk = { units: [], candidates: [] };
  const close = () => {
    if (current.units.length > 0) chunks.push(current);
    current = { units: [], candidates: [] };
  };
  for (let i = 0; i < units.length; i++) {
    const unit = units[i];
    const role = roleOf(tokens, unit);
    const backer = backerBefore(tokens, units, i, current);
    if (backer !== undefined) {
      // "Iraq's US-backed leader": the backer is a phrase of its own, the phrase goes on past it.
      chunks.push({ units: [current.units[backer]], candidates: [], backer: true });
      current.units.splice(backer);
      continue;
    }
    if (role === 'break' && isDemonymListComma(tokens, units, i, current)) {
      current.units.push(unit);
    } else if (role === 'break') {
      close();
    } else if (role === 'possessive') {
      if (current.units.length === 0) continue;
      const possessor = current;
      close();
      current.possessor = possessor;
    } else if (role === 'conj') {
      const previous = current.units[current.units.length - 1];
      const next = units[i + 1];
      const listed = previous && (roleOf(tokens, previous) === 'mod' || tokens[previous.start].form === ',');
      if (listed && next && roleOf(tokens, next) === 'mod') current.units.push(unit);
      else close();
    } else if (role === 'det' && current.units.length > 0) {
      close();
      current.units.push(unit);
      if (tokens[unit.start].upos === 'PRON') current.possessivePronoun = unit.start;
    } else {
      if (role === 'det' && tokens[unit.start].upos === 'PRON') current.possessivePronoun = unit.start;
      current.units.push(unit);
    }
  }
  close();
  return chunks;
}

/**
 * Where in the open phrase `current` a backer begins when unit `i` is a participle of backing after
 * a hyphenated name ("US-backed", "Iranian-funded") and a noun phrase goes on after it: the index of
 * the name's unit. The backer supports the noun's actor and is not its owner: "Afghanistan's
 * US-backed president" is Afghan, "the Syrian-funded militia" is no Syrian militia.
 */
function backerBefore(tokens: readonly Token[], units: readonly Unit[], i: number, current: Chunk): number | undefined {
  const unit = units[i];
  if (unit.end - unit.start !== 1 || !LEXICON.backerParticiples.has(tokens[unit.start].form.toLowerCase())) return undefined;
  const count = current.units.length;
  if (count < 2) return undefined;
  const [name, hyphen] = [current.units[count - 2], current.units[count - 1]];
  if (hyphen.end - hyphen.start !== 1 || !isInnerHyphen(tokens, hyphen.start) || name.names.length === 0 || name.end !== hyphen.start) return undefined;
  const next = units[i + 1];
  if (!next || next.start !== unit.end) return undefined;
  const role = roleOf(tokens, next);
  return role === 'mod' || role === 'noun' ? count - 2 : undefined;
}

/**
 * A comma inside a list of demonyms that "and" or "or" closes ("Egyptian, Jordanian and Syrian
 * ministers"): it joins the modifiers of one phrase, as "and" does, rather than ending it.
 */
function isDemonymListComma(tokens: readonly Token[], units: readonly Unit[], i: number, current: Chunk): boolean {
  if (tokens[units[i].start].form !== ',' || !isDemonym(current.units[current.units.length - 1])) return false;
  let k = i;
  while (k + 1 < units.length) {
    const form = tokens[units[k].start].form.toLowerCase();
    const next = units[k + 1];
    if (form === 'and' || form === 'or') return isDemonym(next);
    if (form !== ',') return false;
    const nextForm = tokens[next.start].form.toLowerCase();
    if (nextForm === 'and' || nextForm === 'or') k += 1;
    else if (isDemonym(next)) k += 2;
    else return false;
  }
  return false;
}

/** A unit that is a demonym and nothing else ("Chinese", not "China"). */
function isDemonym(unit: Unit | undefined): unit is Unit {
  return unit !== undefined && unit.names.length > 0 && unit.names.every((entry) => entry.type === 'demonym');
}

/** Endings of nouns for a person ("scientist", "writer", "businessman", "student"). */
const PERSON_ENDING = /(ist|er|or|man|woman|ian|ant|ent|ee)$/;

/**
 * The noun a demonym compound modifies is one person: a singular agent word for people
 * ("leader", not "government"), or a singular noun with a person's ending ("scientist").
 */
function modifiesOnePerson(tokens: readonly Token[], units: readonly Unit[], from: number): boolean {
  let head: Unit | undefined;
  for (let i = from; i < units.length; i++) {
    const token = tokens[units[i].start];
    if (units[i].agent || token.upos === 'NOUN' || token.upos === 'PROPN') head = units[i];
    else if (head || token.upos !== 'ADJ') break;
  }
  if (!head || head.names.length > 0) return false;
  const token = tokens[head.end - 1];
  const form = token.form.toLowerCase();
  if (token.xpos !== 'NN' || LEXICON.collectiveAgents.has(form) || LEXICON.placeNouns.has(form)) return false;
  return head.agent !== undefined || (PERSON_ENDING.test(form) && !form.endsWith('ment'));
}

/**
 * A hyphenated demonym compound before a person is one nationality, the last one: "a
 * Chinese-American scientist" is an American (of Chinese descent), one actor, not two. Before
 * anything else the parts stay two actors: "Israeli-Palestinian talks", "Indian-Pakistani border".
 */
function joinDemonymCompounds(tokens: readonly Token[], units: readonly Unit[]): Unit[] {
  const out: Unit[] = [];
  for (let i = 0; i < units.length; i++) {
    const [first, hyphen, second] = [units[i], units[i + 1], units[i + 2]];
    if (isDemonym(first) && hyphen && isInnerHyphen(tokens, hyphen.start) && isDemonym(second) && (modifiesOnePerson(tokens, units, i + 3) || namesOnePerson(tokens, units, i))) {
      out.push({ ...second, start: first.start });
      i += 2;
    } else {
      out.push(first);
    }
  }
  return out;
}

/**
 * A demonym compound that is itself the noun for one person: "a Chinese-American held for spying",
 * with an indefinite article before it and no noun after it.
 */
function namesOnePerson(tokens: readonly Token[], units: readonly Unit[], at: number): boolean {
  const before = tokens[units[at].start - 1];
  if (!before || !['a', 'an'].includes(before.form.toLowerCase())) return false;
  const next = units[at + 3];
  return !next || !['NOUN', 'PROPN', 'ADJ'].includes(tokens[next.start].upos ?? '');
}

/** A hyphen written inside a word ("al-Zarqawi", "Jean-Bertrand"): part of the phrase. */
function isInnerHyphen(tokens: readonly Token[], index: number): boolean {
  const token = tokens[index];
  return (token.form === '-' || token.xpos === 'HYPH') && index > 0 && !tokens[index - 1].spaceAfter && !token.spaceAfter && index + 1 < tokens.length;
}

function chunkStart(chunk: Chunk): number {
  return chunk.possessor ? chunkStart(chunk.possessor) : chunk.units[0].start;
}

/**
 * True when the phrase is the subject of its clause: a word of it attached outside it as
 * `nsubj`, or, when the parse says otherwise, a phrase that opens its clause and is followed
 * at once by a verb or auxiliary ("Iranian President Masoud Pezeshkian has instructed").
 */
function isSubject(tokens: readonly Token[], start: number, end: number): boolean {
  for (let i = start; i < end; i++) {
    const head = tokens[i].head ?? -1;
    if ((head < start || head >= end) && (tokens[i].deprel ?? '').startsWith('nsubj')) return true;
  }
  const next = tokens[end];
  const previous = tokens[start - 1];
  const opensClause = !previous || previous.upos === 'PUNCT' || previous.upos === 'SCONJ' || previous.upos === 'CCONJ';
  return opensClause && next !== undefined && (next.upos === 'AUX' || next.upos === 'VERB') && next.xpos !== 'VBG' && next.xpos !== 'VBN';
}

/**
 * Of a phrase of words `[start, end)` that is the active subject ("nsubj") of a verb outside it: that
 * verb, then each word above it up to the root; undefined for any other phrase.
 */
function clauseVerbs(tokens: readonly Token[], start: number, end: number): number[] | undefined {
  for (let i = start; i < end; i++) {
    const head = tokens[i].head ?? -1;
    if (head >= start && head < end) continue;
    if (tokens[i].deprel !== 'nsubj' || head < 0) continue;
    const verbs: number[] = [];
    for (let at = head; at >= 0 && !verbs.includes(at); at = tokens[at].head ?? -1) verbs.push(at);
    return verbs;
  }
  return undefined;
}

/** True when the phrase of words `[start, end)` takes a preposition and hangs on a word outside it ("for militants", "of the group"). */
function isOblique(tokens: readonly Token[], start: number, end: number): boolean {
  for (let i = start; i < end; i++) {
    const head = tokens[i].head ?? -1;
    if (head >= start && head < end) continue;
    const relation = tokens[i].deprel ?? '';
    if ((relation.startsWith('obl') || relation === 'nmod') && tokens.some((t) => t.head === i && t.deprel === 'case')) return true;
  }
  return false;
}

/** True when a coordination ("and", "or") joins words `[start, end)` to others or runs inside them ("Chile and Peru", "Indian and Pakistani envoys"). */
function isConjunct(tokens: readonly Token[], start: number, end: number): boolean {
  // (no closure for "inside": asked for every candidate name, and tsx names each closure made, at a cost)
  return tokens.some((t, k) => t.deprel === 'conj' && ((k >= start && k < end) || ((t.head ?? -1) >= start && (t.head ?? -1) < end)));
}

/** The reading of a name to use: the latest term of an office holder, else the first entry. */
function chooseEntry(names: readonly NameEntry[]): NameEntry | undefined {
  if (names.length <= 1) return names[0];
  const people = names.filter((entry) => entry.kind === 'person');
  if (people.length > 0) return [...people].sort((a, b) => (b.start ?? '').localeCompare(a.start ?? ''))[0];
  return names[0];
}

/**
 * The chosen entry (`chooseEntry`) of the first unit whose entry passes `test`, or of the last with
 * `fromEnd`. A loop rather than `units.map(...).find(...)`: this runs for most noun phrases, and the
 * mapped arrays (empty ones of another elements kind) made V8 drop resolveChunk's optimised code
 * again and again.
 */
function unitEntry(units: readonly Unit[], test: (entry: NameEntry) => boolean, fromEnd = false): NameEntry | undefined {
  for (let k = 0; k < units.length; k++) {
    const entry = chooseEntry(units[fromEnd ? units.length - 1 - k : k].names);
    if (entry && test(entry)) return entry;
  }
  return undefined;
}

/** The readings a name stands for together: one, or each code of a user dictionary's "ELR/GAL" (two actors named at once). */
function jointEntries(names: readonly NameEntry[], chosen: NameEntry): NameEntry[] {
  if (chosen.kind !== 'user') return [chosen];
  const joint = names.filter((entry) => entry.group === chosen.group);
  return joint.filter((entry, i) => joint.findIndex((other) => other.code === entry.code) === i);
}

function isUserNonActor(entry: NameEntry | undefined): boolean {
  return entry?.kind === 'user' && (entry.code === '---' || entry.code === '+++');
}

/** True when the entry names a state (country, its capital or a seat), not an organisation or a person. */
function isCountryEntry(entry: NameEntry): boolean {
  return entry.kind === 'country' || (entry.kind === 'user' && entry.code.length === 3);
}

function textOf(tokens: readonly Token[], start: number, end: number): string {
  let text = '';
  for (let i = start; i < end; i++) text += tokens[i].form + (i < end - 1 && tokens[i].spaceAfter ? ' ' : '');
  return text;
}

function isDayWord(tokens: readonly Token[], unit: Unit): boolean {
  return unit.end - unit.start === 1 && unit.names.length === 0 && !unit.agent && LEXICON.calendar.dayWords.has(tokens[unit.start].form.toLowerCase());
}

function isPlural(token: Token): boolean {
  return token.xpos === 'NNS' || token.xpos === 'NNPS';
}

/**
 * The candidates of one noun phrase. The head (last noun) decides: an actor name gives its code,
 * an agent word gives a sector to the country its modifiers, possessor or "of"-phrase name, a
 * plain noun leaves each name inside it a mention of its own ("US" in "the US withdrawal").
 */
function resolveChunk(tokens: readonly Token[], sentence: number, chunk: Chunk, following: readonly Chunk[], date?: string): Candidate[] {
  // A day word closing the phrase is no part of it: "Chilean president Ricardo Lagos Thursday".
  let length = chunk.units.length;
  while (length > 1 && isDayWord(tokens, chunk.units[length - 1])) length--;
  const units = length < chunk.units.length ? chunk.units.slice(0, length) : chunk.units;
  if (!chunk.possessor && isPairPhrase(tokens, units[0].start, units[units.length - 1].end)) return pairCandidates(tokens, sentence, units);
  let headIndex = -1;
  for (let i = units.length - 1; i >= 0; i--) {
    if (roleOf(tokens, units[i]) === 'noun') {
      headIndex = i;
      break;
    }
  }
  if (headIndex < 0) {
    for (let i = units.length - 1; i >= 0; i--) if (units[i].names.length > 0) headIndex = headIndex < 0 ? i : headIndex;
  }
  if (headIndex < 0) return [];
  const head = units[headIndex];
  if (head.nonActor || isUserNonActor(chooseEntry(head.names))) return [];
  // "held hostage", "taken prisoner": a bare singular predicate noun says what someone was made, and is no actor.
  if (units.length === 1 && head.agent && !chunk.possessor && chunk.possessivePronoun === undefined && tokens[head.end - 1].xpos === 'NN' && LEXICON.predicateNouns.has(tokens[head.end - 1].form.toLowerCase())) return [];

  const start = units[0].start;
  const end = head.end;
  const headToken = tokens[head.end - 1];
  const verbs = clauseVerbs(tokens, start, end);
  const base = {
    sentence,
    start,
    end,
    plural: isPlural(headToken),
    definite: tokens[start].form.toLowerCase() === 'the' || chunk.possessivePronoun !== undefined || chunk.possessor !== undefined,
    subject: isSubject(tokens, start, end),
    ...(verbs ? { clauseVerbs: verbs } : {}),
    oblique: isOblique(tokens, start, end),
    joint: isConjunct(tokens, start, end),
    head: headToken.form.toLowerCase(),
  };
  const before = units.slice(0, headIndex);
  const headEntry = chooseEntry(head.names);

  // A name run at the end ("Masoud Pezeshkian", "Laurent Gbagbo") after title words.
  let runStart = headIndex;
  if (!headEntry && !head.agent && headToken.upos === 'PROPN') {
    while (runStart > 0 && isPlainProperNoun(tokens, units[runStart - 1])) runStart--;
  }
  const isPersonName = headEntry?.kind === 'person' || (!headEntry && !head.agent && headToken.upos === 'PROPN' && !LEXICON.calendar.dayAndMonthNames.has(base.head));

  // "Bree Prime Minister Romendacil": a PETRARCH dictionary names a leader by a country's code
  // alone; the title right before the name gives the sector, a country before it (possessor or
  // modifier) the country, else the name's own.
  const title = before[before.length - 1];
  if (headEntry?.kind === 'user' && isCountryEntry(headEntry) && title?.agent) {
    const titleAgents = before.filter((unit) => unit.agent);
    const reading = { kind: 'person' as const, sector: sectorOf(titleAgents.map((unit) => unit.agent!.sector)), name: textOf(tokens, head.start, head.end), title: textOf(tokens, titleAgents[0].start, title.end), human: true, rule: 'title-dictionary-name' };
    const evidence = countryEvidence(before);
    if (evidence.length || chunk.possessor) return evidenceCandidates(tokens, base, before, evidence, reading, chunk, following);
    return [{ ...base, ...reading, code: composeCode(headEntry.country!, reading.sector), country: headEntry.country, entity: headEntry.actor, plural: false }];
  }
  if (headEntry && !isPersonName) {
    const named = jointEntries(head.names, headEntry).map((entry) => nameCandidate(tokens, base, head, entry, before, chunk));
    return [...named, ...modifierNames(tokens, sentence, before, base.subject)];
  }

  if (isPersonName) {
    const nameStart = headEntry ? head.start : units[runStart].start;
    const titleUnits = (headEntry ? before : units.slice(0, runStart)).filter((unit) => unit.agent || isCapitalisedWord(tokens, unit));
    const titleAgents = titleUnits.filter((unit) => unit.agent);
    const titleStart = trailingTitleStart(tokens, headEntry ? before : units.slice(0, runStart));
    const title = titleStart !== undefined ? textOf(tokens, titleStart, nameStart) : headEntry?.title;
    const name = textOf(tokens, nameStart, head.end);
    if (headEntry) {
      return [{ ...base, kind: 'person', code: headEntry.code, country: headEntry.country, name, title, entity: headEntry.actor, human: true, plural: false, rule: 'office-holder' }];
    }
    const evidence = countryEvidence(before);
    const organisation = unitEntry(before, (entry) => !isCountryEntry(entry));
    if (titleAgents.length === 0 && !organisation && evidence.length === 0) {
      // An unknown name: an actor when it acts (the subject), or when a later surname links it.
      return [{ ...base, kind: 'name', country: base.subject ? null : undefined, name, human: true, plural: false, rule: 'unknown-name' }];
    }
    const sector = sectorOf(titleAgents.map((unit) => unit.agent!.sector));
    if (organisation) {
      return [{ ...base, kind: 'person', code: organisation.code, country: organisation.country, name, title, entity: organisation.actor, human: true, plural: false, rule: 'title-organisation' }];
    }
    return evidenceCandidates(tokens, base, before, evidence, { kind: 'person', sector, name, title, human: true, rule: 'title-name' }, chunk, following);
  }

  if (head.agent) {
    const agents = units.slice(0, headIndex + 1).filter((unit) => unit.agent);
    const sector = sectorOf(agents.map((unit) => unit.agent!.sector));
    const firstAgent = agents[0];
    const title = textOf(tokens, firstAgent.start, head.end);
    const organisation = unitEntry(before, (entry) => !isCountryEntry(entry));
    const human = !LEXICON.collectiveAgents.has(base.head);
    if (organisation) {
      const code = organisation.kind === 'person' ? `${organisation.country}${sector}` : organisation.code;
      return [{ ...base, kind: 'nominal', code, country: organisation.country, title, entity: organisation.actor, human, rule: 'agent-organisation' }];
    }
    const evidence = countryEvidence(before);
    return evidenceCandidates(tokens, base, before, evidence, { kind: 'nominal', sector, title, human, rule: 'agent' }, chunk, following);
  }

  // A plain noun head: "the country" may refer back; names inside are mentions of their own.
  if (LEXICON.countryNouns.has(base.head) && base.definite && before.every((unit) => unit.names.length === 0) && !base.plural) {
    return [{ ...base, kind: 'country-description', human: false, rule: 'country-description' }];
  }
  // "The group" may refer back to an organisation or armed group.
  if (LEXICON.groupNouns.has(base.head) && tokens[start].form.toLowerCase() === 'the' && !chunk.possessor && before.every((unit) => unit.names.length === 0) && !base.plural) {
    return [{ ...base, kind: 'group-description', human: false, rule: 'group-description' }];
  }
  // A place noun with a country word: the country, as a place ("the Bosnian town", "Iraqi towns").
  if (LEXICON.placeNouns.has(base.head)) {
    // "an ethnic Albanian village": an ethnicity, which says who lives there, not which state it is in.
    if (before.some((unit) => tokens[unit.start].form.toLowerCase() === 'ethnic')) return [];
    const country = unitEntry(before, (entry) => isCountryEntry(entry) && entry.type !== 'people', true);
    if (country) return [{ ...base, kind: 'name', code: country.country, country: country.country, entity: country.actor, human: false, rule: 'place-noun' }];
  }
  // An agent word before the plain head makes the words up to it (or up to a name after it) an
  // actor phrase of its own: "the Chadian government" in "the Chadian government ease curfews",
  // "Israeli military" in "Israeli military policies", "a rebel" in "a rebel attack". An agent
  // the tagger calls an adjective needs a name before it ("a general strike" is no actor).
  // ("a three-day official visit": an agent word that is also an adjective, right before the head, is one.)
  const adjective = (unit: Unit, i: number) => tokens[unit.end - 1].upos === 'ADJ' || (i === before.length - 1 && unit.end - unit.start === 1 && LEXICON.adjectiveAgents.has(tokens[unit.start].form.toLowerCase()));
  const firstAgent = before.findIndex((unit, i) => unit.agent && (!adjective(unit, i) || before.slice(0, i).some((other) => other.names.length > 0)));
  if (firstAgent >= 0) {
    let cut = firstAgent;
    for (let i = before.length - 1; i > firstAgent; i--) {
      if (before[i].agent || before[i].names.length > 0) {
        cut = i;
        break;
      }
    }
    const sub: Chunk = { ...chunk, units: units.slice(0, cut + 1), candidates: [] };
    return [...resolveChunk(tokens, sentence, sub, [], date), ...modifierNames(tokens, sentence, before.slice(cut + 1), false)];
  }
  return modifierNames(tokens, sentence, before, false);
}

/** The two candidates of a pair phrase ("the two countries", "both leaders"), one per actor it names again (pair-references.ts). */
function pairCandidates(tokens: readonly Token[], sentence: number, units: readonly Unit[]): Candidate[] {
  const head = units[units.length - 1];
  const [start, end] = [units[0].start, head.end];
  const word = tokens[end - 1].form.toLowerCase();
  const human = head.agent !== undefined && !LEXICON.collectiveAgents.has(word);
  return ([0, 1] as const).map((pair) => ({
    sentence, start, end, kind: 'pair', pair, sector: head.agent?.sector, plural: true, human, definite: true,
    subject: isSubject(tokens, start, end), head: word, rule: 'pair',
  }));
}

/** The start of the capitalised title words right before a name ("Foreign Minister", "President"). */
function trailingTitleStart(tokens: readonly Token[], before: readonly Unit[]): number | undefined {
  let start: number | undefined;
  for (let i = before.length - 1; i >= 0; i--) {
    const unit = before[i];
    if (unit.names.length > 0 || !(unit.agent || isCapitalisedWord(tokens, unit))) break;
    if (!/^\p{Lu}/u.test(tokens[unit.start].form) && !unit.agent) break;
    start = unit.start;
  }
  return start;
}

function isCapitalisedWord(tokens: readonly Token[], unit: Unit): boolean {
  return unit.names.length === 0 && !unit.agent && /^\p{Lu}/u.test(tokens[unit.start].form) && tokens[unit.start].upos !== 'DET';
}

function isPlainProperNoun(tokens: readonly Token[], unit: Unit): boolean {
  if (unit.names.length > 0 || unit.agent || unit.nonActor) return false;
  return (tokens[unit.start].upos === 'PROPN' && !LEXICON.calendar.dayAndMonthNames.has(tokens[unit.start].form.toLowerCase())) || isInnerHyphen(tokens, unit.start);
}

/**
 * One sector for several agent words: the head's, except that a government word ("official",
 * "leader") yields to a more specific one before it ("military official", "rebel leader").
 */
function sectorOf(sectors: readonly string[]): string {
  const head = sectors[sectors.length - 1] ?? 'GOV';
  if (head !== 'GOV' && head !== 'ELI') return head;
  const specific = sectors.slice(0, -1).reverse().find((sector) => sector !== 'GOV');
  return specific ?? head;
}

/** Country-giving units among the modifiers, grouped: several only when joined by "and". */
function countryEvidence(before: readonly Unit[]): Unit[] {
  return before.filter((unit) => {
    const entry = chooseEntry(unit.names);
    return entry !== undefined && isCountryEntry(entry);
  });
}

interface Reading {
  kind: Candidate['kind'];
  sector: string;
  name?: string;
  title?: string;
  human: boolean;
  rule: string;
}

/**
 * Candidates for an agent or titled name from its country words: one per country joined by
 * "and" ("Bulgarian and Greek officials": two), or the country of an "of"/"in" phrase right
 * after it, or none yet (the possessor or an antecedent may give it).
 */
function evidenceCandidates(
  tokens: readonly Token[],
  base: Omit<Candidate, 'kind' | 'human' | 'rule'>,
  before: readonly Unit[],
  evidence: readonly Unit[],
  reading: Reading,
  chunk: Chunk,
  following: readonly Chunk[],
): Candidate[] {
  const make = (country: string | null | undefined, entity: string | undefined, span: { start: number; end: number }, rule = reading.rule): Candidate => ({
    ...base,
    ...span,
    kind: reading.kind,
    country,
    sector: reading.sector,
    name: reading.name,
    title: reading.title,
    entity,
    human: reading.human,
    rule,
  });
  if (evidence.length === 0) {
    // "Syria's troops in Lebanon", "its troops from Lebanon": an owner says whose they are, and the phrase after only where.
    const owner = chunk.possessor?.candidates.find((candidate) => candidate.kind !== 'name' || candidate.code !== undefined);
    const owned = (owner !== undefined || chunk.possessivePronoun !== undefined) && !isCounterpart(base as Candidate);
    const after = owned ? [] : countriesAfter(tokens, base.end, following);
    if (after.length === 1) return [make(after[0].entry.country, after[0].entry.actor, { start: base.start, end: after[0].end }, `${reading.rule}-of-country`)];
    // ("the leaders of India and Pakistan": one agent per country of a coordination, joint by construction)
    if (after.length > 1) return after.map((country, i) => ({ ...make(country.entry.country, country.entry.actor, { start: i === 0 ? base.start : country.start, end: country.end }, `${reading.rule}-of-countries`), joint: true }));
    const unknown = chunk.possessor || chunk.possessivePronoun !== undefined || base.definite ? undefined : null;
    return [make(unknown, undefined, { start: base.start, end: base.end })];
  }
  const joined = evidence.length > 1 && before.some((unit) => tokens[unit.start].upos === 'CCONJ');
  const used = joined ? evidence : [evidence[evidence.length - 1]];
  return used.map((unit, i) => {
    const entry = chooseEntry(unit.names)!;
    const span = used.length === 1 ? { start: base.start, end: base.end } : i === 0 ? { start: base.start, end: unit.end } : i === used.length - 1 ? { start: unit.start, end: base.end } : { start: unit.start, end: unit.end };
    return make(entry.country, entry.actor, span, used.length > 1 ? `${reading.rule}-coordinated` : reading.rule);
  });
}

/** A country named by the one name of a chunk ("Armenia", "the Ivory Coast"), with where the chunk ends. */
function chunkCountry(chunk: Chunk | undefined): { entry: NameEntry; start: number; end: number } | undefined {
  if (!chunk) return undefined;
  const names = chunk.units.filter((unit) => unit.names.length > 0);
  const last = chunk.units[chunk.units.length - 1];
  const entry = chooseEntry(last.names);
  if (names.length !== 1 || !entry || !isCountryEntry(entry) || entry.type === 'demonym' || entry.type === 'people') return undefined;
  return { entry, start: chunk.units[0].start, end: last.end };
}

/**
 * "of Armenia", "in the Ivory Coast": a country name in a phrase right after `end`; with the
 * countries coordinated with it ("lawmakers in Japan and South Korea", "the ambassadors of France,
 * Germany and Italy"), each of which the agent stands for. A list of commas counts only when "and"
 * or "or" closes it; a name that owns what follows ("of France and Germany's envoy") ends it.
 */
function countriesAfter(tokens: readonly Token[], end: number, following: readonly Chunk[]): { entry: NameEntry; start: number; end: number }[] {
  const word = tokens[end];
  if (!word || !LEXICON.countryPrepositions.has(word.form.toLowerCase()) || following[0]?.units[0].start !== end + 1) return [];
  const first = chunkCountry(following[0]);
  if (!first) return [];
  const found = [first];
  for (let k = 1; k < following.length; k++) {
    const between = tokens.slice(found[found.length - 1].end, following[k].units[0].start).map((token) => token.form.toLowerCase());
    const closing = between.length > 0 && ['and', 'or'].includes(between[between.length - 1]) && between.slice(0, -1).every((form) => form === ',');
    const listing = between.length === 1 && between[0] === ',';
    const country = chunkCountry(following[k]);
    if (!country || (!closing && !listing) || following[k + 1]?.possessor === following[k]) break;
    found.push(country);
    if (closing) return found;
  }
  return [first];
}

/** A name heading its phrase: a country, a capital acting as its government, an organisation, a group. */
function nameCandidate(
  tokens: readonly Token[],
  base: Omit<Candidate, 'kind' | 'human' | 'rule'>,
  head: Unit,
  entry: NameEntry,
  before: readonly Unit[],
  chunk: Chunk,
): Candidate {
  // ("Americans", "Kurds"; "a Briton", "an Iraqi-American": one person, whom "he" or "she" may stand for)
  const article = tokens[base.start]?.form.toLowerCase();
  const human = (entry.type === 'demonym' || entry.type === 'people') && (isPlural(tokens[head.end - 1]) || article === 'a' || article === 'an');
  // "Iraqi Kurds", "Sudanese Dinka": one mention, the people of the country named before it.
  if (entry.type === 'people') {
    const country = unitEntry(before, (other) => other.kind === 'country' && other.type !== 'people', true);
    if (country && !isUnknown(country.country)) {
      const sector = entry.sector ?? 'CVL';
      return { ...base, kind: 'name', code: composeCode(country.country, sector), country: country.country, entity: entry.actor, human, rule: 'people-of-country' };
    }
  }
  const start = Math.max(base.start, ...before.filter((unit) => unit.names.length > 0).map((unit) => unit.end));
  const span = { start: before.some((unit) => unit.names.length > 0) ? start : base.start, end: base.end };
  if (entry.type === 'capital') {
    const previous = tokens[chunk.units[0].start - 1]?.form.toLowerCase();
    if (previous && LEXICON.placePrepositions.has(previous)) {
      return { ...base, ...span, kind: 'name', code: entry.code, country: entry.country, entity: entry.actor, human: false, rule: 'capital-place' };
    }
    return { ...base, ...span, kind: 'name', code: composeCode(entry.code, 'GOV'), country: entry.country, entity: entry.actor, human: false, rule: 'capital-government' };
  }
  return { ...base, ...span, kind: 'name', code: entry.code, country: entry.country, entity: entry.actor, human, rule: `name-${entry.type}` };
}

/** Each name among the modifiers of a plain noun, as a mention of its own country or organisation. */
function modifierNames(tokens: readonly Token[], sentence: number, units: readonly Unit[], subject: boolean): Candidate[] {
  const out: Candidate[] = [];
  for (const unit of units) {
    const entry = chooseEntry(unit.names);
    if (!entry || isUserNonActor(entry)) continue;
    // A capital in front of a noun is the place ("Baghdad University"): its country only.
    const code = entry.kind === 'person' ? entry.code : entry.type === 'capital' ? entry.country : entry.code;
    out.push({
      sentence,
      start: unit.start,
      end: unit.end,
      kind: entry.kind === 'person' ? 'person' : 'name',
      code,
      country: entry.country,
      entity: entry.actor,
      name: entry.kind === 'person' ? textOf(tokens, unit.start, unit.end) : undefined,
      plural: false,
      human: entry.kind === 'person',
      definite: false,
      subject,
      joint: isConjunct(tokens, unit.start, unit.end),
      head: tokens[unit.end - 1].form.toLowerCase(),
      rule: `modifier-${entry.type}`,
    });
  }
  return out;
}
