import { describe } from 'node:test';
import { itCodesConstructions } from '../src/testing/sense-cases.ts';

// Speech events (issue 10) told through a document: a participle on a resolution, letter or lawsuit
// says what its author says (AG guide: a document stands for its author). The author is who issues
// it ("adopted a resolution calling for"), or who acts through it ("urged ... in a letter"), never
// who reacts to it ("rejected a resolution threatening sanctions"). And reactions drawn by someone
// ("drew criticism from X"): X reacts, at whoever drew it. Sentences of our own; each expects the
// start of a coded "code SOURCE>TARGET" (country letters).

const CASES: [construction: string, text: string, expected: string][] = [
  ['a letter the speaker acts through, its participle hung on the infinitive', 'The Swedish foreign minister on Monday urged the Belarusian leader to free jailed reporters in a letter condemning the crackdown.', '111 SWE>'],
  ['a lawsuit its filer issues', 'The Colombian government filed a lawsuit accusing three American firms of smuggling.', '112 COL>USA'],
  ['a bill its chamber passes', 'The Kenyan parliament passed a bill demanding the release of Kenyan sailors held in Somalia.', '1053 KEN>'],
  ['a resolution its body passes', 'The Arab League adopted a resolution calling for Israel to halt its offensive in Gaza.', '0256 IGO>'],
  // A reaction drawn by someone: its "from" phrase reacts, and it is aimed at who drew it.
  ['criticism drawn by an act is aimed at its doer', 'The Israeli demolition of Palestinian homes in Rafah drew criticism from the United Nations.', '111 IGO>ISR'],
  ['condemnation drawn by a crackdown', 'The Chinese crackdown on Tibetan monks drew condemnation from the European Union.', '111 IGO>CHN'],
  ['a rebuke received, its "from" phrase on the verb', 'Syria received a sharp rebuke from the United Nations.', '111 IGO>SYR'],
];

/** Sentences and the events they must not yield. */
const NOT_CODED: [construction: string, text: string, unexpected: RegExp][] = [
  ['a rejected resolution is not the rejecter\'s', 'Sudan rejected a resolution threatening sanctions on Khartoum.', /^13\d* SDN/],
  ['a vetoed motion is not the vetoer\'s', 'Russia vetoed a motion demanding an immediate end to the fighting in Chechnya.', /^10\d* RUS/],
  ['a criticised report is not the critic\'s', 'China criticised a report accusing Beijing of abuses in Tibet.', /^112 CHN/],
];

describe('speech events told through a document or drawn by an act', () => {
  itCodesConstructions(CASES, NOT_CODED);
});
