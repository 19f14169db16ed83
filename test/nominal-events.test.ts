import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { codedSummaries, itCodesConstructions } from '../src/testing/sense-cases.ts';

// Nominal events (issue 10): wire leads often report the event as a noun ("clashes between X and
// Y left ...", "the expulsion of ...", "a truce took effect"), with its parties in the noun's own
// slots (between, by, of, 's, against, with), under a light verb ("paid a visit", "lodged a
// protest") or as the subject of a verb saying that it happens ("violence flared"). Sentences of
// our own; each expects the start of a coded "code SOURCE>TARGET" (country letters).

const CASES: [construction: string, text: string, expected: string][] = [
  // Event nouns with their actor slots.
  ['clashes between X and Y', 'Clashes between Indian and Pakistani troops along the Kashmir frontier killed four soldiers.', '190 IND+PAK>'],
  ['fighting between X and Y', 'Heavy fighting between Sudanese troops and rebels in Darfur has displaced thousands.', '190 SDN+'],
  ['talks between X and Y', 'Talks between Israeli and Palestinian negotiators resumed in Jerusalem.', '046 ISR+PSE>'],
  ['the execution of people by Y', 'The execution of a Nepalese hostage by Iraqi militants outraged Kathmandu.', '1823 IRQ>NPL'],
  ['an ambush on X', 'An ambush on a Russian army convoy in Dagestan killed five soldiers.', '190 >RUS'],
  ['the expulsion of diplomats by X', 'The expulsion of four Russian diplomats by Georgia angered Moscow.', '161 GEO>RUS'],
  ["X's expulsion of diplomats", "Britain's expulsion of two Iranian diplomats strained ties with Tehran.", '161 GBR>IRN'],
  ['the deportation of people by X', 'The deportation of 300 Afghan refugees by Iran was criticised by the UN.', '174 IRN>AFG'],
  ['a truce between X and Y that holds', 'A ceasefire between Sudan and Chad has held since the summer.', '0871 SDN+TCD>'],
  ['a truce that took effect', 'A truce between Azerbaijan and Armenia took effect on Monday.', '0871 AZE+ARM>'],
  ['a blockade imposed by X (a passive participle on the noun)', 'The blockade imposed by Tamil rebels on the port of Jaffna entered its second week.', '191 LKA>'],
  ['an offensive launched by X', 'An offensive launched by Burmese troops against Karen villages drove thousands into Thailand.', '190 MMR>'],
  ['the attack, condemned by X: a verb of reacting names no doer', 'The attack on the Kenyan embassy, condemned by the African Union, wounded four guards.', '190 >KEN'],
  ['a hunger strike by X', 'A hunger strike by Kurdish prisoners in Turkey entered its third week.', '142 TUR'],
  ["X's offensive against Y (the tagger reads an adjective)", "Colombia's offensive against FARC guerrillas has displaced thousands.", '190 COL>COL'],
  ["the army's offensive against Y", "The Indonesian army's offensive against separatist rebels in Aceh entered its second year.", '190 IDN>IDN'],
  ['launched an offensive against Y', 'Maoist rebels launched an offensive against army posts in western Nepal.', '190 NPL>NPL'],
  // Taking part: the event noun as the predicate ("are on the offensive", "is in talks") or in the phrase of a verb of taking part.
  ['on the offensive', 'Colombian troops are on the offensive in the south.', '190 COL>'],
  ['in negotiations with', 'Iran is in negotiations with the European Union.', '046 IRN>IGO'],
  ['engaged in talks with', 'The Kenyan government is engaged in talks with Somali clan leaders.', '046 KEN>SOM'],
  ['pressed on with an offensive (the adjective hung as a clause)', 'Indian troops pressed on with a major offensive against rebels in Assam.', '190 IND>IND'],
  ["its Gaza offensive (the adjective after a name)", 'The Israeli army continued its Gaza offensive on Monday.', '190 ISR>PSE'],
  // Victims and places are no doers.
  ['a town before a noun of violence is where it happened, and the dead its victims', 'Four Indian soldiers died in a Srinagar grenade attack.', '190 >IND'],
  ['a town before a noun of violence is its target when nothing else is', 'The senator was criticised over his remarks about the Bali bombings.', '183 >IDN'],
  ['a verb of surviving names the victim, not the doer', 'The Afghan vice president survived a roadside bombing in Kunduz.', '183 >AFG'],
  ['a verb of putting down a protest names no protester', 'Riot police dispersed a protest in Dhaka.', '141 >BGD'],
  ['a revolt put down keeps its own doers', 'The Malian army put down a revolt by Tuareg rebels.', '180 MLI>'],
  ['a threat with its maker stays a threat', 'Officials said the Chinese threat to Taiwan had grown.', '130 CHN>TWN'],
  ['death threats against someone are threats', 'A letter found in the car contained death threats against a Dutch politician.', '130 >NLD'],
  ['the dead of a joint fight stay its parties', 'Ten Sudanese rebels died in heavy fighting with government troops.', '190 SDN>'],
  // Verbs saying that the event happens; a sentence opening with the event noun.
  ['Clashes erupted (an opening noun read as a name)', 'Clashes erupted in Gaza on Monday.', '190 >PSE'],
  ['Rioting spread', 'Rioting spread to dozens of French towns overnight.', '145 >FRA'],
  ['Fighting between X and Y (an opening gerund)', 'Fighting between Ethiopian and Eritrean forces in 1998 killed 70,000 people.', '190 ETH+ERI>'],
  ['violence flared', 'Violence flared again in Liberia on Sunday.', '180 >LBR'],
  ['violence spread', 'Ethnic violence has spread to three provinces of Indonesia.', '180 >IDN'],
  ['violence left N dead', 'Sectarian violence in central Nigeria left dozens dead.', '180 >NGA'],
  ["X's withdrawal from a place", "Syria's withdrawal from Lebanon was welcomed by the United Nations.", '087 SYR>LBN'],
  ['a planned withdrawal from a place', 'The Israeli withdrawal from Gaza is planned for next year.', '0356 ISR>PSE'],
  ['a withdrawal an intent frame does not own', 'Norway pledged to help Afghan officials get ready for a British pullout from Helmand.', '0356 GBR>AFG'],
  ['talks between X and Y collapsed', 'Talks between Ethiopia and Eritrea collapsed on Friday.', '164 ETH+ERI>'],
  ['negotiations broke down', 'The negotiations between the EU and Iran broke down in Vienna.', '164 IGO+IRN>'],
  // Talks whose parties the parser hangs elsewhere, counted talks, and talks named again.
  ['talks between X and Y, the preposition hung on a name compounded onto the phrase', 'Nepal blamed India for the collapse of peace talks between Nepal and Maoist rebels.', '046 NPL+NPL>'],
  ['the breakdown of talks between X and Y, the preposition hung on a name compounded onto the phrase', 'Nepal blamed India for the collapse of peace talks between Nepal and Maoist rebels.', '164 NPL+NPL>'],
  ['the breakdown of counted talks (a counting noun between)', 'Ethiopia blamed Eritrea for the breakdown of two months of talks between Addis Ababa and Somali rebels.', '164 ETH+SOM>'],
  ['talks named again that broke down take the parties of the talks told before', 'Talks between Colombia and leftist guerrillas opened in Havana in March. A guerrilla commander said on Monday the negotiations had broken down.', '164 COL>'],
  ['the arrest of a name ("of" misread as a clause marker)', 'The arrest of Abu Hamza by British police angered Egypt.', '173 GBR>'],
  // Light verbs.
  ['paid a visit', 'The Indian foreign minister paid a visit to Dhaka.', '042 IND>BGD'],
  ['made a visit', 'The Japanese foreign minister made a two-day visit to Seoul.', '042 JPN>KOR'],
  ['agreed a truce with', 'Palestinian militant groups agreed a truce with Israel.', '0871 PSE>ISR'],
  ['lodged a protest', 'Japan lodged a formal protest with China over the submarine incursion.', '114 JPN>CHN'],
];

