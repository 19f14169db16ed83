import assert from 'node:assert/strict';
import type { Document } from '../core/document.ts';
import type { Event, EventStatus, Modality } from '../core/event.ts';

// The status suite: each sentence is coded (published Thursday 2026-11-26), and the event at the
// given trigger word must carry the status fields given. Traps are the readings a shallow coder
// gets wrong. test/status.test.ts runs it through the trained parser; src/events/status.test.ts
// on the fixed trees of fixtures/status.conllu.

/** The publication date every status case is coded with. */
export const PUBLISHED = '2026-11-26';

/** One status case: a sentence, the word of its event's trigger, and the status fields expected (fields left out are not checked). */
export interface StatusCase {
  text: string;
  /** A word of the event's trigger text; "a|b": the first that is one (frames may take the event in). */
  trigger: string;
  polarity?: EventStatus['polarity'];
  modality?: Modality;
  conditional?: boolean;
  /** The condition's words. */
  condition?: string;
  reported?: boolean;
  /** The speaker's actor code, or its words for an unnamed source; null: none. */
  speaker?: string | null;
  historical?: boolean;
  /** The words of the historical anchor. */
  anchor?: string;
  /** The event date; null: none. */
  date?: string | null;
  /** No event may have the trigger word (an event that is only the content of a condition, which is not coded). */
  absent?: boolean;
  /** Set for a parser failure no general rule recovers from (node:test todo). */
  todo?: string;
}

const polarity: StatusCase[] = [
  { text: 'Iran did not negotiate with Iraq.', trigger: 'negotiate', polarity: 'negative', modality: 'actual' },
  { text: "Iran didn't negotiate with Iraq on Monday.", trigger: 'negotiate', polarity: 'negative', date: '2026-11-23' },
  { text: 'Iran has not responded to the American proposal.', trigger: 'responded', polarity: 'negative' },
  { text: 'Russia denied imposing sanctions on Ukraine.', trigger: 'imposing', polarity: 'negative' },
  { text: 'There were no talks between Israel and Syria.', trigger: 'talks', polarity: 'negative' },
  { text: 'Talks between Iran and Iraq did not take place.', trigger: 'Talks', polarity: 'negative' },
  { text: 'France has never recognised Palestine.', trigger: 'recognised', polarity: 'negative' },
  { text: 'India has not recognised Taiwan.', trigger: 'recognised', polarity: 'negative', historical: false },
  { text: 'Egypt failed to condemn Israel.', trigger: 'condemn', polarity: 'negative' },
  { text: 'Turkey has yet to respond to the Greek proposal.', trigger: 'respond', polarity: 'negative' },
  { text: 'Iran held no talks with the United States.', trigger: 'talks', polarity: 'negative' },
  { text: 'Britain did not impose sanctions on Iran.', trigger: 'impose', polarity: 'negative' },
  { text: 'Pakistan refrained from imposing sanctions on India.', trigger: 'sanctions', polarity: 'negative' },
  { text: "Iran won't condemn Iraq.", trigger: 'condemn', polarity: 'negative', modality: 'future' },
  { text: 'Brazil did not sign the agreement with Argentina.', trigger: 'sign', polarity: 'negative' },
  { text: 'Neither Iran nor Iraq negotiated with Syria.', trigger: 'negotiated', polarity: 'negative' },
  { text: 'An Iranian general said Israel would not dare attack Iran since it could strike back anywhere in Israel.', trigger: 'attack', polarity: 'negative' },
  { text: 'Iran no longer recognises Israel.', trigger: 'recognises', polarity: 'negative' },
  { text: 'There are no plans to impose sanctions on Iraq, Iran said.', trigger: 'impose', polarity: 'negative', modality: 'intended', speaker: 'IRN' },
  { text: 'Iran will not condemn Iraq unless the sanctions are lifted.', trigger: 'condemn', polarity: 'negative', conditional: true, condition: 'the sanctions are lifted' },
  // Cooperation that is denied ahead, or that a verb of failing denies, is coded as a refusal (12), and the refusal was made:
  // its status is its own, not negated, not future; a condition on it stays.
  { text: 'Egypt failed to negotiate with Israel.', trigger: 'negotiate', polarity: 'positive', modality: 'actual' },
  { text: "Iran won't negotiate with Iraq.", trigger: 'negotiate', polarity: 'positive', modality: 'actual', date: PUBLISHED },
  { text: 'Iran will not negotiate with Iraq unless the sanctions are lifted.', trigger: 'negotiate', polarity: 'positive', conditional: true, condition: 'the sanctions are lifted' },
  { text: 'Iran said it would not negotiate with Iraq.', trigger: 'negotiate', polarity: 'positive', modality: 'actual', reported: false },
  // An owned demand, offer or threat has been made: the clause that mentions it gives it no negation or modality.
  { text: "Serbia said it would comply with the court's demands.", trigger: 'demands', modality: 'actual', reported: true },
  { text: "Iraq will not give in to the kidnappers' demands.", trigger: 'demands', polarity: 'positive', modality: 'actual' },
  { text: 'Britain urged Iran to honour its commitment to the inspectors.', trigger: 'commitment', modality: 'actual' },
  // Unless the clause makes it.
  { text: 'The kidnappers will issue their demands on Friday.', trigger: 'demands', modality: 'future' },
  // What "no evidence" or "no sign" holds did not happen, as far as the text says, wherever the parser hangs the clause.
  { text: 'There is no evidence that Syrian troops shelled the village, the ministry said.', trigger: 'shelled', polarity: 'negative' },
  { text: 'An army inquiry found no evidence that officers ordered the abuse of prisoners.', trigger: 'ordered', polarity: 'negative' },
  { text: 'Officials said there was evidence that Syrian troops shelled the village.', trigger: 'shelled', polarity: 'positive' },
  // Traps.
  { text: 'Iran not only negotiated with Iraq but also signed a deal.', trigger: 'negotiated', polarity: 'positive' },
  { text: 'Not only did Iran negotiate with Iraq, it also signed a deal.', trigger: 'negotiate', polarity: 'positive' },
  { text: 'No sooner had Iran negotiated with Iraq than the deal collapsed.', trigger: 'negotiated', polarity: 'positive' },
  { text: 'Not surprisingly, Iran negotiated with Iraq on Monday.', trigger: 'negotiated', polarity: 'positive' },
  { text: 'Iran held talks with Iraq with no preconditions.', trigger: 'talks', polarity: 'positive' },
  { text: 'India negotiated with Pakistan without preconditions.', trigger: 'negotiated', polarity: 'positive' },
  { text: 'Iran negotiated with Iraq, not with Syria.', trigger: 'negotiated', polarity: 'positive' },
  { text: 'Iran did not condemn the American sanctions on Iraq.', trigger: 'sanctions', polarity: 'positive' },
  { text: 'Israel declined to hold talks with Hamas.', trigger: 'declined', polarity: 'positive' },
  { text: 'Ghana failed to bring the row to the UN Security Council in hope of possible sanctions on Togo.', trigger: 'sanctions', polarity: 'positive', modality: 'hypothetical' },
  { text: 'Iran negotiated with Iraq, but Syria did not.', trigger: 'negotiated', polarity: 'positive' },
];

