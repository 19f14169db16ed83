import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { createCoder } from '../src/coder.ts';
import { countryOf } from '../src/core/actor-code.ts';
import type { Event } from '../src/core/event.ts';
import { guideStatusLabel, type GuideStatusLabel } from '../src/testing/guide-label.ts';

// Classes of construction whose event carries a hard status in the AG News guide
// (../shared/eval/agnews-guide.md): found with its type and actors, and given the guide's label.
// Sentences of our own in wire wording, coded through the whole pipeline: some event must have a
// CAMEO code starting with `code`, the label, and among its sources and targets the countries given
// ('' for none expected).
const coder = createCoder();

interface HardCase {
  text: string;
  code: string;
  label: GuideStatusLabel;
  source: string;
  target: string;
}

const c = (text: string, code: string, label: GuideStatusLabel, source: string, target = ''): HardCase => ({ text, code, label, source, target });

const countries = (actors: Event['source']) => actors.map((actor) => countryOf(actor.code));
const show = (e: Event) => `${e.cameo.code}/${guideStatusLabel(e)} "${e.trigger.text}" ${countries(e.source).join('+')}>${countries(e.target).join('+')}`;
const code = (text: string) => coder.code(text, { published: '2004-11-25' }).events ?? [];

function check(cases: HardCase[]) {
  for (const k of cases) {
    it(`${k.code} ${k.label} ${k.source}>${k.target}: ${k.text}`, () => {
      const events = code(k.text);
      const found = events.find((e) =>
        e.cameo.code.startsWith(k.code) && guideStatusLabel(e) === k.label &&
        (!k.source || countries(e.source).includes(k.source)) && (!k.target || countries(e.target).includes(k.target)));
      assert.ok(found, `events: ${events.map(show).join('; ') || 'none'}`);
    });
  }
}

describe('a verb joined by "and" to a future or modal verb shares its auxiliary', () => {
  check([
    c('The Norwegian foreign minister will fly to Colombo and meet Tamil rebel leaders next week.', '03', 'intended', 'NOR', 'LKA'),
    c('The Thai premier would visit Jakarta and hold talks with the Indonesian president, officials said.', '03', 'intended', 'THA', 'IDN'),
    c('The Irish prime minister will visit India and meet the Pakistani president.', '03', 'intended', 'IRL', 'PAK'),
    c('Twenty years ago, two priests were abducted and killed by rebels in El Salvador.', '18', 'historical', '', 'SLV'),
  ]);
  // A negated future covers both acts ("will not free ... or lift ...": two refusals, each the junta's own act, relayed by the radio).
  it('The junta will not free the opposition leader or lift the curfew, state radio said.', () => {
    const events = code('The junta will not free the opposition leader or lift the curfew, state radio said.');
    const refusals = events.filter((e) => e.cameo.code.startsWith('12'));
    assert.deepEqual(refusals.map((e) => e.trigger.text), ['free', 'lift'], `events: ${events.map(show).join('; ') || 'none'}`);
    assert.deepEqual(refusals.map(guideStatusLabel), ['reported', 'reported']);
  });
  // A contrast is another act: "but" keeps the negation on the first verb.
  it('Police did not arrest the protesters but dispersed them with tear gas.', () => {
    const events = code('Police did not arrest the protesters but dispersed them with tear gas.');
    const dispersal = events.find((e) => e.cameo.code === '175');
    assert.ok(dispersal, `events: ${events.map(show).join('; ') || 'none'}`);
    assert.equal(guideStatusLabel(dispersal), 'asserted');
  });
});

