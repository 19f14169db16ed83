import { LEXICON } from '../lexicon/index.ts';
import { composeCode, countryOf, isStateCode as isState, isUnknown, sectorOf, UNKNOWN_COUNTRY } from '../core/actor-code.ts';
import type { Candidate } from './find-mentions.ts';
import { jointSubjects, pairAntecedents, pairCode } from './pair-references.ts';
import { principalCode } from './principals.ts';

/** A candidate after coreference: its code is final, and it may point back to an antecedent. */
export interface Resolved extends Candidate {
  code: string;
  /** Index (in the same list) of the mention this one refers to. */
  antecedent?: number;
}

/** Possessive pronouns, which refer to the nearest fitting actor of their sentence. */
const POSSESSIVES: ReadonlySet<string> = new Set(['its', 'their']);

/** How many sentences back a pronoun or description looks for its antecedent (0 = its own). */
const PRONOUN_WINDOW = 2;
const PLURAL_PRONOUN_WINDOW = 1;

/**
 * Links pronouns, definite descriptions and bare surnames to earlier mentions, and gives every
 * candidate its final code. Rules, in order of the candidate's kind:
 * - "he", "she", "his", "her": the nearest earlier person, subjects first, within two sentences;
 * - "its": the nearest earlier state, organisation or group; "they", "their": the nearest
 *   earlier plural actor, within one sentence; a subject "they" after a joint subject of two
 *   countries ("Chile and Peru held talks. They agreed ..."): both (two candidates of one span);
 * - "the country": the nearest earlier country, else the country of the nearest actor;
 * - "the president", "the Iranian president": the nearest earlier person whose title has that
 *   word and whose country does not clash;
 * - a one-word name: an earlier full name ending in it ("Pezeshkian" after "Masoud Pezeshkian");
 * - a phrase with a possessor takes the possessor's country ("the country's foreign minister");
 * - a bare force ("Soldiers", "police") takes the country of the one force of its sector named in
 *   its sentence or the one before ("British troops ... Soldiers later detained").
 * Unresolved pronouns are dropped; anything else unresolved keeps the code `UNK` + sector.
 */
export function resolveCoreference(candidates: readonly Candidate[]): Resolved[] {
  const done: (Resolved | undefined)[] = [];
  const indexOf = new Map<Candidate, number>();
  const proxiesOf = new Map<Candidate, number[]>();
  for (const [i, candidate] of candidates.entries()) {
    if (candidate.principal) proxiesOf.set(candidate.principal, [...(proxiesOf.get(candidate.principal) ?? []), i]);
  }
  // "A spokesman for President X": once both are resolved, the proxy takes its principal's code,
  // before any later mention ("he") takes the proxy for its antecedent.
  const speakFor = (i: number) => {
    const candidate = candidates[i];
    const owner = candidate.principal && done[indexOf.get(candidate.principal) ?? -1];
    const proxy = done[i];
    if (!owner || !proxy || !isKnown(owner)) return;
    const code = principalCode(owner.code, candidate.sector);
    done[i] = { ...proxy, code, country: countryOf(code), entity: owner.entity, antecedent: undefined, rule: `${candidate.rule}-principal` };
  };
  for (const [i, candidate] of candidates.entries()) {
    indexOf.set(candidate, i);
    done.push(resolveOne(candidate, i, candidates, done, indexOf));
    speakFor(i);
    for (const proxy of proxiesOf.get(candidate) ?? []) speakFor(proxy);
  }
  // Renumber antecedents after dropping unresolved pronouns.
  const kept: Resolved[] = [];
  const newIndex = new Map<number, number>();
  for (const [i, resolved] of done.entries()) {
    if (!resolved) continue;
    newIndex.set(i, kept.length);
    kept.push(resolved);
  }
  for (const resolved of kept) {
    if (resolved.antecedent !== undefined) resolved.antecedent = newIndex.get(resolved.antecedent);
  }
  return kept;
}

