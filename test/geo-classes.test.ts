import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { createCoder } from '../src/coder.ts';
import type { EventLocation } from '../src/core/place.ts';

// Classes of location error, each tried on many sentences written for these tests in news wording
// (none comes from an evaluation set): a case is [sentence, words of the trigger, country, words
// of the place or null when the place is the whole country by another rule].
const coder = createCoder();

type Case = [text: string, trigger: string, country: string, place: string | null];

/** The location of the first event whose trigger includes `words`. */
function locationOf(text: string, words: string): EventLocation | null {
  const events = coder.code(text).events ?? [];
  const event = events.find((e) => e.trigger.text.includes(words));
  assert.ok(event, `no event "${words}" in "${text}" among: ${events.map((e) => `${e.cameo.code} ${e.trigger.text}`).join('; ')}`);
  return event.location ?? null;
}

/** Checks every case, reporting all that fail at once. */
function checkAll(cases: readonly Case[], check?: (location: EventLocation, item: Case) => string | undefined): void {
  const failures: string[] = [];
  for (const item of cases) {
    const [text, trigger, country, place] = item;
    const location = locationOf(text, trigger);
    const got = location ? `${location.text} -> ${location.name}/${location.country}/${location.kind} (${location.reason})` : 'null';
    if (!location || location.country !== country || (place !== null && location.text !== place)) failures.push(`"${text}" [${trigger}]: want ${place ?? '(any words)'}/${country}, got ${got}`);
    else {
      const problem = check?.(location, item);
      if (problem) failures.push(`"${text}" [${trigger}]: ${problem}, got ${got}`);
    }
  }
  assert.deepEqual(failures, []);
}

describe('a capital standing for its government is who acts, not where a deed is done', () => {
  it('places what a capital sends, deploys or bombs where it goes, not in the capital', () => {
    checkAll([
      ['Moscow sent warplanes to bomb rebel bases in the mountains of Chechnya.', 'bomb', 'RUS', 'Chechnya'],
      ['Moscow sent warplanes to bomb rebel bases in the mountains of Chechnya.', 'sent', 'RUS', 'Chechnya'],
      ['Khartoum sent militias to burn villages in western Sudan.', 'burn', 'SDN', 'western Sudan'],
      ['Khartoum sent militias to burn villages in western Sudan.', 'sent', 'SDN', 'western Sudan'],
      ['Ankara sent tanks into northern Iraq to hunt Kurdish guerrillas.', 'sent', 'IRQ', 'northern Iraq'],
      ['Paris deployed 400 soldiers to Ivory Coast after the clashes.', 'deployed', 'CIV', 'Ivory Coast'],
      ['Addis Ababa sent troops into Somalia to fight Islamist militias.', 'sent', 'SOM', 'Somalia'],
      ['Addis Ababa sent troops into Somalia to fight Islamist militias.', 'fight', 'SOM', 'Somalia'],
      ['Kigali sent soldiers into eastern Congo last week, the UN said.', 'sent', 'COG', 'eastern Congo'],
      ['Moscow sent 3,000 troops into the breakaway region of Transnistria on Monday.', 'sent', 'MDA', 'Transnistria'],
      ['Washington dropped food aid over northern Afghanistan.', 'dropped', 'AFG', 'northern Afghanistan'],
      ['Manila sent marines to Mindanao to fight rebels.', 'sent', 'PHL', 'Mindanao'],
      ['Manila sent marines to Mindanao to fight rebels.', 'fight', 'PHL', 'Mindanao'],
      ['Jakarta sent 2,000 troops to Aceh on Saturday.', 'sent', 'IDN', 'Aceh'],
      ['Canberra sent peacekeepers to the Solomon Islands.', 'sent', 'SLB', 'Solomon Islands'],
      ['Tokyo dispatched troops to southern Iraq in January.', 'dispatched', 'IRQ', 'southern Iraq'],
      ['London deployed 650 troops to Baghdad\'s outskirts.', 'deployed', 'IRQ', 'Baghdad'],
    ]);
  });

  it('does not take the capital for the place of a deed it orders at home or abroad', () => {
    checkAll([
      ['Tehran deployed missile batteries along the border with Iraq, officials said.', 'deployed', 'IRN', null],
      ['Islamabad deployed 5,000 troops to the tribal areas near the Afghan frontier.', 'deployed', 'PAK', null],
      ['Beijing deployed warships near the Spratly Islands on Monday.', 'deployed', 'CHN', null],
    ], (location) => (location.kind === 'city' ? 'a deed placed in a city the sentence names only as a government' : undefined));
    assert.notEqual(locationOf('Washington imposed sanctions on Damascus on Tuesday.', 'imposed')?.basis, 'stated');
  });

  it('keeps a capital that violence hits as the place ("shelled Kabul")', () => {
    checkAll([
      ['Insurgents shelled Kabul overnight, killing three people.', 'shelled', 'AFG', 'Kabul'],
      ['Rebels fired rockets at Baghdad on Sunday.', 'fired', 'IRQ', 'Baghdad'],
      ['Rebels attacked Grozny at dawn.', 'attacked', 'RUS', 'Grozny'],
      ['Militants bombed Islamabad on Friday, police said.', 'bombed', 'PAK', 'Islamabad'],
      ["Guerrillas attacked Colombo's airport in a dawn raid.", 'attacked', 'LKA', 'Colombo'],
    ]);
  });
});
