import { composeCode, countryOf, isUnknown } from '../core/actor-code.ts';
import type { Document, Mention } from '../core/document.ts';
import { createTree, type Tree } from '../syntax/tree.ts';
import { headToken, placeOfSentence } from './place-of-event.ts';

/**
 * People of no known country that the text places by what it says about them (AG guide, Actors:
 * named persons are coded by their country):
 * 1. an apposition: "John Okello, a lawyer for the Kenyan government," is KEN; "Omar Khalid, 32, a
 *    Jordanian engineer," is JOR (also past an age). The apposition's own actor lends its whole code
 *    ("Ahmed Salim, the Egyptian interior minister": EGYGOV); a country in its phrases lends the country;
 *    so does a country in an "of" phrase of the name ("Foreign Minister X of Afghanistan"). What the
 *    text says this way also overrides a guess: the place of the sentence, or a dictionary reading of
 *    a name that another person bears too.
 * 2. an introduction: a wire lead names someone by nationality and role, and the next sentence by
 *    rank and name ("An Australian nurse was detained ... Sister Ruth Hale, 41, ..."). A person of the
 *    same sector with no country of their own, in that sentence or the next, is that person.
 * 3. where they act: a name the text says nothing more about is of the country where its sentence's
 *    events happen, as unnamed people are (place-of-event.ts): "Protester Tom Reed, in a paper
 *    crown, sat down across the gates of parliament in London" is GBR.
 * Mentions that refer back to a person so placed ("he", a surname) take the new code too.
 */
export function placePeople(doc: Document, mentions: Mention[]): Mention[] {
  const sentences = doc.sentences ?? [];
  const trees = new Map<number, Tree>();
  const treeOf = (s: number) => {
    if (!trees.has(s)) trees.set(s, createTree(sentences[s]));
    return trees.get(s)!;
  };
  const out = [...mentions];
  const dateline = mentions.find((m) => m.rule === 'dateline' && m.country);
  for (const [i, mention] of out.entries()) {
    const unplaced = isUnplacedPerson(mention);
    // A guess (the place of the sentence) or a dictionary reading of the name yields to what the text says of the person.
    if (!unplaced && !isGuessedPerson(mention)) continue;
    const tree = treeOf(mention.sentence);
    const stated = byApposition(tree, mention, out) ?? byOfCountry(tree, mention, out);
    const placed = unplaced ? stated ?? byIntroduction(mention, out) ?? byPlace(tree, mention, out, dateline) : stated;
    if (placed && !unplaced && placed.code === mention.code) continue;
    if (!placed) continue;
    const old = mention.code;
    out[i] = { ...mention, ...placed };
    // "He", "Miller": later mentions that took the person's code take the new one.
    for (let k = i + 1; k < out.length; k++) {
      if (out[k].antecedent !== undefined && referencesBack(out, k, i) && out[k].code === old) out[k] = { ...out[k], code: out[i].code, country: out[i].country, sector: out[i].sector };
    }
  }
  return out;
}

/** A named person (or a person by rank and name) whose country the resolver did not find. */
function isUnplacedPerson(mention: Mention): boolean {
  if (!isUnknown(mention.code) || mention.antecedent !== undefined) return false;
  return mention.rule === 'unknown-name' || (mention.name !== undefined && mention.rule.startsWith('title-name'));
}

/**
 * A named person whose country is a guess or a reading of the name, not what the text says: one
 * placed by the sentence's place ("General Omar Salim, the army chief of Sudan, met ... in Chad"),
 * or an office holder the dictionary knows by a name others bear too.
 */
function isGuessedPerson(mention: Mention): boolean {
  if (mention.name === undefined || mention.antecedent !== undefined) return false;
  return mention.rule === 'office-holder' || mention.rule === 'title-name-placed';
}

/** True when mention `k` refers, through its chain of antecedents, to mention `i`. */
function referencesBack(mentions: readonly Mention[], k: number, i: number): boolean {
  for (let at = mentions[k].antecedent, steps = 0; at !== undefined && steps < 10; at = mentions[at].antecedent, steps++) if (at === i) return true;
  return false;
}