function resolveOne(
  candidate: Candidate,
  index: number,
  candidates: readonly Candidate[],
  done: readonly (Resolved | undefined)[],
  indexOf: Map<Candidate, number>,
): Resolved | undefined {
  const earlier = (window: number, accept: (other: Resolved) => boolean) =>
    bestAntecedent(candidate, index, candidates, done, window, accept);

  if (candidate.kind === 'pronoun' && candidate.pair !== undefined) {
    // "They" after a joint subject ("Chile and Peru held talks. They agreed ..."): both its actors,
    // one per candidate of the pronoun's span; else the first candidate is a plain pronoun.
    const joint = jointSubjects(candidate, index, done);
    if (joint !== undefined) return follow(candidate, joint[candidate.pair], done, 'pronoun-joint');
    if (candidate.pair === 1) return undefined;
  }

  if (candidate.kind === 'pronoun') {
    // ("he", "him": a person, not a group of people, "a militant group".)
    const found = candidate.human
      ? earlier(PRONOUN_WINDOW, (other) => (other.human && !other.plural && other.kind !== 'pronoun' && !isUnnamedGroup(other)) || (other.kind === 'pronoun' && other.human))
      : candidate.plural
        ? earlier(PLURAL_PRONOUN_WINDOW, (other) => other.plural && (isKnown(other) || isActingGroup(other, candidate)))
        : earlier(PRONOUN_WINDOW, (other) => !other.human && !other.plural && isKnown(other) && other.kind !== 'pronoun');
    if (found === undefined) return undefined;
    return follow(candidate, found, done, 'pronoun');
  }

  if (candidate.kind === 'pair') {
    const pair = pairAntecedents(candidate, index, done);
    // No two actors before it: an agent word keeps its own reading, once ("the two leaders" of unknown country).
    if (pair === undefined) return candidate.pair === 0 && candidate.sector ? { ...candidate, kind: 'nominal', code: composeCode(UNKNOWN_COUNTRY, candidate.sector), country: null } : undefined;
    const found = follow(candidate, pair[candidate.pair ?? 0], done, 'pair');
    const code = pairCode(candidate.head, candidate.sector, found.code);
    return { ...found, code, country: countryOf(code), sector: candidate.sector ?? found.sector, plural: true, human: candidate.human };
  }

  if (candidate.kind === 'group-description') {
    // (An unnamed one too: "A militant group says it seized a driver. The group threatens ...".)
    const found = earlier(PRONOUN_WINDOW, (other) => (isOrganisation(other.code) || isUnnamedGroup(other)) && other.kind !== 'pronoun');
    return found === undefined ? undefined : follow(candidate, found, done, 'group-description');
  }

  if (candidate.kind === 'country-description') {
    const country = earlier(PRONOUN_WINDOW + 1, (other) => other.kind === 'name' && isState(other.code) && other.code.length === 3);
    const any = country ?? earlier(PRONOUN_WINDOW + 1, (other) => isState(other.code));
    if (any !== undefined) {
      const antecedent = done[any]!;
      return { ...candidate, code: countryOf(antecedent.code), country: countryOf(antecedent.code), entity: country !== undefined ? antecedent.entity : undefined, antecedent: any, rule: 'country-description' };
    }
    return { ...candidate, code: UNKNOWN_COUNTRY, country: null };
  }

  // A bare name after the full name: "Pezeshkian" after "Masoud Pezeshkian".
  if ((candidate.kind === 'person' || candidate.kind === 'name') && candidate.name && !candidate.name.includes(' ')) {
    const surname = candidate.name;
    const found = earlier(Infinity, (other) => other.kind !== 'pronoun' && other.name !== undefined && other.name.includes(' ') && other.name.split(' ').pop() === surname);
    if (found !== undefined) {
      const antecedent = done[found]!;
      const own = candidate.code;
      return {
        ...candidate,
        code: own ?? antecedent.code,
        country: own ? candidate.country : antecedent.country,
        entity: candidate.entity ?? antecedent.entity,
        antecedent: found,
        rule: own ? candidate.rule : 'surname',
      };
    }
  }

  // "The president", "the Iranian president": an earlier person with that title, or an earlier
  // description of one person of known country ("Sudan's foreign minister ... The minister").
  if (candidate.kind === 'nominal' && candidate.definite && candidate.human && !candidate.plural && candidate.possessor === undefined) {
    const country = candidate.country ?? undefined;
    const found = earlier(Infinity, (other) =>
      (other.kind === 'person' || (other.kind === 'nominal' && other.human && !other.plural && isKnown(other))) &&
      other.title !== undefined && other.title.toLowerCase().split(/\s+/).includes(candidate.head) &&
      (country === undefined || other.country === country));
    if (found !== undefined) {
      const first = follow(candidate, found, done, 'definite-description');
      return { ...candidate, code: first.code, country: first.country, entity: first.entity, name: first.name, antecedent: found, rule: 'definite-description' };
    }
  }

  if (candidate.code !== undefined) return { ...candidate, code: candidate.code };

  let country = candidate.country;
  let code: string | undefined;
  let entity = candidate.entity;
  let rule = candidate.rule;
  let sector = candidate.sector;
  if (country === undefined && candidate.possessor) {
    const owner = done[indexOf.get(candidate.possessor) ?? -1];
    if (owner && isKnown(owner)) {
      country = countryOf(owner.code);
      if (!isState(owner.code)) code = owner.code; // "the UN's envoy" is the UN
      // "the rebels' leader", "the party's spokesman": a word of leading or speaking (GOV) for a body
      // of another sector is that body's (agents.tsv: "leader" takes a group's sector).
      else if (candidate.sector === 'GOV' && (sectorOf(owner.code) ?? 'GOV') !== 'GOV') code = owner.code;
      entity = owner.entity;
      rule = `${candidate.rule}-possessor`;
    } else if (owner && candidate.sector === 'GOV' && (sectorOf(owner.code) ?? 'GOV') !== 'GOV') {
      // "the rebels' leader" with the rebels of no country yet: the leader is of their sector, and
      // placed with them (place-of-event.ts).
      sector = sectorOf(owner.code)!;
    }
  }
  if (country === undefined && candidate.kind === 'nominal' && candidate.definite && LEXICON.collectiveAgents.has(candidate.head)) {
    // "The government" in a report about Iran: the nearest state's.
    const found = earlier(PRONOUN_WINDOW, (other) => isState(other.code));
    if (found !== undefined) {
      country = countryOf(done[found]!.code);
      entity = done[found]!.entity;
      rule = `${candidate.rule}-context`;
    }
  }
  // (one agent word, after any article: "government jets" say whose they are, "the militants" do not)
  const bare = !candidate.title || !candidate.title.replace(/^(the|a|an) /i, '').includes(' ');
  if (country == null && bare && candidate.kind === 'nominal' && candidate.possessor === undefined && candidate.sector && FORCE_SECTORS.has(candidate.sector)) {
    // "British troops patrolled Basra. Soldiers later detained three men": the force named before.
    const found = sameForce(candidate, index, candidates, done);
    if (found !== undefined) {
      country = countryOf(done[found]!.code);
      entity = done[found]!.entity;
      rule = `${candidate.rule}-context`;
    }
  }
  if (candidate.kind === 'name' && candidate.country === undefined && country === undefined) return undefined; // unknown name, not acting
  // An aid or rights group of no named country is an NGO: "a human rights group" is NGO, not UNKNGO.
  // A named campaigner is a person, whose country the text may still give (appositions.ts).
  if ((country === undefined || country === null) && candidate.sector === 'NGO' && candidate.name === undefined) return { ...candidate, code: 'NGO', country: 'NGO', entity, rule };
  return { ...candidate, sector, code: code ?? composeCode(country ?? UNKNOWN_COUNTRY, sector), country: country ?? null, entity, rule };
}