const modality: StatusCase[] = [
  { text: 'Iran will negotiate with Iraq next week.', trigger: 'negotiate', modality: 'future', historical: false },
  { text: 'Iran is to hold talks with Iraq.', trigger: 'talks', modality: 'future' },
  { text: 'The Iranian president is to visit Iraq.', trigger: 'visit', modality: 'future' },
  { text: 'Three Kenyan soldiers are reported to have been killed in Somalia.', trigger: 'killed', modality: 'actual', reported: true },
  { text: 'Iran is set to hold talks with Iraq.', trigger: 'talks', modality: 'future' },
  { text: 'Iran is going to negotiate with Iraq.', trigger: 'negotiate', modality: 'future' },
  { text: 'Talks between Iran and Iraq will take place next month.', trigger: 'Talks', modality: 'future', date: '2026-12' },
  { text: 'Iran plans to negotiate with Iraq.', trigger: 'plans|negotiate', modality: 'intended' },
  { text: 'Syria is ready to negotiate with Israel.', trigger: 'ready|negotiate', modality: 'intended' },
  { text: 'Syrian troops are preparing to withdraw from Lebanon.', trigger: 'preparing|withdraw', modality: 'intended' },
  { text: 'Iran intends to hold talks with Iraq.', trigger: 'intends|talks', modality: 'intended' },
  { text: 'Iran is determined to impose sanctions on Iraq.', trigger: 'impose', modality: 'intended' },
  { text: 'Iran would negotiate with the United States.', trigger: 'negotiate', modality: 'hypothetical', date: null },
  { text: 'Iran could impose sanctions on Iraq.', trigger: 'impose', modality: 'hypothetical' },
  { text: 'Any future talks between Iran and the United States would face obstacles.', trigger: 'talks', modality: 'hypothetical', polarity: 'positive', historical: false },
  { text: 'Iran might impose sanctions on Iraq.', trigger: 'impose', modality: 'hypothetical' },
  { text: 'Analysts believe Iran may impose sanctions on Iraq.', trigger: 'impose', modality: 'speculative', reported: true, speaker: 'Analysts' },
  { text: 'Saudi Arabia may soon recognise Israel, diplomats believe.', trigger: 'recognise', modality: 'speculative', speaker: 'diplomats' },
  { text: 'Iran appears to have negotiated with Iraq.', trigger: 'negotiated', modality: 'speculative', reported: false },
  { text: 'Iran is believed to have negotiated with Iraq.', trigger: 'negotiated', modality: 'speculative' },
  { text: 'Iran is likely to impose sanctions on Iraq.', trigger: 'impose', modality: 'speculative' },
  { text: 'Observers think Iran could negotiate with Iraq.', trigger: 'negotiate', modality: 'speculative', speaker: 'Observers' },
  { text: 'Iran probably negotiated with Iraq.', trigger: 'negotiated', modality: 'speculative' },
  { text: 'Iran is unlikely to negotiate with Iraq.', trigger: 'negotiate', modality: 'speculative' },
  // Traps.
  { text: 'Iran said it would negotiate with Iraq.', trigger: 'negotiate', modality: 'future', reported: true, speaker: 'IRN' },
  { text: 'Iran said it may negotiate with Iraq.', trigger: 'negotiate', modality: 'hypothetical', reported: true },
  { text: 'Iran held talks with Iraq on the future of the region.', trigger: 'talks', modality: 'actual', date: PUBLISHED },
  { text: 'Iran negotiated with Iraq, a move that could anger Saudi Arabia.', trigger: 'negotiated', modality: 'actual' },
  { text: 'Iran expects to hold talks with Iraq.', trigger: 'expects|talks', modality: 'intended' },
  { text: 'Mexico met Canadian officials, who will visit Cuba next week.', trigger: 'visit', modality: 'future', date: '2026-12' },
  // An undecided event: "whether", "asked if".
  { text: 'Officials argued over whether to lift the siege of the town.', trigger: 'lift', modality: 'hypothetical' },
  { text: 'The Syrian army is not ready to launch attacks on Israel.', trigger: 'ready|attacks', polarity: 'negative', modality: 'intended' },
  { text: 'Ministers could not say whether Russia had recalled its ambassador.', trigger: 'recalled', modality: 'hypothetical' },
  // A purpose is intended: "to negotiate", "efforts to free", "a plan to withdraw", "arrived for talks".
  { text: 'The Turkish envoy flew to Damascus to negotiate with Syrian officials.', trigger: 'negotiate', modality: 'intended', date: null },
  { text: 'France made fresh efforts to free the hostages.', trigger: 'free', modality: 'intended' },
  { text: 'Israel announced a plan to withdraw from Gaza.', trigger: 'plan', modality: 'intended' },
  { text: 'Israel unveiled a plan for talks with Syria.', trigger: 'plan', modality: 'intended' },
  { text: 'The envoy arrived in Beijing for talks with Chinese leaders.', trigger: 'talks', modality: 'intended' },
  { text: 'The Chilean foreign minister arrived in Lima on Monday for a three-day state visit.', trigger: 'visit', modality: 'intended' },
  // A decision word's infinitive is its complement, even as the parser's adverbial: the decided act stands.
  { text: 'The Ukrainian parliament voted on Wednesday to dismiss the government.', trigger: 'dismiss', modality: 'actual' },
  // Traps: a speech act that holds out its content was made; a purpose the act itself carries out happened.
  { text: 'Iran offered to mediate between Syria and Lebanon.', trigger: 'offered', modality: 'actual' },
  { text: 'Kenya opened the border to allow aid deliveries to Somalia.', trigger: 'allow', modality: 'actual' },
  // A given noun event keeps its own status and date: not future under "will", not dated by the clause that mentions it.
  { text: 'Russia will launch an inquiry into the siege of the school.', trigger: 'siege', modality: 'actual', date: null },
  { text: 'The president defended the American invasion of Iraq on Monday.', trigger: 'invasion', modality: 'actual', date: null },
  { text: 'Thousands of people are expected to march in Madrid following the bombing of the station.', trigger: 'bombing', modality: 'actual', date: null },
  { text: 'Police hunted two men believed to be responsible for the bombing of the embassy.', trigger: 'bombing', modality: 'actual' },
  // A scheduled event: "is expected to" as "is due to"; the time clause of a future event.
  { text: 'The Russian president is expected to visit Beijing on Friday.', trigger: 'visit', modality: 'future' },
  { text: 'Pakistan will release the prisoners when India withdraws its troops from the border.', trigger: 'withdraws', modality: 'future' },
  // A time ahead with no future auxiliary: "next week", "tomorrow", "ahead of the talks", "are scheduled for".
  { text: 'Syria and Lebanon hold talks next week.', trigger: 'talks', modality: 'future' },
  { text: 'The Chinese premier visits Japan tomorrow.', trigger: 'visits', modality: 'future' },
  { text: 'Talks between Egypt and Israel are scheduled for next month.', trigger: 'Talks', modality: 'future' },
  { text: 'Jordan hosted a meeting ahead of talks between Israel and Syria.', trigger: 'talks', modality: 'future' },
  { text: 'Syria held talks with Lebanon on Monday and with Jordan the next day.', trigger: 'talks', modality: 'actual' },
  // A present act with a day of its own is scheduled; "due" as the predicate schedules what it holds.
  { text: 'The French president is visiting Algeria on Thursday.', trigger: 'visiting', modality: 'future' },
  { text: 'Syria and Lebanon hold talks on Friday.', trigger: 'talks', modality: 'future' },
  { text: 'The Chinese foreign minister is due in Tokyo on Monday for talks with Japanese leaders.', trigger: 'talks', modality: 'future' },
  { text: 'Talks between Iran and Britain are due on Monday.', trigger: 'Talks', modality: 'future' },
  // Traps: a headline's present of a statement, and a past act with its day.
  { text: 'Iraq says Monday that Syria attacked its border posts.', trigger: 'attacked', modality: 'actual' },
  { text: 'Israeli troops killed three Palestinians on Monday.', trigger: 'killed', modality: 'actual' },
  // What a prospect noun holds may or may not come; what one prepares for lies ahead.
  { text: 'Officials raised the possibility of sanctions against Syria.', trigger: 'sanctions', modality: 'hypothetical' },
  { text: 'Fears of an Israeli attack on Iran grew on Sunday.', trigger: 'attack', modality: 'hypothetical' },
  { text: 'Egypt is preparing for talks between Israel and the Palestinians.', trigger: 'preparing', modality: 'intended' },
  // A noun event's own schedule; its own word of doubt outweighs its clause's modal.
  { text: 'Iran broke off talks with Britain scheduled for Monday.', trigger: 'talks', modality: 'future' },
  { text: 'Egypt will attend the talks between Israel and the Palestinians, which open in Cairo on Monday.', trigger: 'talks', modality: 'future' },
  { text: 'Syrian officials said the accord would shield Syria from possible American sanctions.', trigger: 'sanctions', modality: 'hypothetical' },
  { text: 'Sanctions against Iran are one option, the French foreign minister said.', trigger: 'Sanctions', modality: 'hypothetical' },
  // A plan's infinitive hung on the verb that takes the plan; an act a decision word weighs is undecided.
  { text: 'Turkey unveiled plans on Sunday to meet Syrian leaders in Damascus.', trigger: 'meet', modality: 'intended' },
  { text: 'The Ulster unionist leader is deciding whether to endorse a power-sharing deal with Sinn Fein.', trigger: 'deciding', modality: 'hypothetical' },
  // A headline's bare to-infinitive is the wire's "is to".
  { text: 'Iran to resume talks with the European Union.', trigger: 'talks', modality: 'future' },
  { text: 'Turkey to host talks between Syria and Israel.', trigger: 'talks', modality: 'future' },
  // A purpose infinitive the parser hangs on the place phrase before it.
  { text: 'A Colombian rebel leader surrendered at an army post near Cali to face trial.', trigger: 'face', modality: 'intended' },
  { text: 'A Colombian rebel leader surrendered at an army post near Cali to face trial.', trigger: 'surrendered', modality: 'actual' },
  // What a purpose or a future stops, opposes or judges is going on: given, not intended.
  { text: 'Police fired tear gas to break up a protest by students in Nairobi.', trigger: 'protest', modality: 'actual' },
  { text: 'The Egyptian envoy urged the militants to halt attacks on Israeli towns.', trigger: 'attacks', modality: 'actual' },
  { text: 'Shopkeepers closed their stores to protest a rebel blockade of the capital.', trigger: 'blockade', modality: 'actual' },
  { text: 'Kurdish deputies walked out of parliament to stage a sit-in in protest at attacks on Kurdish villages.', trigger: 'attacks', modality: 'actual' },
  // Given by its doer, or by a past relative clause.
  { text: 'Diplomats were unsure whether the kidnappers of the two engineers had set a deadline.', trigger: 'kidnappers', modality: 'actual' },
  { text: 'Diplomats were unsure whether the kidnappers of the two engineers had set a deadline.', trigger: 'set', modality: 'hypothetical' },
  { text: 'Thai prosecutors will charge dozens of Muslims over a protest that turned violent in the south last week.', trigger: 'protest', modality: 'actual' },
  { text: 'Officials think the militants will free two Indian engineers kidnapped in Kabul.', trigger: 'kidnapped', modality: 'actual', reported: true },
  { text: 'Officials think the militants will free two Indian engineers kidnapped in Kabul.', trigger: 'free', modality: 'speculative' },
  // A threat its subject faces is a danger: the attack may come.
  { text: 'Greece faces a growing threat of bomb attacks before the Olympics.', trigger: 'threat', modality: 'hypothetical' },
  { text: 'Indian troops crossed the river to attack rebel camps in Bhutan.', trigger: 'attack', modality: 'intended' },
  // An infinitive after a counted noun tells what that event did.
  { text: 'A suicide bomber killed ten people in the second attack to hit Moscow in a month.', trigger: 'attack', modality: 'actual' },
  // A "while" clause concedes; it is no time clause of the future event.
  { text: 'While China recognises the border accord, it will resist any Indian claim.', trigger: 'recognises', modality: 'actual' },
  // What a purpose participle aims at is intended.
  { text: 'Britain sent two warships to the Gulf in a deployment aimed at boosting the Saudi navy.', trigger: 'boosting', modality: 'intended' },
  { text: 'The Kenyan army moved two battalions north in a deployment aimed at stopping cattle raids by Somali militias.', trigger: 'raids', modality: 'actual' },
  { text: 'Danish ministers opened talks with Greenland designed to settle a quarrel over fishing rights, an aide said.', trigger: 'talks', modality: 'actual' },
  { text: 'Labour opened talks with the Liberals on a pact aimed at promoting an Israeli pullout from Lebanon.', trigger: 'pullout', modality: 'intended' },
  // Force got ready by deeds is intended, no threat; what left victims has happened.
  { text: 'Bolivian police are preparing to storm the town hall held by striking miners.', trigger: 'storm', modality: 'intended' },
  { text: 'Nigerian troops are preparing for an assault on rebel camps in the delta.', trigger: 'assault', modality: 'intended' },
  { text: 'Villagers prepared to bury victims of a bomb attack on a market in Jos.', trigger: 'attack', modality: 'actual' },
  // A purpose noun's verb is a deed, no intent; what one calms, curbs or profits from is there.
  { text: 'Britain has pushed for talks between Israel and Syria.', trigger: 'pushed', modality: 'actual' },
  { text: 'Kenya will send troops to curb the raids by Somali militias.', trigger: 'raids', modality: 'actual' },
  { text: 'Sudan sent troops to calm the uprising by Darfur rebels.', trigger: 'uprising', modality: 'actual' },
  { text: 'Opposition parties sought to profit from the bombings in Madrid, the minister said.', trigger: 'bombings', modality: 'actual', reported: true },
  // A closing attribution with the narrator's participle after it still reports the sentence; a seeming verb doubts only its predicate.
  { text: 'Suspected Maoist rebels stormed a village in eastern Nepal on Monday and shot dead four people, police said, taking the toll in the recent violence to 30.', trigger: 'stormed', reported: true },
  { text: 'Israeli troops shot dead two Palestinian gunmen near Jenin, the army said, bringing the death toll this week to 12.', trigger: 'shot', reported: true },
  { text: 'A Maoist insurgency in western Nepal appeared to be weakening as army units moved in.', trigger: 'insurgency', modality: 'actual' },
  // What an invitation or offer holds out is intended; the offer was made.
  { text: 'The Kenyan president accepted an invitation to visit Uganda next year.', trigger: 'visit', modality: 'intended' },
  { text: 'Iran welcomed a Russian proposal to hold talks with the European Union.', trigger: 'proposal', modality: 'actual' },
  // A plan noun with its event compounded on it is intended.
  { text: 'Moroccan officials criticised Spain\'s Ceuta pullout plan.', trigger: 'plan', modality: 'intended' },
  // A perfect infinitive after "are reported to" is no "is to": reported, not planned.
  { text: 'Seven Kenyan soldiers are reported to have been killed by Somali gunmen near the border.', trigger: 'killed', modality: 'actual', reported: true },
];

