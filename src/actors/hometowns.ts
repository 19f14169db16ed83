import { composeCode, isUnknown } from '../core/actor-code.ts';
import type { Document, Mention, Token } from '../core/document.ts';
import { isBarePlace, type PlaceResolver } from './place-homonyms.ts';

/**
 * A named person introduced with the place they come from is of that place's country (AG guide,
 * Actors: named persons are coded by their country): "Sergeant Tom Reed, 24, of Dayton, Ohio," is
 * USA + MIL, "Anna Kowalski, 29, from Krakow," POL, "Kevin Moore, a 21-year-old from Glasgow," GBR,
 * wherever the sentence's events happen. The place is the places stage's reading of the words after
 * "of" or "from" (a town or region GeoNames knows), or without it a place of the gazetteer.
 */
export function placeHometowns(doc: Document, mentions: Mention[], resolve: PlaceResolver | undefined): Mention[] {
  const sentences = doc.sentences ?? [];
  const found = mentions.map((mention, i) => ({ i, at: isUnplacedName(mention) ? hometownStart(sentences[mention.sentence]?.tokens ?? [], mention, mentions) : undefined }));
  const wanted = found.filter((f): f is { i: number; at: Hometown } => f.at !== undefined);
  if (!wanted.length) return mentions;
  // The places stage is asked only when a person is introduced with "of/from" (rare): its reading covers GeoNames towns.
  const places: { start: number; end: number; country: string }[] = resolve
    ? resolve(doc, mentions).filter((p) => p.sentence >= 0).map((p) => ({ start: p.start, end: p.end, country: p.place.country }))
    : mentions.filter(isBarePlace).map((m) => ({ start: m.start, end: m.end, country: m.code }));
  const out = [...mentions];
  for (const { i, at } of wanted) {
    const person = out[i];
    // "of Dayton, Ohio": the first of the words that the lookup knows as a place, ending a part of
    // the run ("of Georgia Pacific" is a company: "Georgia" does not end it).
    const place = at.words.map((token) => places.find((p) => p.start === token.start && at.ends.has(p.end))).find((p) => p !== undefined);
    if (!place) continue;
    out[i] = { ...person, code: composeCode(place.country, person.sector), country: place.country, rule: 'hometown' };
    // "he", "Reed": later mentions that took the person's unknown code take the new one.
    for (let k = i + 1; k < out.length; k++) {
      if (out[k].antecedent === i && out[k].code === person.code) out[k] = { ...out[k], code: out[i].code, country: out[i].country };
    }
  }
  return out;
}

/** A person's name (or rank and name) of no known country, not a reference back to someone. */
function isUnplacedName(mention: Mention): boolean {
  if (!isUnknown(mention.code) || mention.antecedent !== undefined) return false;
  return mention.rule === 'unknown-name' || (mention.name !== undefined && mention.rule.startsWith('title-name'));
}

/**
 * Words that may stand between a name and its "of/from": commas, an age ("24", "a 21-year-old"), and
 * "a native of", "a resident of". A role noun ("chairman of Georgia Pacific", "director of Ohio
 * State's office") names an employer, not a hometown, so any other word ends the search.
 */
const BETWEEN_WORDS = new Set(['a', 'an', 'year', 'years', 'old', 'year-old', 'native', 'resident', 'longtime', 'lifelong']);

/**
 * The capitalised words after "of" or "from" (with the commas between them: "Dayton, Ohio"), when
 * the words right after the name lead to them: ", 24, of Ohio", " from Leeds", ", a 21-year-old
 * from Glasgow", ", a native of Glasgow". Undefined otherwise: another verb, name, noun or
 * preposition first, an actor of its own ("Maria Lopez, a teacher from Oaxaca": the apposition
 * places her, appositions.ts), or a capitalised run that goes on as a possessive ("Ohio State's").
 */
function hometownStart(tokens: readonly Token[], mention: Mention, mentions: readonly Mention[]): Hometown | undefined {
  let k = tokens.findIndex((token) => token.start >= mention.end);
  if (k < 0) return undefined;
  for (let steps = 0; k < tokens.length - 1 && steps < 8; k++, steps++) {
    const token = tokens[k];
    const form = token.form.toLowerCase();
    if ((form === 'of' || form === 'from') && isCapitalised(tokens[k + 1])) {
      const words: Token[] = [];
      // the ends of the comma-separated parts: "Dayton" and "Ohio" of "Dayton, Ohio"
      const ends = new Set<number>();
      let w = k + 1;
      for (; w < tokens.length && words.length < 4 && (isCapitalised(tokens[w]) || tokens[w].form === ','); w++) {
        if (tokens[w].form === ',') ends.add(tokens[w - 1].end);
        else words.push(tokens[w]);
      }
      if (words.length === 0) return undefined;
      ends.add(words[words.length - 1].end);
      const next = tokens[w];
      if (next && (isCapitalised(next) || next.xpos === 'POS' || next.form === "'s" || next.form === "'")) return undefined;
      return { words, ends };
    }
    const punctuation = token.upos === 'PUNCT' && (form === ',' || form === '-');
    if (token.upos === 'PUNCT' ? !punctuation : token.upos !== 'NUM' && !BETWEEN_WORDS.has(form) && !/^\d+-year-old$/.test(form)) return undefined;
    if (isCapitalised(token)) return undefined;
    if (mentions.some((m) => m.sentence === mention.sentence && m.start <= token.start && token.start < m.end)) return undefined;
  }
  return undefined;
}

/** The capitalised words after "of/from" and the character offsets where a place may end among them. */
interface Hometown {
  words: Token[];
  ends: Set<number>;
}

function isCapitalised(token: Token): boolean {
  return /^\p{Lu}/u.test(token.form);
}