/** Sectors of the armed forces a later bare mention ("soldiers", "police", "the militants") goes on naming. */
const FORCE_SECTORS: ReadonlySet<string> = new Set(['MIL', 'COP', 'INS', 'REB', 'SEP', 'UAF']);

/**
 * The earlier mention, in this sentence or the one before, of the force a mention of no country
 * names again: of its sector, of a known state, and the only country of that sector there.
 */
function sameForce(candidate: Candidate, index: number, candidates: readonly Candidate[], done: readonly (Resolved | undefined)[]): number | undefined {
  const found: number[] = [];
  for (let i = index - 1; i >= 0 && candidate.sentence - candidates[i].sentence <= 1; i--) {
    const other = done[i];
    if (other && other.sector === candidate.sector && isState(other.code) && !isUnknown(other.code)) found.push(i);
  }
  return new Set(found.map((i) => countryOf(done[i]!.code))).size === 1 ? found[0] : undefined;
}

/** Takes the antecedent's code, following the chain to the first real mention. */
function follow(candidate: Candidate, found: number, done: readonly (Resolved | undefined)[], rule: string): Resolved {
  let antecedent = done[found]!;
  while (antecedent.antecedent !== undefined && done[antecedent.antecedent]) antecedent = done[antecedent.antecedent]!;
  return { ...candidate, code: antecedent.code, country: antecedent.country, sector: antecedent.sector, entity: antecedent.entity, name: antecedent.name, title: antecedent.title, antecedent: found, rule };
}