const conditions: StatusCase[] = [
  { text: 'Iran will negotiate with the United States provided that sanctions are lifted.', trigger: 'negotiate', conditional: true, condition: 'sanctions are lifted' },
  { text: 'Iran will negotiate with Iraq if the attacks stop.', trigger: 'negotiate', conditional: true, condition: 'the attacks stop' },
  { text: 'Iran will impose sanctions on Iraq unless Baghdad releases the prisoners.', trigger: 'impose', conditional: true, condition: 'Baghdad releases the prisoners' },
  // "agreed" is a speech act that was made: its condition is recorded, but it is not conditional (the AG News guide's rule for threats and offers).
  { text: 'Iran agreed to negotiate with Iraq on condition that the talks remain secret.', trigger: 'agreed|negotiate', conditional: false, condition: 'the talks remain secret' },
  { text: 'Iran will negotiate with Iraq only if the sanctions are lifted.', trigger: 'negotiate', conditional: true, condition: 'the sanctions are lifted' },
  { text: 'Iran will negotiate with Iraq as long as the ceasefire holds.', trigger: 'negotiate', conditional: true, condition: 'the ceasefire holds' },
  { text: 'If the sanctions are lifted, Iran will negotiate with the United States.', trigger: 'negotiate', conditional: true, condition: 'the sanctions are lifted' },
  { text: 'Iran is ready to negotiate with Iraq provided it is free from threats.', trigger: 'ready|negotiate', conditional: true, condition: 'it is free from threats', modality: 'intended' },
  { text: 'Should the sanctions be lifted, Iran will negotiate with the United States.', trigger: 'negotiate', conditional: true, condition: 'the sanctions be lifted' },
  // Traps.
  { text: 'The minister was asked if Iran would impose sanctions on Iraq.', trigger: 'impose', conditional: false },
  { text: 'Analysts wondered if Iran would impose sanctions on Iraq.', trigger: 'impose', conditional: false },
  { text: 'It is unclear whether Iran will negotiate with Iraq.', trigger: 'negotiate', conditional: false },
  { text: 'Iran negotiated with Iraq for as long as ten hours.', trigger: 'negotiated', conditional: false },
  { text: 'Iran negotiated with Iraq about the conditions of a truce.', trigger: 'negotiated', conditional: false },
  { text: 'Iran negotiated with Iraq on Monday, and Syria will join provided that it is invited.', trigger: 'negotiated', conditional: false },
  { text: 'Iran will negotiate with Iraq, and Syria will join if it is invited.', trigger: 'negotiate', conditional: false },
  { text: 'Iran negotiated with Iraq even if the talks were short.', trigger: 'negotiated', conditional: false },
  // A threat or offer "unless"/"if" was made: the condition is its content's, and the event it names is not coded.
  { text: 'Gunmen threatened to kill the hostage unless Japan withdraws its troops from Iraq.', trigger: 'threatened', conditional: false, condition: 'Japan withdraws its troops from Iraq', modality: 'actual' },
  { text: 'Gunmen threatened to kill the hostage unless Japan withdraws its troops from Iraq.', trigger: 'withdraws', absent: true },
  { text: 'Rebels threatened to execute the soldiers if Colombia does not release their comrades.', trigger: 'release', absent: true },
  { text: 'The Syrian army will withdraw from Lebanon if Israel stops its raids.', trigger: 'raids|stops', absent: true },
  // "once" and "as soon as" condition a future or modal event; of a past one they are times.
  { text: 'The rebels will free the hostages once Manila pays the ransom.', trigger: 'free', conditional: true, condition: 'Manila pays the ransom' },
  { text: 'The rebels would free the hostages as soon as Manila pays the ransom.', trigger: 'free', conditional: true },
  { text: 'The rebels freed the hostages once Manila paid the ransom.', trigger: 'freed', conditional: false },
  // A condition clause the parser makes the root (the threat read as a relative clause) is still a condition.
  { text: 'The kidnappers of two Italian aid workers threatened to kill them unless Italy withdrew its troops from Iraq.', trigger: 'withdrew', absent: true },
];