describe('a noun event scheduled by "are to" or "are expected to" + a verb of starting', () => {
  check([
    c('Negotiations between Ecuador and Peru are to resume in Quito.', '03', 'intended', 'ECU'),
    c('Talks between Armenia and Azerbaijan are expected to resume in Prague next month.', '03', 'intended', 'ARM'),
  ]);
  // Expected to do something else, the event is not scheduled by it.
  it('The bombing of the embassy is expected to hurt ties between Kenya and Sudan.', () => {
    const events = code('The bombing of the embassy is expected to hurt ties between Kenya and Sudan.');
    const bombing = events.find((e) => e.cameo.code.startsWith('18'));
    assert.ok(bombing, `events: ${events.map(show).join('; ') || 'none'}`);
    assert.notEqual(guideStatusLabel(bombing), 'intended');
  });
});

describe('talks counted by a series noun, with their parties after a misplaced "between"', () => {
  check([
    // "the collapse of two rounds of negotiations": the object of a collapse through a series noun.
    c('Hardliners were blamed for the collapse of two rounds of negotiations between Kathmandu and Maoist rebels.', '164', 'asserted', 'NPL'),
    c('Diplomats regretted the suspension of two months of talks with Pyongyang.', '164', 'asserted', '', 'PRK'),
    // Talks that lie ahead take the parties of the failed talks before them.
    c('The breakdown of five days of talks between Manila and Muslim rebels worried Malaysian hosts, who said new negotiations would open in June.', '03', 'intended', 'PHL'),
  ]);
});

describe('talks that are the purpose of a journey are held with the place the traveller goes to', () => {
  check([
    c('The Basque regional president travelled to Madrid on Monday for talks on the region\'s autonomy.', '03', 'intended', 'ESP', 'ESP'),
    c('Scottish ministers went to London for talks on fishing quotas.', '03', 'intended', 'GBR', 'GBR'),
  ]);
  // The place left behind is not the host.
  it('An Iraqi delegation left Baghdad for talks in Amman.', () => {
    const talks = code('An Iraqi delegation left Baghdad for talks in Amman.').filter((e) => e.trigger.text === 'talks');
    assert.ok(talks.every((e) => !countries(e.target).includes('IRQ')), talks.map(show).join('; '));
  });
});

describe('the year of an event noun dates that event, not the act whose phrase names it', () => {
  check([
    c('A Chilean court acquitted four suspects in the 1992 bombing of the Israeli embassy.', '081', 'asserted', 'CHL'),
    c('A Chilean court acquitted four suspects in the 1992 bombing of the Israeli embassy.', '18', 'historical', ''),
    // The event's own phrase with its year dates it, wherever the parser hangs it.
    c('The retrial of nine men charged with the killing of two policemen in the Assam riots of 2001 opens in Delhi.', '14', 'historical', ''),
    // A time word with its year still dates the act.
    c('Iraqi troops invaded Kuwait in August 1990.', '19', 'historical', 'IRQ', 'KWT'),
  ]);
  // A casualty clause on what it hit counts its victims: the one event, dated by its year, no killing of its own.
  it('A Chilean court acquitted four suspects in the 1992 bombing of the Israeli embassy that killed 29 people.', () => {
    const events = code('A Chilean court acquitted four suspects in the 1992 bombing of the Israeli embassy that killed 29 people.');
    assert.ok(events.some((e) => e.cameo.code.startsWith('18') && guideStatusLabel(e) === 'historical'), events.map(show).join('; '));
    assert.ok(!events.some((e) => e.cameo.code.startsWith('19')), events.map(show).join('; '));
  });
});

describe('what happens "on the eve of" an event puts that event ahead, as "ahead of" does', () => {
  check([
    c('Rebels attacked a bus in Kashmir on the eve of talks between India and Pakistan.', '03', 'intended', 'IND'),
    c('Rebels attacked a bus in Kashmir on the eve of talks between India and Pakistan.', '19', 'asserted', ''),
    // the eve of a past event: what happened then has happened since, no future
    c('On the eve of the 1999 invasion of Chechnya, Russian troops shelled Grozny.', '19', 'historical', ''),
  ]);
});

