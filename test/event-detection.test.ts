import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { createCoder } from '../src/coder.ts';
import { eventSummaries, ROLE_PUBLISHED } from '../src/testing/role-cases.ts';

// Event detection on wire text (issue 10): constructions that name an event, or only seem to.
// Each case is a sentence of our own, through the whole pipeline.
const coder = createCoder();
const coded = (text: string) => eventSummaries(coder.code(text, { published: ROLE_PUBLISHED }));

describe('an unaccusative verb of explosion', () => {
  it('codes a bombing when its subject is the bomb ("a car bomb exploded outside the consulate")', () => {
    assert.deepEqual(coded('A car bomb exploded outside the Turkish consulate in Basra on Monday.'), ['183 >TUR']);
  });

  it('takes the casualties of its participle clause as its result, no killing of their own', () => {
    const found = coded('A parcel bomb exploded at a post office in southern France, killing two clerks.');
    assert.deepEqual(found.map((event) => event.slice(0, 3)), ['183'], found.join('; '));
  });

  it('is aimed at the casualties its participle names rather than the country ("killing three British troops")', () => {
    assert.deepEqual(coded('A bomb exploded beside an army convoy in Afghanistan on Friday, killing three British troops.'), ['183 >GBR']);
  });

  it('codes nothing when its subject is no weapon ("the crowd exploded in anger")', () => {
    assert.deepEqual(coded('The crowd in Cairo exploded in anger at the verdict.').filter((event) => event.startsWith('18')), []);
  });
});

describe('the result of a violent event noun', () => {
  it('is no killing of its own when the noun is the subject of a casualty verb ("a bombing killed twelve soldiers")', () => {
    assert.deepEqual(coded('A suicide bombing killed twelve soldiers in northern Iraq on Monday.'), ['183 >IRQ']);
  });

  it('is no act of its own in a relative clause on the noun ("air strikes that destroyed a bridge")', () => {
    const found = coded('American air strikes that destroyed a bridge in Iraq drew protests.');
    assert.ok(found.some((event) => event.startsWith('195 USA>')), found.join('; '));
    assert.ok(!found.some((event) => event.startsWith('17')), found.join('; '));
  });
});

describe('a verb with a particle', () => {
  it('is not matched by an imported pattern that names none ("carried out a missile test" sends no missile)', () => {
    assert.deepEqual(coded('Pakistan carried out a missile test on Sunday.'), ['150 PAK>PAK']);
  });

  it('is matched when the particle only opens a preposition ("shipped out of X") and no pattern names it', () => {
    assert.deepEqual(coded('Moscow shipped out of the Baltic port a team of naval engineers.').map((event) => event.slice(0, 3)), ['036']);
  });
});

describe('verbs of disapproval', () => {
  it('read "called the resolution unfair" as no phone call', () => {
    assert.deepEqual(coded('Russia called the resolution unfair.').filter((event) => event.startsWith('04')), []);
  });

  it('read "hit out at" as words, not blows', () => {
    assert.deepEqual(coded('Iran hit out at the European Union over its report.'), ['111 IRN>IGO']);
  });

  it('read an attack in words ("a scathing attack on", "a personal attack") as criticism, and a fierce one as a blow', () => {
    assert.deepEqual(coded('The Irish foreign minister launched a scathing attack on Britain over its border policy.'), ['111 IRL>GBR']);
    assert.ok(coded('In a blistering attack on Washington, the Venezuelan president accused the CIA of plotting a coup.').includes('111 >USA'));
    assert.ok(coded('Rebels launched a fierce attack on an army base in Colombia, killing six soldiers.').some((event) => event.startsWith('190 ')));
  });

  it('code concern or doubts voiced over a party as disapproval', () => {
    assert.ok(coded('Canada expressed its deep concern about the violence in Haiti.').includes('111 CAN>HTI'));
  });
});

describe('what a demand or appeal asks for', () => {
  it('is an act: no demand when "to" opens a phrase ("pushed output down to its lowest level")', () => {
    assert.deepEqual(coded('Weeks of sabotage on pipelines had pushed down Nigeria\'s oil output to its lowest level in a decade.'), []);
    assert.deepEqual(coded('The United States told Iran to return to the nuclear talks.'), ['100 USA>IRN']);
  });

  it('is none when forces push on into a place ("pushing deeper into the city to drive out militants"), but a pressed or sent actor makes one', () => {
    assert.ok(!coded('US and Iraqi forces are pushing deeper south into the city of Najaf on the third day of a joint offensive to drive out militants.').some((event) => event.startsWith('10')));
    assert.deepEqual(coded('Israeli troops pushed into the camp to hunt for gunmen.').map((event) => event.slice(0, 3)), ['190']);
    assert.ok(coded('The United States pushed Iran to allow inspectors into its nuclear sites.').some((event) => event.startsWith('105')));
    assert.ok(coded('Britain pressed Iran for the release of its nationals.').includes('100 GBR>IRN'));
  });

  it('is framed through the pressure noun ("stepped up pressure on Somalia to accept ...")', () => {
    assert.deepEqual(coded('The African Union stepped up pressure on Somalia on Friday to accept peacekeepers from Ethiopia.'), ['1055 IGO>SOM']);
  });

  it('codes nothing of its own when the parser hangs the infinitive as an adverbial clause', () => {
    assert.deepEqual(coded('Opposition parties petitioned the Kenyan government to delay the vote.').map((event) => event.slice(0, 3)), ['020']);
  });
});

