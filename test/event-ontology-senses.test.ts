import { checkCases, type SenseCase } from '../src/testing/sense-cases.ts';

// Verb senses written from the CAMEO and PLOVER tables (../shared/ontology), code class by code
// class, in news wording of our own (issue 10): subjects that are plural nouns, demonym + noun,
// organisations and titled persons. Each case gives the start of an event the sentence must
// yield, or must not, as "code SOURCE>TARGET" with country letters.

const FOUND: SenseCase[] = [
  // 08: forces leaving a foreign place retreat; recalling or pulling out troops withdraws them.
  ['troops will leave a country', 'Polish troops will leave Iraq next year.', '0356 POL>IRQ'],
  ['troops left a country', 'Spanish troops left Iraq on Friday.', '0874 ESP>IRQ'],
  ['soldiers left a town', 'Ukrainian soldiers left the Iraqi city of Kut on Sunday.', '0874 UKR>IRQ'],
  ['recalled soldiers', 'Hungary recalled its soldiers from Iraq.', '087 HUN>IRQ'],
  ['pulled troops out of', 'The Dutch government pulled its troops out of Iraq.', '087 NLD>IRQ'],
  // 17-18: a plural subject and a past tense spelt like a noun ("beat", "hit", "shot").
  ['riot police beat demonstrators', 'Riot police beat demonstrators outside the parliament in Tbilisi.', '182 GEO>GEO'],
  ['police beat students', 'Police beat students with batons in the Burmese capital.', '182 MMR>MMR'],
  ['troops hit rebel bases', 'Russian troops hit Chechen rebel bases on Tuesday.', '190 RUS>RUS'],
  ['rebels shot an officer', 'Tamil rebels shot a police officer in Batticaloa.', '193 LKA>LKA'],
  ['soldiers picked up suspects', 'Nepalese soldiers picked up three students in Kathmandu.', '173 NPL>NPL'],
  // 08 and 16: an embargo is a noun after "arms"; a gerund after "consider" or "propose" carries the act.
  ['lifted an arms embargo', 'The European Union lifted its arms embargo on Libya.', '085 IGO>LBY'],
  ['imposed an arms embargo', 'The United Nations imposed an arms embargo on Sudan.', '163 IGO>SDN'],
  ['considering lifting sanctions', 'Washington is considering lifting sanctions on Libya.', '0354 USA>LBY'],
  ['proposed easing sanctions', 'Russia proposed easing sanctions on Iran.', '0354 RUS>IRN'],
  ['considering imposing martial law', 'The Thai government is considering imposing martial law in the south.', '132 THA>THA'],
  // 04 and 18-19: a bare infinitive after "help" is the act; armed forces storming a building assault it.
  ['helped broker a ceasefire', 'Qatar helped broker a ceasefire in Darfur.', '045 QAT>SDN'],
  ['helped broker between two sides', 'Norway helped broker a ceasefire between the Sri Lankan government and Tamil rebels.', '045 NOR>LKA'],
  ['commandos stormed an airliner', 'Police commandos stormed the hijacked airliner in Cyprus.', '190 CYP>CYP'],
  ['commandos stormed a building', 'Indian commandos stormed a building held by militants in Srinagar.', '190 IND>IND'],
  ['protesters stormed an embassy', 'Iraqi protesters stormed the Danish embassy in Baghdad.', '145 IRQ>DNK'],
  // 19: armed forces firing on or at people open fire on them.
  ['troops fired on demonstrators', 'Burmese troops fired on pro-democracy demonstrators in Rangoon.', '190 MMR>MMR'],
  ['police fired at protesters', 'Thai police fired at Muslim protesters outside a police station.', '190 THA>THA'],
  ['soldiers fired on a border post', 'Indian soldiers fired on a Pakistani border post.', '190 IND>PAK'],
  ['rockets fired at a place stay rocket fire', 'Hezbollah fired rockets at northern Israel.', '194 LBN>ISR'],
];

const NOT_FOUND: SenseCase[] = [
  ['a leader leaving a capital travels', 'The Italian prime minister left Rome for Washington on Monday.', '08'],
  ['ministers leaving a government quit no place', 'Kurdish ministers left the Iraqi government.', '08'],
  ['soldiers leaving their own country deploy', 'Two hundred Rwandan soldiers left Rwanda for Darfur on Sunday.', '08'],
  ['soldiers leaving their base move', 'British soldiers left their base near Basra on Tuesday.', '08'],
  ['a lifted arms embargo is no sanction', 'The European Union lifted its arms embargo on Libya.', '163'],
  ['a refusal to lift an embargo imposes none', 'The European Union will not lift its arms embargo on China.', '163'],
  ['lifting sanctions considered threatens none', 'Washington is considering lifting sanctions on Libya.', '13'],
  ['fighting terror is a policy', 'The Pakistani president vowed to fight terrorism and boost trade.', '19'],
  ['commandos storming a building riot not', 'Indian commandos stormed a building held by militants in Srinagar.', '14'],
  ['a minister fired is dismissed', 'The Ukrainian president fired his defence minister on Friday.', '19'],
  ['a minister fired on a weekday is dismissed', 'The defence minister was fired on Friday.', '19'],
];

checkCases('senses of the CAMEO classes found in wire wording', FOUND, false);
checkCases('senses that are no event of that class', NOT_FOUND, true);