describe('a noun event that a prevention still to come would keep off has not come and may: hypothetical', () => {
  check([
    c('Indonesian troops were sent to Aceh to prevent attacks by the separatist rebels.', '19', 'hypothetical', 'IDN'),
    c('The Bolivian army will patrol the border to head off attacks by Peruvian rebels.', '19', 'hypothetical', 'PER', 'BOL'),
    // A conjunct of the prevented noun is prevented too.
    c('Nigerian police were deployed in Lagos to deter riots and protests by opposition supporters.', '141', 'hypothetical', '', 'NGA'),
  ]);
  // A prevention that failed did not come about: the act it was to keep off came.
  check([
    c('Ethiopian police failed to prevent the bombing of a bus in Addis Ababa.', '18', 'asserted', ''),
    c('Zambia was criticised for failing to prevent attacks on Congolese refugees.', '19', 'asserted', ''),
    c('Ghanaian soldiers were unable to prevent attacks on the refugee camp.', '19', 'asserted', ''),
  ]);
  // An act told as prevented did not happen: negated, not kept open, nor asserted.
  it('an act told as prevented is negated, not hypothetical nor asserted', () => {
    const protests = code('Police prevented protests by the opposition.').filter((e) => e.cameo.code.startsWith('141'));
    assert.ok(protests.length && protests.every((e) => guideStatusLabel(e) === 'negated'), protests.map(show).join('; '));
  });
  // (The parser hangs "by the opposition" on the verb, so the police are still given as the protests' source.)
  it('the protesters, not the police, hold a prevented protest', { todo: 'the parser hangs the "by" phrase on "prevented" and the police become the source' }, () => {
    const protests = code('Police prevented protests by the opposition.').filter((e) => e.cameo.code.startsWith('141'));
    assert.ok(protests.length && protests.every((e) => !e.source.some((a) => a.code.endsWith('COP'))), protests.map(show).join('; '));
  });
});

describe('a given event that is the setting of a coming act ("at", "during", "on the sidelines of") comes with it', () => {
  const labelOf = (text: string, trigger: string) => code(text).filter((e) => e.trigger.text === trigger).map((e) => guideStatusLabel(e));
  it('"will hold talks ... during the summit": the summit lies ahead too', () => {
    assert.deepEqual(labelOf('The Peruvian president will hold talks with Chilean leaders during the summit.', 'summit'), ['intended']);
  });
  it('"will meet ... on the sidelines of the summit next week"', () => {
    assert.deepEqual(labelOf('The Zambian president will meet Kenyan leaders on the sidelines of the AU summit in Accra next week.', 'summit'), ['intended']);
  });
  it('a setting of a past act stays as told', () => {
    assert.deepEqual(labelOf('The Peruvian president held talks with Chilean leaders during the summit.', 'summit'), ['asserted']);
  });
  it('what a protest is at is no setting', () => {
    assert.ok(labelOf('Chadian rebels will hold a strike in protest at attacks by government troops.', 'attacks').every((label) => label !== 'intended'));
  });
  // An act of force or a protest "during" which a coming act falls is going on or past: no setting, and no threat.
  it('a massacre during which a coming trial puts the deeds is no setting', () => {
    const events = code('A Ghanaian tribunal will sentence six officers for their part during the massacre.').filter((e) => e.trigger.text === 'massacre');
    assert.ok(events.length && events.every((e) => !e.cameo.code.startsWith('13') && guideStatusLabel(e) === 'asserted'), events.map(show).join('; '));
  });
  it('protests during which a leader will speak are no setting', () => {
    const labels = labelOf('The Zambian leader will speak on state radio during the demonstrations.', 'demonstrations');
    assert.ok(labels.length && labels.every((label) => label === 'asserted'), labels.join('; '));
  });
});

describe('the "for" phrase of a verb of blaming or thanking gives its grounds, not a plan\'s purpose', () => {
  check([
    c("Malawi blamed the opposition's campaign for the riots in Blantyre.", '145', 'asserted', '', 'MWI'),
    c("Sri Lanka blamed the Tamil rebels' drive for the bombing of a train near Colombo.", '18', 'asserted', ''),
    // A plan noun's "for" phrase elsewhere is still planned.
    c('Kenya launched a campaign for talks with Somali clan leaders.', '03', 'intended', '', 'SOM'),
  ]);
});