describe('casualties with no agent', () => {
  it('are the result of an act of violence coded before them', () => {
    assert.deepEqual(coded('Turkish warplanes bombed a bridge near Mosul on Sunday. Five people were killed.'), ['195 TUR>IRQ']);
  });

  it('stay an event after a hostage-taking, which kills no one by itself', () => {
    const found = coded('Militants took dozens of hostages at a hotel in northern Mali. More than 20 hostages were killed.');
    assert.ok(found.some((event) => event.startsWith('190 ')), found.join('; '));
  });
});

describe('casualties of accidents and natural disasters', () => {
  it('are no event ("killed in a bus accident", "an earthquake ..., killing six")', () => {
    assert.deepEqual(coded('Five British tourists have been killed in a bus accident in southern Jordan.'), []);
    assert.deepEqual(coded('A strong earthquake jolted an island in eastern Indonesia on Friday, killing six people.'), []);
  });

  it('are no blow when a disaster strikes ("a typhoon struck the coast", "the latest disaster to hit the country")', () => {
    assert.deepEqual(coded('A typhoon struck the eastern coast of the Philippines on Monday.'), []);
    assert.deepEqual(coded('The latest disaster to hit the country killed 33 miners in China.'), []);
  });

  it('are no blow when an illness or a wild animal strikes ("AIDS hits the young", "a crocodile attacked", "a shark attack")', () => {
    assert.deepEqual(coded('A mining town in Zambia struggles as AIDS hits a wider circle of families.'), []);
    assert.deepEqual(coded('A crocodile attacked and killed a fisherman on the Zambezi river on Monday, police said.'), []);
    assert.deepEqual(coded('A surfer died in a shark attack off the coast of Natal.'), []);
    // (a political actor's blow in the same words stays one)
    assert.ok(coded('A surfer died in a rebel attack off the coast of Natal.').some((event) => event.startsWith('190 ')));
    assert.ok(coded('Rebels hit more army posts in northern Uganda.').some((event) => event.startsWith('190 ')));
  });

  it('are no blow in an infinitive right after a disaster noun, wherever the parser hangs it ("killed 20 in the latest disaster to strike ...")', () => {
    assert.deepEqual(coded('A mine explosion in southern Peru killed 12 people in the latest disaster to strike the country\'s troubled mining sector, the state news agency reported.').filter((event) => !event.startsWith('183')), []);
    // (an attack right before the infinitive stays one)
    assert.ok(coded('Gunmen killed 20 workers in the latest attack to strike the mines of Shanxi province.').some((event) => event.startsWith('190 ')));
  });

  it('are no event in a later conjunct or a clause of time ("..., destroying crops and killing 300", "killed as a quake shook ...")', () => {
    assert.deepEqual(coded('Heavy floods swept through Bangladesh, destroying crops and killing 300 people.'), []);
    assert.deepEqual(coded('A powerful typhoon slammed into the Philippines, sweeping five people to their deaths and injuring 40.'), []);
    assert.deepEqual(coded('Nine fishermen were killed as a strong earthquake shook an island off southern Chile.'), []);
    assert.deepEqual(coded('Eleven fishermen were killed when their trawler capsized off Sumatra.'), []);
  });

  it('leave the killings of an attack told in a clause of time events ("killed as rebels attacked a base")', () => {
    assert.ok(coded('Three soldiers were killed as rebels attacked an army base in Colombia.').some((event) => /^19\d* COL>/.test(event)));
    assert.ok(coded('Two car bombs rocked Baghdad on Sunday, killing ten people and wounding 16.').some((event) => event.startsWith('190 ')));
  });

  it('leave killings by gunfire and bombs events ("killed by Israeli tank fire")', () => {
    assert.ok(coded('Three Egyptian policemen were killed overnight by Israeli tank fire near Gaza.').some((event) => event.startsWith('190 ')));
  });
});

describe('fighting an ill', () => {
  it('is a policy, not an armed act ("fighting corruption")', () => {
    assert.deepEqual(coded('Romanians voted on Sunday with fighting corruption and joining the EU the main issues.'), []);
  });
});

describe('casualties told later in the report', () => {
  it('are an event of their own when no act of violence is in their sentence or the one before', () => {
    const text = 'Warplanes bombed a bridge near Mosul on Sunday. The government said repairs would take months. Aid agencies asked for a ceasefire. Two reporters were killed in the city.';
    assert.ok(coded(text).some((event) => event.startsWith('190 ')), coded(text).join('; '));
  });
});

describe('a person named rather than acted on', () => {
  it('"called the president a liar" is no phone call; "called the prime minister on Sunday" is one', () => {
    assert.deepEqual(coded('The Iranian president called the American president a liar.').filter((event) => event.startsWith('04')), []);
    assert.deepEqual(coded('The Turkish prime minister called the Greek prime minister on Sunday.'), ['041 TUR>GRC']);
  });
});

describe('the fighting an outbreak names', () => {
  it('is violence, not a mishap: its casualties stay an event', () => {
    assert.ok(coded('Twenty people were killed in an outbreak of fighting between rival militias in Somalia.').some((event) => event.startsWith('19')));
  });
});
