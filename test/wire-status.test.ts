import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { createCoder } from '../src/coder.ts';
import { guideStatusLabel, type GuideStatusLabel } from '../src/testing/guide-label.ts';

// Status on wire wording, by the AG News guide's conventions (../shared/eval/agnews-guide.md), in
// sentences of our own: each is coded through the whole pipeline, and the event at the trigger word
// (with a CAMEO code starting with `code`, when given) must carry the guide's label.
const coder = createCoder();

interface WireCase {
  text: string;
  trigger: string;
  label: GuideStatusLabel;
  code?: string;
}

const CASES: WireCase[] = [
  { text: 'Cuba rejected an American offer of hurricane aid on Wednesday.', trigger: 'rejected', label: 'asserted' },
  { text: 'Ukraine #39;s opposition leader urged supporters to blockade government buildings in Kiev.', trigger: 'urged', label: 'asserted', code: '02' },
  { text: 'MINSK (Reuters) - Belarus expelled two Polish diplomats on Friday, accusing them of spying.', trigger: 'expelled', label: 'asserted' },
  { text: 'AFP - The Arab League condemned Israel #39;s raid on a refugee camp in southern Lebanon.', trigger: 'condemned', label: 'asserted' },
  { text: 'Japan pledged on Thursday to give 50 million dollars in aid to Indonesia.', trigger: 'pledged', label: 'asserted', code: '03' },
  { text: 'Serbia refused on Monday to hand over four generals to the war crimes tribunal.', trigger: 'refused', label: 'asserted' },
  { text: 'The opposition leader, who was jailed for nine years after a failed coup in 1992, was freed on Monday.', trigger: 'freed', label: 'asserted' },
  { text: 'Insurgents threatened to kill a Turkish truck driver unless his company pulls out of Iraq.', trigger: 'threatened', label: 'asserted', code: '13' },
  { text: 'China warned Taiwan on Tuesday that it would respond with force to any declaration of independence.', trigger: 'warned', label: 'asserted', code: '13' },
  { text: 'Hezbollah vowed to retaliate against Israel for the killing of one of its commanders.', trigger: 'vowed', label: 'asserted' },
  { text: 'Ivory Coast #39;s army threatened on Thursday to attack rebel positions in the north.', trigger: 'threatened', label: 'asserted', code: '13' },
  { text: 'Protesters demanded the resignation of the Georgian interior minister.', trigger: 'demanded', label: 'asserted', code: '10' },
  { text: 'Indonesia offered to send peacekeepers to southern Thailand.', trigger: 'offered', label: 'asserted', code: '03' },
  { text: 'Libya proposed a summit of African leaders to discuss the crisis in Somalia.', trigger: 'proposed', label: 'asserted' },
  { text: 'The Pakistani president called on India to show flexibility over Kashmir.', trigger: 'called', label: 'asserted', code: '02' },
  { text: 'Bolivia sought talks with Chile on access to the sea.', trigger: 'sought', label: 'asserted', code: '03' },
  { text: 'Nepalese troops killed 12 Maoist rebels in a gunbattle in western Nepal, the army said on Sunday.', trigger: 'killed', label: 'reported' },
  { text: 'Russian forces have reportedly detained a Chechen commander near Grozny.', trigger: 'detained', label: 'reported' },
  { text: 'Officials in Kabul said militants had ambushed a police convoy in Kandahar province.', trigger: 'ambushed', label: 'reported' },
  { text: 'Pakistani agents arrested a senior militant leader in Lahore, two security officials told Reuters.', trigger: 'arrested', label: 'reported' },
  { text: 'The Indonesian military claimed its troops had killed a rebel commander in Aceh.', trigger: 'killed', label: 'reported' },
  { text: 'Witnesses said Israeli helicopters fired missiles at a car in Gaza City.', trigger: 'fired', label: 'reported' },
  { text: 'Gunmen kidnapped a Macedonian engineer near Kirkuk, his employer said.', trigger: 'kidnapped', label: 'reported' },
  { text: 'Maoist rebels attacked a police post in eastern Nepal overnight, killing five officers, officials said.', trigger: 'attacked', label: 'reported' },
  { text: 'The Japanese prime minister will visit Beijing next month.', trigger: 'visit', label: 'intended', code: '03' },
  { text: 'The Indian foreign secretary is due to meet his Pakistani counterpart in Islamabad later this month.', trigger: 'meet', label: 'intended', code: '03' },
  { text: 'Talks between Ethiopia and Eritrea are due to resume in Algiers next week.', trigger: 'talks', label: 'intended', code: '03' },
  { text: 'North and South Korea are expected to resume talks on family reunions in December.', trigger: 'talks', label: 'intended', code: '03' },
  { text: 'A Chinese delegation arrived in Pyongyang on Tuesday to prepare for a new round of talks with North Korean officials.', trigger: 'talks', label: 'intended', code: '03' },
  { text: 'Kenya will host a regional summit on Somalia in Nairobi in January.', trigger: 'summit', label: 'intended', code: '03' },
  { text: 'Colombian President Alvaro Uribe plans to meet Venezuelan leader Hugo Chavez in Caracas.', trigger: 'meet', label: 'intended', code: '03' },
  { text: 'Sudanese officials and eastern rebels will hold talks in Asmara on Saturday.', trigger: 'talks', label: 'intended', code: '03' },
  { text: 'Britain plans to send 500 more troops to the Balkans.', trigger: 'send', label: 'intended' },
  { text: 'Australia said it would send a team of police experts to Papua New Guinea.', trigger: 'send', label: 'intended' },
  { text: 'The European Union is set to lift its arms embargo on Libya.', trigger: 'lift', label: 'intended' },
  { text: 'The Sudanese government is ready to hold talks with rebels in the east.', trigger: 'talks', label: 'intended', code: '03' },
  { text: 'The planned withdrawal of Spanish troops from Haiti will begin in March.', trigger: 'withdrawal', label: 'intended' },
  { text: 'A meeting between the Indian and Chinese defence ministers is scheduled for Friday in Beijing.', trigger: 'meeting', label: 'intended', code: '03' },
  { text: 'The Pope #39;s planned visit to Moscow has been delayed by disputes with the Orthodox Church.', trigger: 'visit', label: 'intended', code: '03' },
  { text: 'The Philippine government will release 30 communist rebels as a goodwill gesture before peace talks.', trigger: 'release', label: 'intended', code: '03' },
  { text: 'Norway is willing to mediate between the Sri Lankan government and the Tamil Tigers.', trigger: 'mediate', label: 'intended', code: '03' },
  { text: 'Georgia and South Ossetia are to sign a demilitarisation accord next week.', trigger: 'sign', label: 'intended' },
  { text: 'The next round of talks between Armenia and Azerbaijan will be held in Prague.', trigger: 'talks', label: 'intended', code: '03' },
  { text: 'The Brazilian foreign minister will travel to Chile and Peru later this month.', trigger: 'travel', label: 'intended', code: '03' },
  { text: 'Germany intends to deploy 300 soldiers to northern Afghanistan next year.', trigger: 'deploy', label: 'intended' },
  { text: 'The trial of a former Serbian police chief is set to open in The Hague on Monday.', trigger: 'trial', label: 'intended' },
  { text: 'The Israeli defence minister said the army would strike Hamas leaders wherever they are.', trigger: 'strike', label: 'intended', code: '13' },
  { text: 'The Greek and Turkish foreign ministers are to hold talks in Ankara on Tuesday.', trigger: 'talks', label: 'intended', code: '03' },
  { text: 'Afghan President Hamid Karzai is set to meet Pakistani leaders in Islamabad this week.', trigger: 'meet', label: 'intended', code: '03' },
  { text: 'Putin #39;s visit to Turkey, the first by a Russian leader in 32 years, is scheduled for December.', trigger: 'visit', label: 'intended', code: '03' },
  { text: 'South Korea plans to send 3,000 troops to northern Iraq early next year.', trigger: 'send', label: 'intended' },
  { text: 'ASEAN leaders will gather in Vientiane for a summit later this month.', trigger: 'summit', label: 'intended', code: '03' },
  { text: 'South Africa offered to mediate between the Ivorian government and rebels, and its president will travel to Abidjan on Sunday.', trigger: 'travel', label: 'intended', code: '03' },
  { text: 'Sudan and southern rebels are expected to resume peace talks in Kenya next month.', trigger: 'talks', label: 'intended', code: '03' },
  { text: 'The Indian prime minister begins a three-day visit to Britain on Wednesday.', trigger: 'visit', label: 'intended', code: '03' },
  { text: 'The Dutch foreign minister is expected to visit Tehran in the coming weeks.', trigger: 'visit', label: 'intended', code: '03' },
  { text: 'The Colombian government said it would release 50 jailed guerrillas in a goodwill gesture.', trigger: 'release', label: 'intended', code: '03' },
  // A trip told in the present, with its day and purpose; a noun event's own word of plan.
  { text: "Pakistan's foreign minister flies to Kabul on Monday for talks with Afghan leaders.", trigger: 'talks', label: 'intended', code: '03' },
  { text: "Pakistan's foreign minister leaves for Kabul on Monday for talks with Afghan leaders.", trigger: 'talks', label: 'intended', code: '03' },
  { text: 'The Polish president arrives in Kiev on Tuesday for talks with Ukrainian leaders.', trigger: 'talks', label: 'intended', code: '03' },
  { text: 'The Iranian negotiator travels to Vienna next Monday for talks with European diplomats.', trigger: 'talks', label: 'intended', code: '03' },
  { text: 'The Venezuelan president heads to Moscow on Thursday for a three-day visit.', trigger: 'heads', label: 'intended', code: '03' },
  { text: 'Leaders of the Arab League will attend a summit in Tunis before the end of the month.', trigger: 'summit', label: 'intended', code: '03' },
  { text: 'Ahead of talks with Syria next week, the Lebanese president met his cabinet on Sunday.', trigger: 'talks', label: 'intended', code: '03' },
  { text: 'The upcoming visit of the Pope to Lebanon is expected to draw large crowds.', trigger: 'visit', label: 'intended', code: '03' },
  { text: 'The rebels would free the aid workers once the government meets their demands, a spokesman said.', trigger: 'free', label: 'conditional' },
  { text: 'Syria will pull its troops out of Lebanon if the Lebanese government asks it to leave.', trigger: 'pull', label: 'conditional' },
  { text: 'Washington would lift sanctions on Libya as soon as inspectors verify the end of its weapons programmes.', trigger: 'lift', label: 'conditional' },
  { text: 'Provided the truce holds, the Sri Lankan government will release 200 Tamil prisoners.', trigger: 'release', label: 'conditional' },
  { text: 'Israel will withdraw from the town if Palestinian militants stop firing rockets, an army spokesman said.', trigger: 'withdraw', label: 'conditional' },
  { text: 'The United States might withdraw its ambassador from Caracas, a State Department official said.', trigger: 'withdraw', label: 'hypothetical' },
  { text: 'The Security Council will decide whether to impose an oil embargo on North Korea.', trigger: 'impose', label: 'hypothetical' },
  { text: 'Analysts said a military strike on Iranian nuclear sites could inflame the region.', trigger: 'strike', label: 'hypothetical' },
  { text: 'Indonesia may expel three Australian diplomats, a foreign ministry spokesman said.', trigger: 'expel', label: 'hypothetical' },
  { text: 'A Greek court could extradite the Turkish suspect within weeks.', trigger: 'extradite', label: 'hypothetical' },
  { text: 'Zimbabwe could face fresh sanctions from the Commonwealth, diplomats said.', trigger: 'sanctions', label: 'hypothetical' },
  { text: 'Israeli officials fear a possible attack by Hezbollah on northern towns.', trigger: 'attack', label: 'hypothetical' },
  { text: 'Haitian officials asked whether former soldiers might invade the capital.', trigger: 'invade', label: 'hypothetical' },
  { text: 'European diplomats warned that Iran could face sanctions at the United Nations.', trigger: 'sanctions', label: 'hypothetical' },
  { text: 'Moldova is considering whether to expel Russian peacekeepers from Transdniestria.', trigger: 'expel', label: 'hypothetical' },
  { text: 'Israel may attack Iranian nuclear sites, a British newspaper reported.', trigger: 'attack', label: 'hypothetical' },
  { text: 'Any talks with the rebels would have to include the Chechen separatist leader, a Kremlin aide said.', trigger: 'talks', label: 'hypothetical' },
  { text: 'Pakistan will not deploy troops to Iraq, its foreign minister said.', trigger: 'deploy', label: 'negated' },
  { text: 'No date was fixed for a new round of talks between Armenia and Azerbaijan, a mediator said.', trigger: 'talks', label: 'negated' },
  { text: 'Moscow denied that its warplanes had bombed Georgian villages near the border.', trigger: 'bombed', label: 'negated' },
  { text: 'The Thai government has not responded to the separatists #39; demands.', trigger: 'responded', label: 'negated' },
  { text: 'North Korea will not attend the next round of talks in Beijing.', trigger: 'talks', label: 'negated' },
  { text: 'Georgia will never recognize the independence of Abkhazia, its president said.', trigger: 'recognize', label: 'negated' },
  { text: 'Police have not arrested anyone in connection with the bombing in Jakarta.', trigger: 'arrested', label: 'negated' },
  { text: 'The Chinese president will not visit Japan this year, officials said.', trigger: 'visit', label: 'negated' },
  { text: 'Iraqi forces invaded Kuwait in 1990, triggering the first Gulf War.', trigger: 'invaded', label: 'historical' },
  { text: 'The 1998 bombings of two American embassies in East Africa killed 224 people.', trigger: 'bombings', label: 'historical' },
  { text: 'Libya agreed on Friday to pay compensation for the bombing of a Berlin nightclub two decades ago.', trigger: 'bombing', label: 'historical' },
  { text: 'Russia has occupied the southern Kuril islands since 1945.', trigger: 'occupied', label: 'historical' },
  { text: 'Survivors gathered to mark the tenth anniversary of the massacre in Rwanda.', trigger: 'massacre', label: 'historical' },
  { text: 'Cyprus has been divided since the 1974 Turkish invasion.', trigger: 'invasion', label: 'historical' },
  { text: 'Two men were convicted of the 1988 bombing of a Pan Am jet over Lockerbie.', trigger: 'bombing', label: 'historical' },
  // "..., X quoted Y as saying" reports the clause before it; an irregular past read as a present keeps its verb.
  { text: 'Russian forces killed a Chechen rebel commander, the Interfax news agency quoted a military spokesman as saying.', trigger: 'killed', label: 'reported' },
  { text: 'Insurgents shot dead a local councillor in Mosul, officials told AFP.', trigger: 'shot', label: 'reported' },
  // "stopped short of", "fell short of": the act was not done.
  { text: 'Beijing stopped short of condemning the North Korean missile test.', trigger: 'condemning', label: 'negated' },
  { text: 'The African Union fell short of imposing an arms embargo on Eritrea.', trigger: 'imposing', label: 'negated' },
];

describe('status on wire wording (AG News guide labels)', () => {
  for (const c of CASES) {
    it(`${c.label}: ${c.text}`, () => {
      const events = coder.code(c.text, { published: '2004-11-25' }).events ?? [];
      const event = events.find((e) => e.trigger.text.split(/\s+/).some((word) => word.replace(/\W+$/, '').toLowerCase() === c.trigger.toLowerCase()) && (!c.code || e.cameo.code.startsWith(c.code)));
      assert.ok(event, `no event at "${c.trigger}"${c.code ? ` coded ${c.code}` : ''}; events: ${events.map((e) => `${e.cameo.code} "${e.trigger.text}"`).join(', ') || 'none'}`);
      assert.equal(guideStatusLabel(event), c.label, `evidence ${JSON.stringify(event.status.evidence)}`);
    });
  }
});
