import type { Document } from '../core/document.ts';
import type { Event } from '../core/event.ts';

// General argument-finding and coding rules of the events stage (src/events/extract.ts, stage.ts),
// one sentence each: which code, and the countries of source and target. test/event-roles.test.ts
// runs them through the trained parser; src/events/extract.test.ts on the fixed trees of
// fixtures/event-roles.conllu. Coded with the publication date PUBLISHED.

/** The publication date every role case is coded with. */
export const ROLE_PUBLISHED = '2026-11-26';

const country = (refs: Event['source']) => refs.map((ref) => ref.code.slice(0, 3)).join('+');

/** A coded document's events as "code SOURCE>TARGET" with country letters ("073 DEU>SDN"). */
export function eventSummaries(doc: Document): string[] {
  return (doc.events ?? []).map((e) => `${e.cameo.code} ${country(e.source)}>${country(e.target)}`);
}

/** True when summary `event` is the expected one of a role case: the same start, or the same whole when `expected` ends in "$". */
export function matchesExpected(event: string, expected: string): boolean {
  return expected.endsWith('$') ? event === expected.slice(0, -1) : event.startsWith(expected);
}

/**
 * Role cases: the rule, a sentence, and the start of the expected "code SOURCE>TARGET" (country
 * letters). An expected summary ending in "$" must match whole ("1312 IGO>$": no target at all).
 */