/** A named organisation or armed group: an IGO or NGO with its organisation letters, or a state's group ("PSEINSHMS"). */
function isOrganisation(code: string): boolean {
  return isState(code) ? code.length >= 9 : !isUnknown(code) && code.length >= 6;
}

/** An organisation or armed group named by a group noun, not by its name: "a militant group", "an Islamic group". */
function isUnnamedGroup(candidate: Candidate): boolean {
  return candidate.kind === 'nominal' && !candidate.plural && LEXICON.groupNouns.has(candidate.head);
}

/**
 * A plural armed group of no country yet, subject of its clause ("Militants holding two engineers said
 * they ..."), whose country the place of its events may give later (place-of-event.ts): a plural
 * pronoun that skipped it took the next plural of known country, often its captives or victims.
 * Only for a pronoun that is itself the active subject of a clause under the group's verb, in its
 * sentence: an object or possessive ("threatened to kill them", "attacked their convoy") still
 * names the captives or victims.
 */
function isActingGroup(resolved: Resolved, pronoun: Candidate): boolean {
  if (!resolved.subject || resolved.kind === 'pronoun' || !resolved.sector || !ARMED_SECTORS.has(resolved.sector)) return false;
  const verb = resolved.clauseVerbs?.[0];
  return verb !== undefined && resolved.sentence === pronoun.sentence && pronoun.clauseVerbs !== undefined && pronoun.clauseVerbs.includes(verb);
}

const ARMED_SECTORS: ReadonlySet<string> = new Set(['INS', 'REB', 'UAF', 'SEP']);

function isKnown(resolved: Resolved): boolean {
  return !isUnknown(resolved.code);
}

/**
 * The best earlier resolved candidate that `accept`s, within `window` sentences: nearer
 * sentences first, then subjects, then the nearest. Candidates that contain the one being
 * resolved ("the country's foreign minister" for "the country") are not antecedents.
 */
function bestAntecedent(
  candidate: Candidate,
  index: number,
  candidates: readonly Candidate[],
  done: readonly (Resolved | undefined)[],
  window: number,
  accept: (other: Resolved) => boolean,
): number | undefined {
  let best: number | undefined;
  let bestScore = Infinity;
  for (let i = index - 1; i >= 0; i--) {
    const other = done[i];
    const source = candidates[i];
    const distance = candidate.sentence - source.sentence;
    if (distance > window) break;
    if (!other) continue;
    if (distance === 0 && source.end > candidate.start) continue;
    if (distance === 0 && candidate.notOf !== undefined && source.start <= candidate.notOf && candidate.notOf < source.end) continue;
    if (!accept(other)) continue;
    // ("Iraq's US-backed government ... its allies": a backer, find-mentions.ts, is no antecedent.)
    if (source.rule === 'backer') continue;
    // A possessive in the same sentence ("pressed Iran over its programme") takes the nearest actor, subject or not.
    const subjectBonus = distance === 0 && POSSESSIVES.has(candidate.head) ? 0 : 500;
    // Of non-subjects, a pronoun takes an object before a phrase taken by a preposition ("mistook two
    // officers for militants and shot them"); "the country" names a place as readily ("in Colombia").
    const obliqueCost = subjectBonus && source.oblique && candidate.kind === 'pronoun' ? 30 : 0;
    const score = distance * 1000 + (other.subject ? 0 : subjectBonus + obliqueCost) + (candidate.sentence === source.sentence ? candidate.start - source.start : 400 - Math.min(source.start, 399));
    if (score < bestScore) {
      bestScore = score;
      best = i;
    }
  }
  return best;
}