describe('a verb conjoined to a modal or "is to" verb, with no subject or tense of its own, shares the modal', () => {
  const labelOf = (text: string, trigger: string) => code(text).filter((e) => e.trigger.text === trigger).map((e) => guideStatusLabel(e));
  check([
    c('Chilean President Ricardo Lagos is to address the Peruvian parliament as well as meeting President Alejandro Toledo.', '036', 'intended', 'CHL', 'PER'),
  ]);
  it('"will travel ... and hold talks": the talks are intended', () => {
    assert.deepEqual(labelOf('Chilean President Ricardo Lagos will travel to Lima next week and hold talks with Peruvian President Alejandro Toledo.', 'talks'), ['intended']);
  });
  it('a conjunct told in the past keeps its own tense', () => {
    assert.deepEqual(labelOf('Chilean President Ricardo Lagos travelled to Lima and held talks with Peruvian President Alejandro Toledo.', 'talks'), ['asserted']);
  });
});

describe('a noun event that a programme includes ("the agenda includes talks with") is still to run', () => {
  const labelOf = (text: string, trigger: string) => code(text).filter((e) => e.trigger.text === trigger).map((e) => guideStatusLabel(e));
  it('"a visit that includes talks with": the talks are intended', () => {
    assert.deepEqual(labelOf('The Chilean leader arrived in Lima on Monday for a three-day visit that includes talks with Peruvian President Alejandro Toledo.', 'talks'), ['intended']);
  });
  it('"the agenda includes a meeting with"', () => {
    assert.deepEqual(labelOf('The Chilean leader\'s agenda includes a meeting with Peruvian President Alejandro Toledo.', 'meeting'), ['intended']);
  });
  it('"the visit included talks" is told as done', () => {
    assert.deepEqual(labelOf('The Chilean leader\'s visit included talks with Peruvian President Alejandro Toledo.', 'talks'), ['asserted']);
  });
});

describe('a definite noun event that is the subject of a copular predicate is given: the doubt is over what it is', () => {
  const labelOf = (text: string, trigger: string) => code(text).filter((e) => e.trigger.text === trigger).map((e) => guideStatusLabel(e));
  it('"the bombing ... could be the work of militants": the bombing happened', () => {
    assert.deepEqual(labelOf('The bombing of a church in Lahore on Sunday could be the work of Islamic militants.', 'bombing'), ['asserted']);
  });
  it('a prediction with "will" keeps the event to come', () => {
    assert.deepEqual(labelOf('The visit of the Chinese premier to India will be the first since 1996.', 'visit'), ['intended']);
  });
  it('a modal on a verb acting on an object still leaves a coming event open', () => {
    assert.deepEqual(labelOf('The meeting between Bush and Putin could produce a deal on Iran.', 'meeting'), ['hypothetical']);
  });
  it('a modal predicate that does not say what kind of act it is leaves the event as open as its clause', () => {
    assert.deepEqual(labelOf('The pullout of Dutch troops from Iraq would be a grave error.', 'pullout'), ['hypothetical']);
    assert.deepEqual(labelOf('The meeting between Egypt and Sudan could be the first in a decade.', 'meeting'), ['hypothetical']);
    assert.deepEqual(labelOf('The deportation of the Algerian imams would be unlawful without a court order.', 'deportation'), ['hypothetical']);
  });
  it('a kind noun keeps the event given under a modal or a negation ("may be retaliation for", "was not the work of")', () => {
    assert.deepEqual(labelOf('The ambush of the Ugandan convoy may be retaliation for the army offensive.', 'ambush'), ['asserted']);
    assert.deepEqual(labelOf('The assassination of the Chechen president was not the work of Russian agents.', 'assassination'), ['asserted']);
  });
});

