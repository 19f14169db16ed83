import type { Mention, Token } from '../core/document.ts';
import type { PlaceMention } from '../core/place.ts';
import type { Span } from '../core/span.ts';
import { LEXICON } from '../lexicon/index.ts';
import type { Tree } from '../syntax/tree.ts';
import { headToken } from './span-tokens.ts';

/**
 * Phrases of place that name a part of a country without naming it: a compass noun ("clashes in
 * the north", "in the country's restive south", "in the west of Nepal") or a region noun with a
 * word of its own before it ("in the border region", "in the southern province", "in remote tribal
 * areas"); data/lexicon/en/compass-nouns.txt and region-nouns.txt. Such a phrase says the event
 * happened in a country's region, not in a town the sentence names for another reason ("...,
 * a spokesman in the capital said"); the country is the one its own words name ("Nepal's north",
 * "the Afghan south"), else the one src/geo/event-location.ts reads from the actors, the dateline or
 * the document.
 */

/** One such phrase: its region noun's token, its span, the country its words name, if any, and for a border the country its words name as the other side ("near the Somali border": Somalia). */
export interface UnnamedRegion extends Span {
  noun: number;
  country?: string;
  beyond?: string;
}

/** Nouns of a border: a demonym or a country's name on them names the country on the other side ("near the Afghan border", "near the Cameroon border" are as often in the neighbour), so it does not count. */
const BORDER_NOUNS: ReadonlySet<string> = new Set(['border', 'borderland', 'frontier']);

/** Relations of the words of a name on a noun ("the Swat valley", "the Rift Valley"): a named region, left to the place names. */
const NAME_RELATIONS: ReadonlySet<string> = new Set(['compound', 'flat', 'amod']);

/** True when a sentence may hold such a phrase (its lemmas), so that no parse tree is built for the others. */
export function mayNameRegion(tokens: readonly Token[]): boolean {
  return tokens.some((token) => {
    const lemma = (token.lemma ?? token.text).toLowerCase();
    return LEXICON.compassNouns.has(lemma) || LEXICON.regionNouns.has(lemma);
  });
}

/** The phrases of a sentence that name a region without naming it (see above); `places` are the sentence's place mentions, `countryWords` its bare country mentions (demonyms). */
export function unnamedRegions(tree: Tree, places: readonly PlaceMention[], countryWords: readonly Mention[]): UnnamedRegion[] {
  const found: UnnamedRegion[] = [];
  tree.tokens.forEach((token, k) => {
    const lemma = tree.lemma(k);
    const compass = LEXICON.compassNouns.has(lemma);
    if ((!compass && !LEXICON.regionNouns.has(lemma)) || !/^\p{Ll}/u.test(token.text) || token.upos === 'ADJ') return;
    if (!tree.markers(k).some((marker) => LEXICON.placePrepositions.has(marker))) return;
    // a place on the noun or over it: a country names whose region it is, anything else names it ("north of Kirkuk", "Punjab province")
    const on = places.filter((place) => tree.head(headToken(tree, place)) === k || (place.start <= token.start && token.end <= place.end));
    if (on.some((place) => place.place.kind !== 'country')) return;
    const children = tree.children[k];
    const isName = (child: number) => tree.tokens[child].upos === 'PROPN' || (tree.relation(child) !== 'amod' && /^\p{Lu}/u.test(tree.tokens[child].text));
    if (children.some((child) => NAME_RELATIONS.has(tree.relation(child)) && isName(child) && !countryWords.some((m) => m.start <= tree.tokens[child].start && tree.tokens[child].end <= m.end))) return;
    // a bare "the region" points back to a named one
    if (!compass && !children.some((child) => NAME_RELATIONS.has(tree.relation(child)))) return;
    const border = BORDER_NOUNS.has(lemma);
    let country: string | undefined = border ? undefined : on[0]?.place.country;
    // "the Afghan south", "the country's north": a demonym or possessive on the noun itself
    const owners = children.filter((child) => tree.relation(child) === 'amod' || tree.tokens[child].deprel === 'nmod:poss' || (border && tree.relation(child) === 'compound'));
    const named = on[0]?.place.country ?? countryWords.find((m) => owners.some((child) => m.start <= tree.tokens[child].start && tree.tokens[child].end <= m.end))?.code.slice(0, 3);
    if (!country && !border) country = named;
    // the words before the noun and an "of" phrase after it ("the remote west of the country"), not what lies near it
    const [first, last] = tree.extent(k, (child) => tree.head(child) !== k || (child < k ? tree.relation(child) !== 'case' : tree.relation(child) === 'nmod' && tree.markers(child).includes('of')));
    const region: UnnamedRegion = { noun: k, ...tree.span(first, last) };
    if (country) region.country = country;
    else if (border && named) region.beyond = named;
    found.push(region);
  });
  return found;
}

/** A border named by its two sides ("the border between Egypt and Sudan", "the India-Pakistan border", "Turkey's border with Syria"): its noun's token, its span, and the place mentions of its sides. */
export interface NamedBorder extends Span {
  noun: number;
  sides: PlaceMention[];
}

/** Prepositions by which a side hangs on a border noun ("the border between A and B", "A's border with B"). */
const SIDE_CASES: ReadonlySet<string> = new Set(['between', 'with']);

/**
 * The borders of a sentence named by two sides of different countries (see `NamedBorder`): a side is
 * a place on the border noun as a compound ("the India-Pakistan border"), a possessive ("Turkey's
 * border"), or after "between" or "with", or a place coordinated or compounded with one ("between
 * A and B", "the India-Pakistan border" read as India on Pakistan).
 * Such a side says which border, not where on it an event happened.
 */
export function namedBorders(tree: Tree, places: readonly PlaceMention[]): NamedBorder[] {
  const found: NamedBorder[] = [];
  tree.tokens.forEach((token, k) => {
    if (!BORDER_NOUNS.has(tree.lemma(k))) return;
    const onNoun = (h: number) => {
      const relation = tree.relation(h);
      return tree.head(h) === k && (relation === 'compound' || tree.tokens[h].deprel === 'nmod:poss' || (relation === 'nmod' && tree.markers(h).some((marker) => SIDE_CASES.has(marker))) || (relation === 'conj' && between));
    };
    // "the border between A and B" with B hung on the noun, as the parser may read it
    const between = tree.dependents(k, 'nmod').some((child) => tree.markers(child).includes('between'));
    const sides = places.filter((place) => {
      const h = headToken(tree, place);
      // (the first of two sides hangs on the second: "between A and B", A-B border as the parser often reads it)
      return h >= 0 && (onNoun(h) || ((tree.relation(h) === 'conj' || tree.relation(h) === 'compound') && onNoun(tree.head(h))));
    });
    if (new Set(sides.map((place) => place.place.country)).size !== 2) return;
    const [first, last] = tree.extent(k, (child) => tree.head(child) !== k || tree.relation(child) !== 'case');
    found.push({ noun: k, ...tree.span(first, last), sides });
  });
  return found;
}
