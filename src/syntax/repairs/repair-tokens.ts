import type { ParsedToken } from '../tree.ts';
import { repairAdjectiveObject } from './adjective-object.ts';
import { repairAgentPhrase } from './agent-phrase.ts';
import { repairBetweenDemonyms } from './between-demonyms.ts';
import { repairBetweenPair } from './between-pair.ts';
import { repairCaptivePredicate } from './captive-predicate.ts';
import { repairCaptiveObject } from './captive-object.ts';
import { repairAdjectiveNoun } from './adjective-noun.ts';
import { repairOfMark } from './of-mark.ts';
import { repairObjectNounVerb } from './object-noun-verb.ts';
import { repairCoordinatedModifiers } from './coordinated-modifiers.ts';
import { repairConjunctModifier } from './conjunct-modifier.ts';
import { repairDatePhrase } from './date-phrase.ts';
import { repairFrontedPhrase } from './fronted-phrase.ts';
import { repairHeadlineInfinitive } from './headline-infinitive.ts';
import { repairGerundObject } from './gerund-object.ts';
import { repairHeadlinePair } from './headline-pair.ts';
import { repairHyphenNumberName } from './hyphen-number-name.ts';
import { repairLaterObject } from './later-object.ts';
import { repairModifierList } from './modifier-list.ts';
import { repairNationalityName } from './nationality-name.ts';
import { repairParticleObject } from './particle-object.ts';
import { repairPartyPhrase } from './party-phrase.ts';
import { repairAgentModifier, repairPassiveAgent } from './passive-agent.ts';
import { repairPassiveSubject } from './passive-subject.ts';
import { repairPeriodCompound } from './period-compound.ts';
import { repairPluralNounVerb } from './plural-noun-verb.ts';
import { repairParentheticalParticiple } from './parenthetical-participle.ts';
import { repairReducedRelative } from './reduced-relative.ts';
import { repairParticipleSubject } from './participle-subject.ts';
import { repairScheduleFrame } from './schedule-frame.ts';
import { repairReadinessSubject } from './readiness-subject.ts';
import { repairInfinitiveObject } from './infinitive-object.ts';
import { repairSplitSubjects } from './split-subjects.ts';
import { repairSubjectReadAsRoot } from './subject-read-as-root.ts';
import { repairSubordinateClause, repairTimedClause } from './subordinate-clause.ts';
import { repairVisitingModifier } from './visiting-modifier.ts';
import { repairResultativeAgent } from './resultative-agent.ts';
import { repairVerbReadAsNoun } from './verb-read-as-noun.ts';

/** A repair of a parser mistake: rewrites tokens of one parsed sentence in place (in an array it may change). */
export type Repair = (tokens: ParsedToken[]) => void;

/**
 * The repairs the syntax stage runs on every parsed sentence, in order, so that every later stage
 * reads the same corrected tree. They run in the stage, not in analyzeSentence, because
 * bench:syntax scores the parser's own output against the treebanks. The other files of this
 * folder are repairs that still run where the events stage reads the tree: applied to the tree
 * for everyone, they would change actor or event results. The repairs of a word's tag come
 * first (a plural noun read as a verb and back, an adjective that is a noun), so that the repairs
 * of structure after them see the verbs and nouns they restored.
 */
export const SENTENCE_REPAIRS: readonly Repair[] = [
  repairHyphenNumberName,
  repairPluralNounVerb,
  repairVerbReadAsNoun,
  repairObjectNounVerb,
  repairGerundObject,
  repairAdjectiveNoun,
  repairParticleObject,
  repairModifierList,
  repairCoordinatedModifiers,
  repairSubjectReadAsRoot,
  repairHeadlineInfinitive,
  repairFrontedPhrase,
  repairSplitSubjects,
  repairHeadlinePair,
  repairTimedClause,
  repairSubordinateClause,
  repairVisitingModifier,
  repairScheduleFrame,
  repairReadinessSubject,
  repairInfinitiveObject,
  repairBetweenPair,
  repairBetweenDemonyms,
  repairAgentPhrase,
  repairAdjectiveObject,
  repairNationalityName,
  repairOfMark,
  repairLaterObject,
  repairPeriodCompound,
  repairDatePhrase,
  repairPartyPhrase,
  repairParentheticalParticiple,
  repairParticipleSubject,
  repairReducedRelative,
  repairConjunctModifier,
  repairPassiveSubject,
  repairPassiveAgent,
  repairAgentModifier,
  repairResultativeAgent,
  repairCaptiveObject,
  repairCaptivePredicate,
];

/** The tokens of a parsed sentence with every repair applied (a new array; the input is left alone). */
export function repairTokens(tokens: readonly ParsedToken[]): ParsedToken[] {
  const repaired = [...tokens];
  for (const repair of SENTENCE_REPAIRS) repair(repaired);
  return repaired;
}
