import { createCoder } from '../src/coder.ts';
import { describeGuideStatusCases, type GuideStatusCase } from '../src/testing/guide-status-cases.ts';

// Classes of wire construction whose status the coder got wrong on corpus leads outside the dev set,
// by the AG News guide (../shared/eval/agnews-guide.md), in sentences of our own.
const coder = createCoder();

const CASES: GuideStatusCase[] = [
  // A pluperfect tells the days before the news as often as earlier years: no background by itself.
  { text: 'Parliament had refused to approve the new cabinet, forcing the prime minister to resign.', trigger: 'refused', label: 'asserted' },
  // "the first X since Y", "for the first time since Y": the ranked event is new; only Y lies back.
  { text: 'Kenya and Somalia held their first talks since their border war 20 years ago.', trigger: 'talks', label: 'asserted' },
  { text: 'Seoul and Tokyo signed their first defence pact since a 1965 treaty ended decades of hostility.', trigger: 'signed', label: 'asserted' },
  { text: 'Chile and Peru signed a first joint fishing accord with Bolivia since their border treaty 30 years ago.', trigger: 'signed', label: 'asserted' },
  { text: 'The rebel leader met a foreign envoy for the first time since his arrest two years ago.', trigger: 'met', label: 'asserted' },
  { text: 'The rebel leader met a foreign envoy for the first time since his arrest two years ago.', trigger: 'arrest', label: 'historical' },
  { text: 'It was the bloodiest clash between the two armies since their 1999 war.', trigger: 'clash', label: 'asserted' },
  // "since March" with no year: months old, not background.
  { text: 'Some 250 civilians have been killed across the district since March.', trigger: 'killed', label: 'asserted' },
  // Still background: an unranked "since" of an earlier year.
  { text: 'Morocco has occupied the disputed territory since 1975.', trigger: 'occupied', label: 'historical' },
  // A verb that denies an act denies the noun it takes, not an event of that noun's "in" or "after" phrase.
  { text: 'The group denied any role in the bombing of the embassy.', trigger: 'bombing', label: 'asserted' },
  // "possible", "potential" keep a noun event open under a denying verb.
  { text: 'Cairo wants to avoid possible UN sanctions over its missile program.', trigger: 'sanctions', label: 'hypothetical' },
  { text: 'The talks aim to avert possible Western sanctions against Tehran.', trigger: 'sanctions', label: 'hypothetical' },
  // Still denied: "any" is no doubt of the act.
  { text: 'The two armies avoided any clashes along the border.', trigger: 'clashes', label: 'negated' },
  // A named holder's belief in a past act reports it; a belief in a modal or coming act stays open.
  { text: 'Police said they suspect two gunmen on a motorbike threw the grenade into the crowd.', trigger: 'threw', label: 'reported' },
  { text: 'Investigators suspect the militia kidnapped the envoy last week.', trigger: 'kidnapped', label: 'reported' },
  { text: 'The ministry continued to believe the engineer had been executed by his captors.', trigger: 'executed', label: 'reported' },
  { text: 'Analysts believe the rebels will attack the capital.', trigger: 'attack', label: 'hypothetical' },
  { text: 'Officials think the militia may have kidnapped the envoy.', trigger: 'kidnapped', label: 'hypothetical' },
  { text: 'Diplomats doubt the army shelled the village.', trigger: 'shelled', label: 'hypothetical' },
];

describeGuideStatusCases('status classes of corpus leads (AG News guide labels)', coder, CASES);