const reports: StatusCase[] = [
  { text: 'Iran said Iraq negotiated with Syria.', trigger: 'negotiated', reported: true, speaker: 'IRN' },
  { text: 'According to officials, Iran negotiated with Iraq.', trigger: 'negotiated', reported: true, speaker: 'officials' },
  { text: 'Officials said Iran imposed sanctions on Iraq.', trigger: 'imposed', reported: true, speaker: 'Officials' },
  { text: 'Iran imposed sanctions on Iraq, a spokesman said.', trigger: 'imposed', reported: true, speaker: 'a spokesman' },
  { text: 'Iran negotiated with Iraq, according to diplomats.', trigger: 'negotiated', reported: true, speaker: 'diplomats' },
  { text: 'Spain has withdrawn its ambassador from Cuba, officials said on Sunday.', trigger: 'withdrawn', reported: true, speaker: 'officials' },
  { text: 'A Filipino rebel commander has surrendered to the army in Mindanao, the Kyodo news agency reported.', trigger: 'surrendered', reported: true },
  { text: 'Iraqi media reported that Iran imposed sanctions on Iraq.', trigger: 'imposed', reported: true, speaker: 'IRQMED' },
  // A speech act of the reporting side itself is told, not reported; another's act under its report stays reported.
  { text: 'Ghana declared on Monday that the unrest in the north was a crisis and urged its neighbours to send troops.', trigger: 'urged', reported: false },
  { text: 'Iranian officials said Iraq had rejected the proposal.', trigger: 'rejected', reported: true },
  { text: 'Iranian officials said Tehran would negotiate with Iraq.', trigger: 'negotiate', reported: true, speaker: 'IRNGOV', modality: 'future' },
  { text: 'Iraq negotiated with Iran, Iranian state media reported.', trigger: 'negotiated', reported: true, speaker: 'IRNMED' },
  { text: 'Germany accused Russia of spying, officials said.', trigger: 'accused', reported: true, speaker: 'officials' },
  { text: 'Iran may have negotiated with Iraq, a diplomat said.', trigger: 'negotiated', modality: 'hypothetical', speaker: 'a diplomat' },
  // An unnamed report ("reportedly") and a suspicion ("suspected of") report the event; they do not make it speculative.
  { text: 'Iranian troops reportedly shelled a Kurdish village on Monday.', trigger: 'shelled', reported: true, speaker: null, modality: 'actual' },
  { text: 'Police arrested two Kenyans suspected of bombing the Israeli embassy in Nairobi.', trigger: 'bombing', reported: true },
  { text: 'Police arrested two Kenyans suspected of bombing the Israeli embassy in Nairobi.', trigger: 'arrested', reported: false },
  // Traps.
  { text: 'The Iranian foreign minister said that Iran had negotiated with Iraq.', trigger: 'negotiated', reported: true, speaker: 'IRNGOV', historical: false },
  { text: 'Iran negotiated with Iraq on Monday, saying the talks were useful.', trigger: 'negotiated', reported: false },
  { text: 'The statement came after Iran negotiated with Iraq.', trigger: 'negotiated', reported: false },
  { text: 'Iran negotiated with Iraq; Syria said nothing.', trigger: 'negotiated', reported: false },
  { text: 'Iran is said to have imposed sanctions on Iraq.', trigger: 'imposed|sanctions', reported: true, speaker: null },
  { text: 'Iran told Iraq that Syria had imposed sanctions on Jordan.', trigger: 'imposed', speaker: 'IRN', historical: false },
  // What a claim of responsibility names is reported; a clause inside it is the narrator's.
  { text: 'Chechen rebels claimed responsibility for the siege of the school, during which Russian troops shelled the building.', trigger: 'siege', reported: true },
  { text: 'Chechen rebels claimed responsibility for the siege of the school, during which Russian troops shelled the building.', trigger: 'shelled', reported: false },
  // The narrator's participle on a speech verb is not what was said.
  { text: 'Russia will open an inquiry into the siege, officials said, marking a retreat by ministers who rejected an inquiry last month.', trigger: 'rejected', reported: false },
  { text: 'Russia will open an inquiry into the siege, officials said, marking a retreat by ministers who rejected an inquiry last month.', trigger: 'inquiry', reported: true, modality: 'future' },
  // Wire attributions the parser misreads: a parenthetical, a final "said" with an earlier phrase hung on it, a final "reported" taken for a participle.
  { text: 'Syrian troops, officials said, shelled a Lebanese village on Monday.', trigger: 'shelled', reported: true, speaker: 'officials' },
  { text: 'Iraqi police arrested two Jordanians on Sunday, the interior ministry said in a statement.', trigger: 'arrested', reported: true },
  { text: 'Two Turkish hostages were freed by their captors in Iraq, Turkish television reported Sunday.', trigger: 'freed', reported: true },
  { text: 'Officials said talks had ended, and Syrian troops shelled a Lebanese village.', trigger: 'shelled', reported: false },
  // A claim's content is its maker's report, also when it is rejected (someone still makes it).
  { text: 'Israel rejected claims by Syria that its troops had shelled the school.', trigger: 'shelled', reported: true, speaker: 'SYR', polarity: 'positive', historical: false },
  { text: 'Israel rejected claims that its troops had shelled the school.', trigger: 'shelled', reported: true, historical: false },
  // An "according to" phrase set off by a comma reports the whole sentence, wherever the parser hangs it.
  { text: 'The Afghan kidnappers of three Nepali engineers demanded a ransom for their freedom, according to a letter sent to a local newspaper.', trigger: 'demanded', reported: true, speaker: 'a letter' },
  { text: 'The Afghan kidnappers of three Nepali engineers demanded a ransom for their freedom, according to a letter sent to a local newspaper.', trigger: 'kidnappers', reported: true },
  // A closing "..., X said." reports the sentence wherever the parser hangs it (a relative clause or participle on the last noun).
  { text: 'A suicide bomber killed 20 people in Baghdad, police and hospital officials said on Tuesday.', trigger: 'killed', reported: true },
  // (the parser hangs "police said" on the noun of the relative clause, with its "that" and the clause before the comma)
  { text: 'Seven people were killed and ten others wounded in an explosion that tore through a bus station in Kirkuk, police said.', trigger: 'explosion', reported: true, speaker: 'IRQCOP' },
  { text: 'Syrian troops shelled villages in Lebanon, Lebanese media reported.', trigger: 'shelled', reported: true },
  // A mid-sentence "..., X said, while ..." reports what comes before it, though the parser hangs the "while" clause on "said" as its complement.
  { text: 'Troops shelled two villages near the border, witnesses said, while rebels ambushed a convoy in the south.', trigger: 'shelled', reported: true, speaker: 'witnesses' },
  { text: 'Gunmen kidnapped a Turkish engineer who worked for a building firm from his office in Mosul, local officials said Tuesday, while three Egyptian drivers were abducted by rebels in a separate attack.', trigger: 'kidnapped', reported: true },
  // "..., X told The Associated Press": the object of "tell" is whom it was told to, so the verb says nothing of its own and reports the sentence.
  { text: 'Rebels have seized a town in the east and are holding several officials there, diplomats told The Associated Press on Friday.', trigger: 'seized', reported: true, speaker: 'diplomats' },
  // A time clause on the saying, after all it says and set off by a comma, is the narrator's; one inside what is said stays reported.
  { text: 'Rebels attacked a police post in the north, officials said on Sunday, a day after troops raided a rebel camp.', trigger: 'raided', reported: false },
  { text: 'Rebels attacked a police post in the north, officials said on Sunday, a day after troops raided a rebel camp.', trigger: 'attacked', reported: true },
  { text: 'Officials said that rebels fired on the convoy after troops raided their camp.', trigger: 'raided', reported: true },
  // (the parser takes the speaker into the clause before the comma, "wounding 9, witnesses" as one object, leaving "said" no subject)
  { text: 'A gunman detonated a truck bomb near a line of men waiting to sign up for work with the city police in the southern town of Hilla on Tuesday, killing at least 12 people and wounding 9, witnesses said.', trigger: 'detonated', reported: true, speaker: 'witnesses' },
  { text: 'Israel has killed a Hamas leader in Gaza, a move that officials said would inflame the region.', trigger: 'killed', reported: false },
  // A speech verb only asked for reports nothing; an "alleged" or "suspected" noun event is an unnamed report.
  { text: 'Brazil demanded Argentina justify its new import duties on shoes and warned it would take the dispute to the trade court.', trigger: 'warned', reported: false },
  { text: 'Rebels accused the army of alleged attacks on villages in the north.', trigger: 'attacks', reported: true },
  { text: 'Police arrested two men after a suspected bombing at a market in Manila.', trigger: 'bombing', reported: true },
  { text: 'Police arrested two men after a suspected bombing at a market in Manila.', trigger: 'arrested', reported: false },
];