export const ROLE_CASES: [rule: string, text: string, expected: string][] = [
  ['a document\'s "by" phrase names its author', 'A report by Amnesty International accused Ethiopia of torturing detainees.', '112 NGO>ETH'],
  ['a sponsor hyphened onto a document is its author', 'A US-sponsored resolution condemns Myanmar for the crackdown on monks.', '111 USA>MMR'],
  ['the agent of a participle of issuing on a document is its author', 'A fatwa issued by Egyptian clerics urged Muslims to boycott the vote.', '020 EGY>'],
  ['a relative clause on an issued document takes the issuing verb\'s subject', 'Brazil issued a statement that condemned the coup in Honduras.', '111 BRA>'],
  ['a relative clause hung on a time phrase belongs to the document before it', 'Britain circulated a draft resolution on Tuesday that threatens Zimbabwe with sanctions.', '130 GBR>ZWE'],
  ['a document issued in a country by no one named stands for that country', 'A decree issued in Turkmenistan ordered the expulsion of two Russian diplomats.', '100 TKM>'],
  ['a report released in a city names no author: its host is not its author', 'A report released in Brussels on Monday accused Zimbabwe of rigging the election.', '112 >ZWE'],
  ['the one acting through a document wrote it, before the forum the document names', 'The Dutch government pressed Indonesia with a UN draft resolution urging it to free the activists.', '0253 NLD>'],
  ['a denial in a relative clause on a restated charge is aimed at who made the charge', 'A senior Indian official said on Monday that Pakistan was training militants in Kashmir, a charge Islamabad denied.', '016 PAK>IND'],
  ['a pronoun subject is the reporting clause\'s subject', 'Canada said on Monday it had suspended aid to Mali.', '162 CAN>MLI'],
  ['an object counted by a measure noun', 'Germany sent 500 tons of food to Sudan.', '073 DEU>SDN'],
  ['coordinated verbs share their phrases', 'Japanese doctors donated and delivered medicine to Nepal.', '073 JPN>NPL'],
  ['a domestic protest targets the government', 'Kenyan teachers staged a strike over pay.', '143 KEN>KEN'],
  ['an intent to impose sanctions is a threat', 'China is prepared to impose sanctions on Lithuania.', '1312 CHN>LTU'],
  ['a decision to impose sanctions is the sanction', 'The European Union decided to impose sanctions on Belarus.', '163 IGO>BLR'],
  ['force held out on a condition is a threat', 'Turkey may impose sanctions on Sweden if it joins the alliance.', '1312 TUR>SWE'],
  ['force with no other party named is domestic', 'Peruvian rebels blew up a railway bridge.', '171 PER>PER'],
  ['the actor inside an "of" phrase of a group noun', 'Members of the Kenyan parliament visited Uganda.', '042 KEN>UGA'],
  ['an object\'s "from" phrase names the target', 'Poland rejected a request from Russia\'s rulers for loans.', '120 POL>RUS'],
  ['an object noun compounded onto a mis-tagged participle', 'Norway vetoed the Security Council resolution denouncing as illegal the blockade of the coast.', '129 NOR>IGO'],
  ['a frame over no event is aimed at its complement\'s "to" phrase', 'Russia threatened to cut off gas to Ukraine.', '130 RUS>UKR'],
  ['a refusal is aimed at the refused act\'s target', 'Brazil refused to send peacekeepers to Haiti.', '1224 BRA>HTI'],
  ['a particle taken for a preposition leaves the verb its object', 'Polish doctors handed over 900 kg of blankets to the Red Cross in Mali.', '073 POL>IGO'],
  ['a phrase on what a measure noun measures', 'Norwegian engineers handed over 300 tons of food to Somalia.', '073 NOR>SOM'],
  ['the "to" of an infinitive is not a "to" phrase', 'Sweden halted economic aid to Zambia in order to press for reforms.', '162 SWE>ZMB'],
  ['a phrase hung on a time expression is the verb\'s', 'The Zambian president gave a friendly welcome on Tuesday to Malawian leader Peter Mutharika.', '043 ZMB>MWI'],
  ['a place noun without an actor looks into its "in" phrase', 'Kenyan fans rioted at a stadium in Uganda.', '145 KEN>UGA'],
  ['a noun without an actor looks into its "for" phrase', 'A camp for Chadian refugees was attacked by Sudanese militiamen.', '190 SDN>TCD'],
  ['a clause under a belief verb keeps its own event', 'Egypt believes Israel will release the Palestinian prisoners.', '0841 ISR>PSE'],
  ['force a verb of getting ready prepares is the attack, not a threat', 'Kenyan troops are preparing to attack Somali militias near the border.', '190 KEN>SOM'],
  ['readiness stated by the passive participle frames a threat', 'Ecuador is prepared to impose sanctions on Peru.', '1312 ECU>PER'],
  ['a plan noun frames the event noun compounded on it', 'Lebanese deputies backed the Syrian government\'s Beirut pullout plan on Tuesday.', '0356 SYR>'],
  ['a passive infinitive acts on its frame\'s subject', 'Two Kenyan aid workers are due to be freed by Somali gunmen on Monday.', '0353 SOM>KEN'],
  ['a passive infinitive acts on the subject of an expectation', 'The Serbian general is expected to be charged with murder.', '112 >SRB'],
  ['the partner of an act named through a light noun', 'Morocco welcomed the restoration of trade links with Algeria.', '051 MAR>DZA'],
  ['a light noun\'s "of" phrase gives the partner of the act', 'Jordan welcomed the restoration of diplomatic relations between Qatar and Bahrain.', '051 JOR>QAT+BHR'],
  ['a past-tense verb misread as the adjective of its object', 'Turkish jets and gunboats shelled bases of the Syrian army.', '194 TUR+TUR>SYR'],
  ['"among" is "between" for more parties', 'Kenya suspended its mediation efforts among Somalia\'s rival clans.', '165 KEN>SOM'],
  ['a frame over no event is aimed at where its complement would happen', 'Hezbollah threatened to resume its operations in Israel.', '130 LBN>ISR'],
  ['an infinitive after a time word is still the frame\'s complement', 'Hezbollah threatened Sunday to resume armed operations in Israel.', '130 LBN>ISR'],
  ['a phrase naming no one does not hide a later one that does', 'The Taliban threatened to renew suicide attacks in Pakistan in a sharp widening of the war.', '138 AFG>PAK'],
  ['an actor of unknown country is placed by its "of" phrase', 'The military regime of President Emmerson Mnangagwa expelled the Dutch ambassador.', '161 ZWE>NLD'],
  ['"of" places only institutions and their members, not whom a role acts on', 'The kidnappers of a French journalist threatened to kill him.', '138 UNK>FRA'],
  ['a refusal of a domestic event is domestic', 'The Nigerian minister refused to resign.', '1231 NGA>NGA'],
  ['an event in the "of" phrase of a counting noun has that noun\'s owners', 'Indian and Pakistani diplomats held a new round of talks in Delhi.', '046 IND+PAK>'],
  ['the parties "between" whom talks are held are their source when no one holds them', 'Peace talks between Ethiopia and Eritrea resumed in Algiers.', '046 ETH+ERI>'],
  ['a host of talks between others is their source, the others their target', 'Egypt hosted talks between Israel and Hamas in Cairo.', '046 EGY>ISR+PSE'],
  ['a meeting in a phrase of a verb has the verb\'s subject among its parties', 'The Chilean president spoke at a summit of Pacific leaders.', '040 CHL>'],
  ['talks a visitor arrives for are the visitor\'s, with the host', 'The Thai foreign minister arrived in Hanoi on Tuesday for talks on fishing rights.', '036 THA>VNM'],
  ['the phrases of a verb saying that an event noun goes on are the event\'s', 'Ethiopian air strikes have continued on rebel bases in Somalia.', '195 ETH>SOM'],
  ['so are those of such a verb misread as a reduced relative; a retaliatory or surgical strike is armed', 'Turkish surgical strikes continued in northern Iraq.', '190 TUR>IRQ'],
  ['a verb and the events of its own root that its object counts are one act', 'Indian and Pakistani envoys concluded a second round of talks.', '042 IND+PAK>'],
  ['a fight in a phrase of a verb has the verb\'s subject among its parties', 'Kenyan troops retook the town of Kismayo after heavy fighting last week.', '190 KEN>'],
  ['the one sentenced for an act that names no agent did it', 'A Nigerian soldier was sentenced to ten years in prison for torturing prisoners in Chad.', '1822 NGA>TCD'],
  ['a noun the tokenizer split at a hyphen meets an object constraint written as one word', 'Hamas declared a cease-fire on Monday.', '0871 PSE>'],
  ['a passive participle on a noun meets its pattern\'s object constraint with that noun', 'The rebels ignored a truce declared by the Sudanese government.', '0871 SDN>'],
  ['ruling out an inquiry is a rejection, not a negated inquiry', 'The Serbian president ruled out an international inquiry into the killings.', '120 SRB>'],
  ['the passive subject of "is expected to" acts in the complement (an expected meeting is an intent, 036)', 'Iran is expected to resume talks with the European Union.', '036 IRN>IGO'],
  ['a noun\'s object constraint sees the nouns compounded onto it', 'Scores perished in a spate of Saudi air strikes on Yemen.', '195 SAU>YEM'],
  ['with no agent, the owner of a passive verb\'s object noun did the act', 'American sanctions were imposed on Cuba in 1962.', '163 USA>CUB'],
  ['a passive subject that is no object noun of the pattern names no source', 'Iraqi soldiers were killed in Mosul.', '190 >IRQ'],
  ['an arrest by armed irregulars is an abduction', 'Rebels captured three Chinese workers in northern Ethiopia.', '181 ETH>CHN'],
  ['a captor noun subject of a seizure is its agent, not an event of its own', 'Kidnappers seized a Japanese journalist in Kabul on Monday.', '181 AFG>JPN'],
  ['violence named by a verb with no actor is aimed at the place where it happens', 'Dozens were killed near Kandahar on Sunday.', '190 >AFG'],
  ['a clause after "after" keeps its subject though parsed as a phrase', 'The Kenyan president was freed on Friday, after a conviction for fraud was quashed by a Kenyan court.', '081 KEN>KEN'],
  ['a plural noun tagged a verb after its compound is the noun ("air strikes")', 'Civilians died in a run of Turkish air strikes around Kirkuk.', '195 TUR>'],
  ['a name with a hyphenated number stays in its noun phrase ("Agni-3")', 'India called its launch of an Agni-3 missile on Friday a complete success.', '150 IND>'],
  ['a hyphenated word is one word to a pattern ("cease-fire")', 'Hezbollah declared a cease-fire with Israel on Sunday.', '0871 LBN>ISR'],
  ['a passive participle on a noun meets an object constraint with that noun', 'France criticised the sanctions imposed by the UN on Iraq.', '163 IGO>IRQ'],
  ['a negated intent to attack is no threat: the attack is negated', 'The Syrian army is not ready to launch attacks on Israel.', '190 SYR>ISR'],
  ['an intent to attack is a threat', 'Iran plans to attack Israel.', '138 IRN>ISR'],
  ['a threat its subject faces is the attack that may come, against the subject', 'Greece faces a growing threat of bomb attacks before the Olympics.', '190 >GRC'],
  ['force meant by an act under way keeps its code (a purpose, not a warning)', 'Indian troops crossed the river to attack rebel camps in Bhutan.', '190 IND>BTN'],
  ['abandoning a siege eases it', 'Maoist rebels argued over whether to abandon their siege of the police station.', '0872 NPL>NPL'],
  ['the one a verb of belief holds responsible for an act that names no agent did it', 'Police in Kenya detained three Somali men thought to be responsible for the bombing of a bus station in Ethiopia.', '183 SOM>ETH'],
  ['the one found guilty, read as an indirect object, did the act', 'A court in Dhaka jailed the student leader for ten years after finding him guilty of the arson attack on a bus.', '190 BGD>BGD'],
  ['an act framed through a verb of taking part is the event its phrase names', 'Iran agreed to take part in talks with Britain.', '036 IRN>GBR'],
  ['a meeting a trip verb goes to has the traveller among its parties', 'Syria will return to peace talks with Turkey next month.', '036 SYR>TUR'],
  ['a meeting a trip is for is held where the trip leads, also in the traveller\'s own country', 'A senior Kurdish envoy flew to Iraq on Monday for talks on the future of Kirkuk.', '036 IRQ>IRQ'],
  ['a speech act joined to a clause of another tense is the speaker\'s of the verb of its own tense above', 'Ghana asked Togo to explain why it arms its border militias and warned it would take the matter to Nigeria.', '130 GHA>NGA'],
  ['a conjunct of a clause before its reporting verb shares the clause\'s subject, not the reporter\'s', 'The Latvian premier has rejected a new inquiry into the port strike and lashed out at critics of the police, a Riga newspaper said on Friday.', '111 LVA>LVA'],
  ['an infinitive on the predicate noun of "become" tells of the subject', 'Uruguay\'s president became the first foreign leader to visit Paraguay after the coup.', '042 URY>PRY'],
  ['an infinitive on the predicate noun of a copula tells of the subject', 'Uruguay\'s president was the only foreign leader to visit Paraguay after the coup.', '042 URY>PRY'],
  ['a plural pronoun after an armed group of no country, subject of the reporting verb, is that group, not the captives it holds', 'Rebels holding two Dutch doctors in Somalia said they had talked with officials from the Somali government.', '040 SOM>SOM'],
  ['a relative pronoun read as a second subject of its verb stands for the noun before it', 'A letter sent to a newspaper by a Chechen group which said it had kidnapped two Polish engineers set a deadline for Warsaw.', '181 RUS>POL'],
  ['the one who appears in court on charges of defying a law did it', 'Two Dutch pilots appeared before a judge in Lagos on charges of breaking Nigeria\'s embargo on arms sales.', '128 NLD>NGA'],
  ['a mention holding the head word places a phrase of unplaced names', 'Two Somali gunmen Hassan and Abdi Yusuf Farah, believed to be responsible for the bombing of a hotel in Mombasa, were arrested on Sunday.', '183 SOM>KEN'],
  ['a "between" phrase whose first party the parser read as a compound belongs to the noun before it, with both parties', 'Mali regretted the collapse of the latest round of negotiations between Bamako and Tuareg rebels in Algiers.', '046 MLI+MLI>'],
  ['the one found guilty, read as the compound of "guilty", did the act', 'A Thai court found the men guilty of the bombing of a hotel in Bangkok.', '183 THA>THA'],
  ['a plural subject of the predicate that governs "to meet" meets as one party (a compound meeting)', 'Ethiopian and Eritrean officials are set to meet in Algiers on Monday.', '036 ETH+ERI>'],
  ['a coordinated subject of "expected to confer" meets as one party', 'Peru and Ecuador are expected to confer on their border dispute next week.', '036 PER+ECU>'],
  ['an imported line that names what is sent finds its target where it is sent, not in the soldiers sent', 'Poland will send two hundred soldiers to Afghanistan.', '0312 POL>AFG'],
  ['an event noun that is the instrument of a verb of force is done by its subject to its object', 'The Turkish army hit Kurdish rebel camps in Iraq with a wave of air strikes.', '195 TUR>IRQ'],
  ['an event noun someone is charged with is not done by the one who charges', 'Zambian prosecutors charged four Angolan men with the bombing of a market in Lusaka.', '183 AGO>ZMB'],
  ['a participle with a "by" phrase in an "as" clause is the agent\'s act, aimed at the subject of the verb it modifies', 'The Chinese navy left the disputed reef, as demanded by Manila.', '100 PHL>CHN'],
  ['a clause opened by "but", read as a second reported clause, shares the subject of the one before', 'Haiti can keep order in the capital on its own but needs the help of Canadian police in the provinces, a Haitian police chief told Reuters.', '023 HTI>CAN'],
  ['an organisation\'s act with no other party named is aimed at no one, not at the organisation', 'Sweden said that a European Union plan threatening tariffs on steel would hurt its exporters.', '1312 IGO>$'],
  ['a gerund after "of" on an intent noun is the act intended', 'Chile has no intention of meeting Bolivian officials.', '036 CHL>BOL'],
  ['the one a verb of crediting names did the act of its "for" clause', 'Bolivia praised Chile for sending troops to Haiti.', '062 CHL>HTI'],
  ['the passive subject of a verb of faulting did the act of its "for" clause', 'Kenya was criticised for failing to protect Somali refugees.', '1224 KEN>SOM'],
  ['the object of a verb of punishing did the act of its "for" clause', 'A Chilean court jailed a Peruvian general for ordering attacks on students.', '100 PER>'],
  ['an active verb coordinated with a finite passive shares its passive subject', 'A delegation of Kenyan officials was delayed at the border but later visited Mogadishu.', '042 KEN>SOM'],
  ['a passive verb coordinated with a passive one names no doer', 'The Kenyan journalist was arrested and deported.', '174 >KEN$'],
  ['a verb of telling someone to act, coordinated with a passive and naming no one told, is passive too', 'The Kenyan envoy was summoned and told to leave Uganda.', '1056 >KEN$'],
  ['an act an active verb is done "in protest" is its subject\'s', 'Chilean miners blocked the main highway in protest.', '141 CHL>'],
  ['a verb\'s phrase naming no one stands for its "by" phrase\'s author', 'Japan responded angrily to remarks by the Chinese foreign minister.', '111 JPN>CHN'],
  ['a bare "-ing" predicate noun after "be", a misread progressive, is its subject\'s act', 'Zambia\'s mines minister is now warning of dismissal for copper workers who stay on strike.', '130 ZMB>ZMB'],
  ['a reciprocal object of accusing stands for the accusers, and agents of two countries have no one home', 'Armenian and Azerbaijani troops on Sunday accused each other of shelling villages along the border.', '194 ARM+AZE>$'],
  ['a word of charging reached through an infinitive it governs is no charge ("tried to" is an attempt, no trial): the charge above it names the doer', 'Zambia accused Angolan soldiers of having tried to occupy a border village.', '192 AGO>'],
  ['a captive naming no actor is one of those seized before', 'Gunmen holding two Turkish drivers hostage in Iraq said they would behead one captive unless Ankara halted all trade with U.S. forces.', '137 IRQ>TUR'],
  ['the act a reduced relative of getting ready prepares is its noun\'s', 'Syrian troops prepared for a final assault on the rebel town were seen near Homs.', '190 SYR>'],
  ['coordinated nouns share the phrase hung on the last', 'Ottawa\'s new embargo and travel curbs against the Burmese junta took effect on Monday.', '163 CAN>MMR'],
];
