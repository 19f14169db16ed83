// Repair: a list of three or more capitalised modifiers of one noun ("Egyptian, Jordanian and
// Syrian ministers met") is parsed with its first members outside the noun's phrase, often one of
// them the root. The list becomes the noun's modifiers (the first an amod, the others its
// conjuncts); what hung on a member goes to the noun, and a member's own place (the root, the
// complement of "said") goes to the verb whose subject the noun is when that verb hung on the member.
import type { ParsedToken } from '../tree.ts';
import { isUnder } from './token-heads.ts';

const MODIFIER = new Set(['ADJ', 'PROPN']);

/** True for a capitalised adjective or proper noun: a nationality or name in a list. */
function isListModifier(token: ParsedToken | undefined): boolean {
  return token !== undefined && MODIFIER.has(token.upos) && /^\p{Lu}/u.test(token.form);
}

/**
 * The members of "A, B and C" (or "A, B, and C", with "or" too) starting at `first`: the
 * indices of the modifiers, with the commas and the conjunction between them; undefined unless
 * at least three members end in a conjunction.
 */
function modifierList(tokens: readonly ParsedToken[], first: number): { members: number[]; joints: number[]; conjunction: number } | undefined {
  const members = [first];
  const joints: number[] = [];
  let k = first + 1;
  while (k < tokens.length) {
    const form = tokens[k].form.toLowerCase();
    if (form === ',' && (tokens[k + 1]?.form === 'and' || tokens[k + 1]?.form === 'or')) {
      joints.push(k);
      k++;
      continue;
    }
    if (form === 'and' || form === 'or') {
      if (!isListModifier(tokens[k + 1]) || members.length < 2) return undefined;
      members.push(k + 1);
      return { members, joints, conjunction: k };
    }
    if (form !== ',' || !isListModifier(tokens[k + 1])) return undefined;
    joints.push(k);
    members.push(k + 1);
    k += 2;
  }
  return undefined;
}

/** Makes "A, B and C N" one noun phrase with N its head when the parser split it. */
export function repairModifierList(tokens: ParsedToken[]): void {
  for (let first = 0; first < tokens.length; first++) {
    if (!isListModifier(tokens[first]) || (first > 0 && (tokens[first - 1].form === ',' || isListModifier(tokens[first - 1])))) continue;
    const list = modifierList(tokens, first);
    if (!list) continue;
    const last = list.members[list.members.length - 1];
    // The noun: the last noun of the run of adjectives and nouns right after the list ("defence ministers").
    let noun = -1;
    for (let k = last + 1; k < tokens.length && (tokens[k].upos === 'NOUN' || tokens[k].upos === 'ADJ'); k++) if (tokens[k].upos === 'NOUN') noun = k;
    // ("visited Egypt, Jordan and Syria last week": a time phrase after a list of objects is no noun of the list)
    if (noun < 0 || tokens[noun].form[0] === tokens[noun].form[0].toUpperCase() || /^(obl|nmod):(tmod|unmarked)$|^advmod/.test(tokens[noun].deprel)) continue;
    const span = (k: number) => k >= first && k <= noun;
    // Already one phrase: every word of it lies under the noun.
    const whole = tokens.every((_, k) => !span(k) || isUnder(tokens, k, noun));
    if (whole) continue;
    // The words that hang outside the phrase (or are the root); the one that is a subject names the verb.
    const outside = [...list.members, noun].filter((k) => !span(tokens[k].head));
    const subject = outside.find((k) => tokens[k].deprel.startsWith('nsubj'));
    const verb = subject === undefined ? -1 : tokens[subject].head;
    const place = outside.find((k) => k !== subject);
    let heir = noun;
    if (subject !== undefined && verb >= 0) {
      tokens[noun] = { ...tokens[noun], head: verb, deprel: tokens[subject].deprel };
      if (span(tokens[verb].head)) {
        // "German, Dutch or Belgian troops will lead ..., officials said": the clause hung on a member, so its verb takes the member's place.
        if (place === undefined) continue;
        heir = verb;
        tokens[verb] = { ...tokens[verb], head: tokens[place].head, deprel: tokens[place].deprel };
      }
    } else if (span(tokens[noun].head)) {
      // The noun hung on a member: it takes the place of the member outside the phrase.
      if (place === undefined) continue;
      tokens[noun] = { ...tokens[noun], head: tokens[place].head, deprel: tokens[place].deprel };
    }
    tokens.forEach((t, k) => {
      if (!span(k) && k !== heir && span(t.head) && t.head !== noun) tokens[k] = { ...t, head: heir };
    });
    for (let k = last + 1; k < noun; k++) if (span(tokens[k].head) && tokens[k].head !== noun) tokens[k] = { ...tokens[k], head: noun };
    tokens[first] = { ...tokens[first], head: noun, deprel: 'amod' };
    for (const member of list.members.slice(1)) tokens[member] = { ...tokens[member], head: first, deprel: 'conj' };
    for (const joint of list.joints) tokens[joint] = { ...tokens[joint], head: list.members.find((member) => member > joint)!, deprel: 'punct' };
    tokens[list.conjunction] = { ...tokens[list.conjunction], head: last, deprel: 'cc' };
    first = noun;
  }
}