const history: StatusCase[] = [
  { text: 'The United States has imposed sanctions on Iran since the 2018 withdrawal.', trigger: 'imposed', historical: true, anchor: 'since the 2018 withdrawal' },
  { text: 'The United States imposed sanctions on Iran in 2003.', trigger: 'imposed', historical: true, anchor: 'in 2003', date: '2003' },
  { text: 'Iran criticised the former American sanctions on Iraq.', trigger: 'sanctions', historical: true, anchor: 'former' },
  { text: 'Iran negotiated with Iraq two years ago.', trigger: 'negotiated', historical: true, anchor: 'two years ago', date: '2024' },
  { text: 'Iran negotiated with Iraq years ago.', trigger: 'negotiated', historical: true, anchor: 'years ago' },
  { text: 'Iran once recognised Israel.', trigger: 'recognised', historical: true, anchor: 'once' },
  { text: 'Japan signed a trade agreement with South Korea in 2019.', trigger: 'signed', historical: true, anchor: 'in 2019', date: '2019' },
  { text: 'Iran negotiated with Iraq in the 1990s.', trigger: 'negotiated', historical: true, anchor: 'in the 1990s' },
  { text: 'Iran has imposed sanctions on Iraq for decades.', trigger: 'imposed', historical: true, anchor: 'for decades' },
  { text: 'Iran negotiated with Iraq after the 2003 invasion.', trigger: 'negotiated', historical: true, date: '2003' },
  { text: 'In 2003 the United States imposed sanctions on Iraq.', trigger: 'imposed', historical: true, anchor: 'In 2003', date: '2003' },
  // Traps.
  { text: 'The United States had imposed sanctions on Iran.', trigger: 'imposed', historical: false },
  { text: 'The former Iranian president negotiated with Iraq on Monday.', trigger: 'negotiated', historical: false, date: '2026-11-23' },
  { text: 'Iran negotiated with Iraq two days ago.', trigger: 'negotiated', historical: false, date: '2026-11-24' },
  { text: 'Iran will negotiate with Iraq in 2027.', trigger: 'negotiate', historical: false, date: '2027' },
  { text: 'Iran will impose sanctions on Iraq next year.', trigger: 'impose', historical: false, date: '2027' },
  { text: 'Iran negotiated with Iraq on Monday about the 1998 agreement.', trigger: 'negotiated', historical: false, date: '2026-11-23' },
  { text: 'Iran has negotiated with Iraq since Monday.', trigger: 'negotiated', historical: false },
  { text: 'Thousands gathered to mark the anniversary of the 1982 invasion of Lebanon.', trigger: 'invasion', historical: true, date: '1982' },
  { text: 'Israel recalled the 1994 bombing of the embassy in Buenos Aires.', trigger: 'bombing', historical: true, date: '1994' },
  { text: "A Spanish court convicted him of taking part in last year's bombing of the Madrid railway station.", trigger: 'bombing', historical: true, date: '2025' },
  { text: 'The rebels surrendered to the army ten years after they attacked the capital.', trigger: 'attacked', historical: true, anchor: 'ten years', date: null },
  { text: "Police said last year's embassy bombing in Manila killed nine people.", trigger: 'bombing', historical: true, anchor: 'last year', reported: true },
  { text: "A Spanish court convicted him of taking part in last year's bombing of the Madrid railway station.", trigger: 'convicted', historical: false },
  { text: 'The rebels surrendered to the army ten years after they attacked the capital.', trigger: 'surrendered', historical: false, date: PUBLISHED },
  { text: 'An Egyptian court jailed the opposition leader for five years.', trigger: 'jailed', historical: false, date: PUBLISHED },
  { text: 'Iran has occupied the islands for seven years.', trigger: 'occupied', historical: true, anchor: 'for seven years', date: null },
  // A "since" clause with a modal or a present gives a reason, not a starting point.
  { text: 'An Iranian general said Israel would not dare attack Iran since it could strike back anywhere in Israel.', trigger: 'attack', historical: false },
  { text: 'Israel has not attacked Syria since the war ended.', trigger: 'attacked', historical: true },
];

