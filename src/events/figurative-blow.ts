import type { Mention } from '../core/document.ts';
import type { ActorRef } from '../core/event.ts';
import type { Tree } from '../syntax/tree.ts';
import { LEXICON } from '../lexicon/index.ts';
import { ARMED_SECTORS } from './violent-roots.ts';

/** Verbs of attack that are often a figure of speech ("hit the road", "strike a tone", "fight to save his job", "battle terrorism"). */
const BLOW_VERBS: ReadonlySet<string> = new Set(['hit', 'strike', 'fight', 'battle', 'combat', 'pound']);

/**
 * True when verb `i`, a verb of attack, strikes no one: joined by a hyphen to the word before it
 * ("quake-hit villages", "storm-struck coast"), struck "down" onto a thing ("struck down the ban"), with
 * an object it makes a figure of speech or a fight against a thing ("hit the campaign trail", "striking
 * a conciliatory tone", "fight the ruling", "fought back against the charges"), or a struggle of unarmed actors,
 * or of people who are no actor, towards an end or for a cause ("the prime minister was fighting to save
 * his career", "firefighters battled to douse the flames", "vowed to fight on for reform"; `source`: the actors the verb found, `mentions`: the
 * sentence's actor mentions).
 */
export function isFigurativeBlow(tree: Tree, i: number, source: readonly ActorRef[], mentions: readonly Mention[]): boolean {
  const lemma = tree.lemma(i).toLowerCase();
  if (!BLOW_VERBS.has(lemma) || tree.tokens[i].upos !== 'VERB') return false;
  const before = tree.tokens[i - 1];
  if (i >= 2 && before.form === '-' && before.end === tree.tokens[i].start && tree.tokens[i - 2].end === before.start) return true;
  const objects = tree.dependents(i, 'obj');
  // (armed forces that fight a government's hold fight in earnest: "rebels have fought Indian control since 1989")
  const armed = source.length > 0 && source.every((ref) => ref.sector !== null && ARMED_SECTORS.has(ref.sector));
  // (also a fight "against" such a thing: "fought back against the accusations", "battling against poverty")
  const against = tree.dependents(i, 'obl').filter((phrase) => tree.markers(phrase).includes('against'));
  if (!(lemma === 'fight' && armed) && [...objects, ...against].some((object) => LEXICON.figurativeBlowObjects.has(tree.lemma(object).toLowerCase()))) return true;
  const down = tree.dependents(i, 'compound:prt').some((particle) => tree.tokens[particle].form.toLowerCase() === 'down');
  // (not "struck down a police officer": an object that names an actor is struck)
  const thing = (object: number) => !mentions.some((m) => m.start < tree.tokens[object].end && tree.tokens[object].start < m.end);
  if (down && objects.length && objects.every(thing)) return true;
  const fight = (lemma === 'fight' || lemma === 'battle') && !objects.length;
  const struggle = fight && tree.dependents(i, 'xcomp').some((clause) => tree.markers(clause).includes('to'));
  // ("vowed to fight on for reform": a cause fought for that names no actor)
  const cause = fight && tree.dependents(i, 'obl').some((phrase) => tree.markers(phrase).includes('for') && thing(phrase));
  if (!struggle && !cause) return false;
  // ("firefighters battled to douse the flames", "doctors fought to save him": a subject that names no actor at all)
  // (a noun right before the verb is its subject when the parser gave it none: "and firefighters/conj battled")
  const nsubj = tree.dependents(i, 'nsubj');
  const subjects = nsubj.length || i === 0 || tree.tokens[i - 1].upos !== 'NOUN' ? nsubj : [i - 1];
  if (subjects.length && subjects.every(thing)) return true;
  return source.length > 0 && source.every((ref) => ref.sector !== null && !ARMED_SECTORS.has(ref.sector));
}

/** Nouns of a fight that, between politicians, are a rivalry of words and votes ("years of battles with the finance minister", "her fight with the party leader"). */
const RIVALRY_NOUNS: ReadonlySet<string> = new Set(['battle', 'fight']);

/** Sectors of people who hold or seek office and bear no arms: executives, legislators, parties, the opposition, judges, elites. */
const POLITICAL_SECTORS: ReadonlySet<string> = new Set(['GOV', 'LEG', 'PTY', 'OPP', 'JUD', 'ELI']);

/**
 * True when noun `i`, a battle or a fight, is one between politicians only: every actor it has on
 * either side is of a political sector, none a state as such, an armed force or a group ("resigned after
 * a long battle with the party's chairman", "the senator's fight with party leaders"). Such a fight
 * is a rivalry, not violence (unless it is deadly, see `isDeadly`); "battles between troops and rebels" and "Israel's fight with Hamas" keep theirs.
 */
export function isPoliticalRivalry(tree: Tree, i: number, source: readonly ActorRef[], target: readonly ActorRef[]): boolean {
  if (tree.tokens[i].upos !== 'NOUN' || !RIVALRY_NOUNS.has(tree.lemma(i).toLowerCase())) return false;
  const sides = [...source, ...target];
  return source.length > 0 && sides.every((ref) => ref.sector !== null && ref.sector !== undefined && POLITICAL_SECTORS.has(ref.sector));
}

/** Words that tell of people killed or hurt ("died in", "killed in", "left 40 dead", "the death toll"). */
const DEATH_WORDS: ReadonlySet<string> = new Set(['kill', 'die', 'perish', 'wound', 'injure', 'dead', 'death', 'casualty', 'bloodshed']);

/**
 * True when the sentence of noun `i` tells of people killed or hurt: a battle that "hundreds died in",
 * or that "left 40 dead", is a fight whoever its sides are, no rivalry of words.
 */
export function isDeadly(tree: Tree, i: number): boolean {
  return tree.tokens.some((_, k) => k !== i && DEATH_WORDS.has(tree.lemma(k).toLowerCase()));
}