/** Relations that open a clause inside a noun phrase. */
const CLAUSES: ReadonlySet<string> = new Set(['acl', 'advcl', 'ccomp', 'xcomp', 'parataxis']);

type Placement = Pick<Mention, 'code' | 'country' | 'sector' | 'rule'>;

/** Rule 1: the one country the person's apposition names (past an age: "Omar Khalid, 32, a Jordanian"). */
function byApposition(tree: Tree, person: Mention, mentions: readonly Mention[]): Placement | undefined {
  const head = headToken(tree, person);
  if (head < 0) return undefined;
  const ages = tree.children[head].filter((child) => tree.tokens[child].upos === 'NUM');
  const appositions = [head, ...ages].flatMap((node) => tree.dependents(node, 'appos'));
  for (const apposition of appositions) {
    // The apposition's noun phrase, not a clause the parser hangs on it.
    const [first, last] = tree.extent(apposition, (child) => !CLAUSES.has(tree.relation(child)));
    const span = tree.span(first, last);
    const inside = mentions.filter((m) => m.sentence === person.sentence && m.start >= span.start && m.end <= span.end && !isUnknown(m.code) && m !== person);
    const countries = new Set(inside.map((m) => countryOf(m.code)));
    const { start, end } = tree.tokens[apposition];
    // "the Egyptian interior minister", "Slovakia's ambassador to Hungary": the apposition is itself
    // the actor, whose code the person takes, whatever other countries its phrases name.
    const own = inside.find((m) => m.start <= start && end <= m.end);
    if (own) return { code: own.code, country: own.country, sector: own.sector, rule: 'apposition' };
    if (countries.size !== 1) continue;
    const [country] = countries;
    return { code: composeCode(country, person.sector), country, sector: person.sector, rule: 'apposition-country' };
  }
  return undefined;
}

/** Rule 1b: a country in an "of" phrase of the name itself: "Foreign Minister Abdullah Abdullah of Afghanistan". */
function byOfCountry(tree: Tree, person: Mention, mentions: readonly Mention[]): Placement | undefined {
  const words = tree.tokens.flatMap((token, k) => (token.start >= person.start && token.end <= person.end ? [k] : []));
  for (const phrase of words.flatMap((k) => tree.dependents(k, 'nmod'))) {
    if (!tree.markers(phrase).includes('of')) continue;
    const { start, end } = tree.tokens[phrase];
    const country = mentions.find((m) => m.sentence === person.sentence && m.start <= start && end <= m.end && m.rule === 'name-name' && m.code.length === 3 && !isUnknown(m.code));
    if (country) return { code: composeCode(country.code, person.sector), country: country.code, sector: person.sector, rule: 'of-country' };
  }
  return undefined;
}

/** Rule 2: an indefinite person of the same sector and a known country, earlier in this sentence or in the one before. */
function byIntroduction(person: Mention, mentions: readonly Mention[]): Placement | undefined {
  if (!person.sector) return undefined;
  const introduced = mentions.filter((m) =>
    m.start < person.start && person.sentence - m.sentence <= 1 && !isUnknown(m.code) && m.country && m.sector === person.sector &&
    /^an? /i.test(m.text) && m.name === undefined);
  if (introduced.length !== 1) return undefined;
  const [intro] = introduced;
  return { code: intro.code, country: intro.country, sector: intro.sector, rule: 'introduced-person' };
}

/** Rule 3: the country where the person's sentence happens (place-of-event.ts), for a name with nothing else to go by. */
function byPlace(tree: Tree, person: Mention, mentions: readonly Mention[], dateline: Mention | undefined): Placement | undefined {
  const place = placeOfSentence(tree, mentions.filter((m) => m.sentence === person.sentence), dateline);
  if (!place?.country) return undefined;
  return { code: composeCode(place.country, person.sector), country: place.country, sector: person.sector, rule: 'person-placed' };
}