const dates: StatusCase[] = [
  { text: 'Iran negotiated with Iraq on Monday.', trigger: 'negotiated', date: '2026-11-23' },
  { text: 'Egypt negotiated with Sudan on Wednesday.', trigger: 'negotiated', date: '2026-11-25' },
  { text: 'Turkey condemned Syria on Tuesday.', trigger: 'condemned', date: '2026-11-24' },
  { text: 'The Egyptian president visited Sudan yesterday.', trigger: 'visited', date: '2026-11-25' },
  { text: 'Iran negotiated with Iraq last week.', trigger: 'negotiated', date: '2026-11', historical: false },
  { text: 'Iran negotiated with Iraq last month.', trigger: 'negotiated', date: '2026-10' },
  { text: 'Iran negotiated with Iraq in March 2025.', trigger: 'negotiated', date: '2025-03', historical: true, anchor: 'in March 2025' },
  { text: 'Iran negotiated with Iraq in 2015.', trigger: 'negotiated', date: '2015', historical: true },
  { text: 'Iran negotiated with Iraq last year.', trigger: 'negotiated', date: '2025', historical: true },
  { text: 'Iran negotiated with Iraq.', trigger: 'negotiated', date: PUBLISHED, historical: false },
  { text: 'Iran will negotiate with Iraq on Monday.', trigger: 'negotiate', date: '2026-11-30' },
  { text: 'Kenya will visit Uganda next Tuesday.', trigger: 'visit', date: '2026-12-01' },
  { text: 'Iran negotiated with Iraq on Friday.', trigger: 'negotiated', date: '2026-11-20' },
  { text: 'Iran negotiated with Iraq on Thursday.', trigger: 'negotiated', date: '2026-11-26' },
  { text: 'Iran negotiated with Iraq on November 3.', trigger: 'negotiated', date: '2026-11-03' },
  { text: 'Iran negotiated with Iraq on December 5.', trigger: 'negotiated', date: '2025-12-05' },
  { text: 'Iran will negotiate with Iraq in December.', trigger: 'negotiate', date: '2026-12' },
  { text: 'The Iraqi foreign minister will visit Iran in May.', trigger: 'visit', date: '2027-05' },
];