/** Sentences and the events they must not yield. */
const NOT_CODED: [construction: string, text: string, unexpected: RegExp][] = [
  ['a reacting verb is no doer of the event it names', 'Britain condemned the attack on the embassy in Kabul.', /^190 GBR/],
  ['a reacting verb is no doer of the event it names (passive)', 'The bombing of the market was condemned by Pakistan.', /^183 PAK/],
  ['nor is a welcoming one', 'France welcomed the arrest of the rebel leader in Chad.', /^173 FRA/],
  ['a made visit is no intent besides the visit', 'The British prime minister made a surprise visit to Kabul.', /^03/],
  ['a lodged protest is a complaint, not a demonstration', 'China lodged a strong protest with Japan over the visit.', /^14/],
  // (Killings, murders, beheadings, gunfire and shootouts as nouns were tried and dropped: they
  // gained on one half of the AG dev set and lost on the other.)
  ['murder as an offence in a charge names no killing', 'Britain charged eight suspects with conspiracy to commit murder.', /^18/],
  ['the execution of a plan is no killing', 'The execution of the reform plan was delayed by parliament.', /^18/],
  ['a truce that is violated is the violation, not a truce', 'The Colombian army violated the ceasefire between the government and rebels.', /^087/],
  ['a truce called for is an appeal', 'Egypt urged a truce between the two sides.', /^087/],
  ['an opening name is no event noun', 'Reuters reported the clashes in Gaza.', /^190 GBR/],
  ['nor is an opening participle clause with a subject after it', 'Speaking in Cairo, the Egyptian minister urged calm.', /^04/],
  ['a withdrawal from a body is no military withdrawal', "Britain's withdrawal from the European Union took years.", /^087/],
  ['a capital before a noun of violence is no doer', 'A Baghdad car bombing killed three policemen.', /^183 IRQ/],
  ['nor is the subject of a verb of quelling it', 'The Iraqi government sent troops to Mosul to quell a militant uprising.', /^180 IRQ/],
  ['a threat confronted is a danger, no threat made', 'The Syrian defence minister said his army was ready to confront any external threat.', /^13/],
  ['a threat "from" someone, naming no act, is a danger', 'Danish lawmakers accused the cabinet of underestimating the threat from Islamist militants.', /^13/],
  ['a threat posed is a danger', 'Critics argue that Sudanese dam plans pose a threat to Egyptian farmers.', /^13/],
  ['talks that stall go on', 'The talks between India and Pakistan stalled.', /^164/],
  ['talks named again with no talks told before name no parties', 'The Kashmiri leader said the talks had failed.', /^164/],
  ['violence that is condemned is a topic', 'The Pope condemned the violence in Ivory Coast.', /^180/],
];

describe('nominal events', () => {
  itCodesConstructions(CASES, NOT_CODED);
  it('keeps the bombing told inside a violence noun\'s sentence', () => {
    const found = codedSummaries('Violence raged on in Afghanistan on Monday, with four Afghans killed in a roadside truck bombing in Kandahar.');
    assert.ok(found.some((event) => event.startsWith('183 ')), found.join('; '));
  });
});