describe('the year of a noun in the verb\'s "of" phrase dates that noun, not the verb', () => {
  const labelOf = (text: string, trigger: string) => code(text).filter((e) => e.trigger.text === trigger).map((e) => guideStatusLabel(e));
  it('"were convicted of the 2002 bombing": the conviction is news, the bombing history', () => {
    const text = 'The men were convicted of the 2002 bombing of a nightclub in Bali.';
    assert.deepEqual(labelOf(text, 'convicted'), ['asserted']);
    assert.deepEqual(labelOf(text, 'bombing'), ['historical']);
  });
  it('a year in the verb\'s own time phrase still dates it', () => {
    assert.deepEqual(labelOf('The army seized power in a coup in 1999.', 'seized'), ['historical']);
  });
});

describe('sanctions a party faces or risks', () => {
  check([
    // the one facing is the target; no one threatened in these words, so the sanctions stay sanctions (163), conditional
    c('Syria could face American sanctions if it keeps its troops in Lebanon.', '163', 'conditional', 'USA', 'SYR'),
    c('Belarus may face European sanctions if the vote is rigged.', '163', 'conditional', '', 'BLR'),
    // faced in the present, they have not come
    c('Zimbabwe faces new sanctions from the European Union.', '163', 'hypothetical', '', 'ZWE'),
    // the one who risks them is their target, as the one who faces them
    c('Libya risks new sanctions if it resumes its missile programme.', '163', 'conditional', '', 'LBY'),
  ]);
  it('risked are aimed at the one who risks them, who does not impose them', () => {
    const events = code('Libya risks new sanctions if it resumes its missile programme.');
    assert.ok(!events.some((e) => countries(e.source).includes('LBY')), `events: ${events.map(show).join('; ')}`);
  });
  it('faced with no word of their coming nor condition are in force, as told', () => {
    const events = code('Myanmar faces an arms embargo from the European Union.');
    assert.ok(events.some((e) => e.cameo.code === '163' && guideStatusLabel(e) === 'asserted' && countries(e.target).includes('MMR')), `events: ${events.map(show).join('; ')}`);
  });
  it('are no threat when a modal and a condition hold them out', () => {
    const events = code('Syria could face American sanctions if it keeps its troops in Lebanon.');
    assert.ok(!events.some((e) => e.cameo.code.startsWith('13')), `events: ${events.map(show).join('; ')}`);
  });
  it('faced in the past stay as told', () => {
    const events = code('Libya faced American sanctions for years.');
    assert.ok(!events.some((e) => e.cameo.code === '163' && guideStatusLabel(e) === 'hypothetical'), `events: ${events.map(show).join('; ')}`);
  });
});

describe('sanctions sought by referring a party to a body', () => {
  check([
    // the body it is referred to may impose them, on the party referred: a possible outcome
    c('Britain wants to refer North Korea to the Security Council for punitive sanctions.', '163', 'hypothetical', 'IGO', 'PRK'),
    c('Washington pressed the agency to take Syria\'s case to the Security Council for sanctions.', '163', 'hypothetical', 'IGO', 'SYR'),
    c('The Europeans may take the Zimbabwe matter to the Security Council for sanctions.', '163', 'hypothetical', 'IGO', 'ZWE'),
  ]);
  it('people taken or reported to a place or the police are no referral', () => {
    for (const text of ['Afghan troops took the prisoners to Kandahar for trial.', 'The navy reported the sailors to the police for an attack on a bar.']) {
      const events = code(text);
      assert.ok(!events.some((e) => guideStatusLabel(e) === 'hypothetical'), `${text} events: ${events.map(show).join('; ')}`);
    }
  });
  it('a trip "to" a country "for talks" is no referral', () => {
    const events = code('Norway sent a delegation to Sri Lanka for talks.');
    assert.ok(events.some((e) => e.cameo.code.startsWith('04') && countries(e.source).includes('NOR')), `events: ${events.map(show).join('; ')}`);
  });
});