/** The event whose trigger holds the word (or the first of the alternatives "a|b" that has one). */
export function eventAt(events: readonly Event[], words: string): Event | undefined {
  for (const word of words.split('|')) {
    const event = events.find((e) => e.trigger.text.split(/\s+/).includes(word));
    if (event) return event;
  }
  return undefined;
}

/** Asserts that the coded document has the case's event with the case's status. */
export function checkStatus(c: StatusCase, doc: Document): void {
  const events = doc.events ?? [];
  const event = eventAt(events, c.trigger);
  if (c.absent) {
    assert.equal(event, undefined, `"${c.trigger}" is coded (${event?.cameo.code}) but lies in a condition`);
    return;
  }
  assert.ok(event, `no event at "${c.trigger}"; events: ${events.map((e) => `${e.cameo.code} "${e.trigger.text}"`).join(', ') || 'none'}`);
  const { status } = event;
  const words = (span: { start: number; end: number } | undefined) => (span ? c.text.slice(span.start, span.end) : undefined);
  const actual: Partial<Record<keyof StatusCase, unknown>> = {
    polarity: status.polarity,
    modality: status.modality,
    conditional: status.conditional,
    condition: words(status.condition),
    reported: status.reported,
    speaker: status.speaker ? ('code' in status.speaker ? status.speaker.code : status.speaker.text) : null,
    historical: status.historical,
    anchor: words(status.anchor),
    date: event.date ?? null,
  };
  for (const key of Object.keys(actual) as (keyof StatusCase)[]) {
    if (c[key] === undefined) continue;
    assert.equal(actual[key], c[key], `${key}: expected ${JSON.stringify(c[key])}, got ${JSON.stringify(actual[key])} (evidence ${JSON.stringify(status.evidence)})`);
  }
}

/** The status suite, by judgement. */
export const STATUS_SUITES: [string, StatusCase[]][] = [
  ['polarity', polarity],
  ['modality', modality],
  ['conditions', conditions],
  ['reported speech', reports],
  ['history', history],
  ['dates', dates],
];