describe('a noun event planned, proposed or scheduled', () => {
  check([
    c('Turkey welcomed a proposed summit between Armenia and Azerbaijan.', '03', 'intended', 'ARM'),
    c('The Thai premier plans a visit to Cambodia in December.', '03', 'intended', 'THA', 'KHM'),
    c('Peru and Chile scheduled talks on the maritime border for Monday.', '03', 'intended', 'PER'),
    // a meeting arranged in the past took place; "arrange" is no verb of planning
    c('Jordan arranged a meeting between Syrian and Lebanese ministers on Tuesday.', '04', 'asserted', 'JOR'),
  ]);
  it('planned in the past, the act is as told, not intended', () => {
    for (const text of ['Investigators said the cell planned the bombing of a ferry terminal in Lisbon.', 'Jordan arranged a meeting between Syrian and Lebanese ministers on Tuesday.']) {
      const events = code(text);
      assert.ok(!events.some((e) => guideStatusLabel(e) === 'intended'), `${text} events: ${events.map(show).join('; ')}`);
    }
  });
});

describe('a war named with its year', () => {
  check([
    c('The 1995 war between Peru and Ecuador ended with a peace treaty.', '190', 'historical', 'PER'),
    c('Veterans of the Iran-Iraq war of the 1980s rallied in Baghdad.', '190', 'historical', 'IRQ'),
  ]);
  it('is a topic without one ("the war in Iraq")', () => {
    const events = code('Thousands of Spaniards marched against the war in Iraq.');
    assert.ok(!events.some((e) => e.trigger.text === 'war'), `events: ${events.map(show).join('; ')}`);
  });
});

describe('a state\'s evacuation of a place', () => {
  check([
    c('Syria\'s evacuation of northern Lebanon will begin next month.', '035', 'intended', 'SYR', 'LBN'),
  ]);
  it('is no pullout where nothing is evacuated "of" a place ("an evacuation at the station")', () => {
    const events = code('Kenyan police carried out an evacuation at the main bus station in central Nairobi.');
    assert.ok(!events.some((e) => e.trigger.text === 'evacuation'), `events: ${events.map(show).join('; ')}`);
  });
  it('is no pullout when people are evacuated "from" a place, nor what an order to evacuate them demands', () => {
    for (const text of ['The evacuation of foreigners from Liberia began on Sunday.', 'Britain ordered the evacuation of its citizens from Haiti.']) {
      const events = code(text);
      assert.ok(!events.some((e) => e.cameo.code.startsWith('087') || e.cameo.code.startsWith('035') || e.cameo.code === '1056'), `${text} events: ${events.map(show).join('; ')}`);
    }
  });
  it('is no pullout when people are evacuated', () => {
    const events = code('The evacuation of Kenyan civilians from Somalia began on Monday.');
    assert.ok(!events.some((e) => e.cameo.code.startsWith('087') || e.cameo.code.startsWith('035')), `events: ${events.map(show).join('; ')}`);
  });
});

describe('a redeployment of troops', () => {
  it('from a place is a pullout, no show of force', () => {
    const events = code('The redeployment of Russian troops from Georgia began on Friday.');
    assert.ok(events.some((e) => e.cameo.code === '087' && countries(e.target).includes('GEO')), `events: ${events.map(show).join('; ')}`);
    assert.ok(!events.some((e) => e.cameo.code.startsWith('15')), `events: ${events.map(show).join('; ')}`);
  });
});

describe('a noun event a future frame says will start', () => {
  check([
    c('The Syrian pullout from Lebanon is set to begin in March.', '035', 'intended', 'SYR', 'LBN'),
  ]);
  it('is not scheduled by a frame over another verb', () => {
    const events = code('The Syrian pullout from Lebanon is set to anger Lebanese Christians.');
    assert.ok(!events.some((e) => e.trigger.text === 'pullout' && guideStatusLabel(e) === 'intended'), `events: ${events.map(show).join('; ')}`);
  });
});
