import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { createCoder } from '../src/coder.ts';
import { eventSummaries, ROLE_PUBLISHED } from '../src/testing/role-cases.ts';

// Verb senses of wire leads, class by CAMEO class (issue 10): the particles, irregular past forms,
// passives and verb + object senses a lead uses, and the senses that are no event. Each case is a
// sentence of our own: the start of an event it must yield ("code SOURCE>TARGET", country letters).
const coder = createCoder();
const coded = (text: string) => eventSummaries(coder.code(text, { published: ROLE_PUBLISHED }));

const FOUND: [rule: string, text: string, expected: string][] = [
  // 17-20: irregular past forms the lemmatizer reads as their own lemma, and "shot dead".
  ['shot dead after a name', 'Gunmen in Baghdad shot dead a Jordanian diplomat.', '193 IRQ>JOR'],
  ['shot dead opening a sentence', 'Gunmen shot dead a Kurdish politician in Mosul.', '193 IRQ>IRQ'],
  ['shot dead by police', 'Police in Karachi shot dead two suspected militants on Sunday.', '193 PAK>PAK'],
  ['shot dead, passive', 'A Kurdish politician was shot dead in Mosul.', '193 >IRQ'],
  ['froze assets', 'Venezuela froze the assets of a former minister.', '1711 VEN>VEN'],
  ['fought troops', 'Chadian rebels fought government troops near the capital.', '190 TCD>'],
  ['torched a station', 'Militants torched a police station in southern Thailand.', '1712 THA>THA'],
  ['stormed a city', 'American Marines stormed the city of Najaf.', '190 USA>IRQ'],
  ['overran a garrison', 'Rebels have overrun a government garrison in northern Uganda.', '190 UGA>UGA'],
  ['shot down a helicopter', 'Turkish jets shot down a Syrian helicopter near the border.', '190 TUR>SYR'],
  // 06-08: releases, withdrawals, handovers.
  ['set free', 'Maoist rebels set free two Nepalese policemen on Sunday.', '0841 NPL>NPL'],
  ['pulled out of a place', 'Ethiopian troops pulled out of the Somali capital.', '0874 ETH>SOM'],
  ['pulled out, plural subject', 'Israeli forces pulled out of the Rafah refugee camp.', '0874 ISR>PSE'],
  ['laid down arms', 'Hundreds of Colombian paramilitary fighters laid down their weapons.', '0873 COL>'],
  ['brought troops home', 'Spain brought home its soldiers from Iraq.', '087 ESP>IRQ'],
  ['handed over prisoners', 'Pakistan handed over two Afghan prisoners to Kabul.', '084 PAK>AFG'],
  ['handed over supplies is aid', 'Japanese soldiers handed over medical supplies to Iraqi hospitals.', '070 JPN>IRQ'],
  // 16: leaving talks.
  ['pulled out of talks', 'The Sudanese rebels pulled out of peace talks with the government.', '164 SDN>SDN'],
  ['withdrew from talks', 'Iran withdrew from the nuclear talks with Britain, France and Germany.', '164 IRN>GBR'],
  // 04: hosting a meeting.
  ['hosted a conference', 'Jordan hosted a conference of Iraq\'s neighbours in Amman.', '043 JOR>'],
  // 11 and 01: complaints to a government, denials and admissions of an act.
  ['protested to a capital', 'Vietnam protested to Beijing over the seizure of its fishing boats.', '114 VNM>CHN'],
  ['lodged a protest is one complaint', 'South Korea lodged a protest with Japan over the textbooks.', '114 KOR>JPN'],
  ['denied killing', 'The Ugandan rebel group denied killing the aid workers.', '016 UGA>'],
  ['denied a gerund the tagger reads as a noun', 'The Nigerian army denied bombing the village.', '016 NGA>'],
  ['denied an attack', 'The Indian army denied the shelling of Pakistani villages.', '016 IND>'],
  ['admitted an act', 'North Korea admitted kidnapping Japanese citizens.', '015 PRK>'],
];

describe('verb senses found in wire wording', () => {
  for (const [rule, text, expected] of FOUND) {
    it(rule, () => {
      const found = coded(text);
      assert.ok(found.some((event) => event.startsWith(expected)), `${text}\n  expected ${expected}, got ${found.join('; ') || 'nothing'}`);
    });
  }
});

describe('a denied act', () => {
  it('is coded negated, not refused (120)', () => {
    const events = coder.code('The Ugandan rebel group denied attacking the camp in Sudan.', { published: ROLE_PUBLISHED }).events ?? [];
    assert.ok(!events.some((event) => event.cameo.code.startsWith('12')));
    const attack = events.find((event) => event.cameo.code.startsWith('19'));
    assert.equal(attack?.status.polarity, 'negative');
  });

  it('leaves a refusal of a request a refusal', () => {
    assert.ok(coded('Syria denied the request for access.').some((event) => event.startsWith('12')));
  });
});

// Senses that are no event of the root a word names elsewhere.
const NOT_FOUND: [rule: string, text: string, root: string][] = [
  ['a heart attack is an illness', 'The former minister died of a heart attack in Cairo.', '19'],
  ['a panic attack is an illness', 'The singer suffered a panic attack before the concert.', '19'],
  ['riot police are police, no riot', 'Riot police guarded the embassy in Seoul.', '14'],
  ['riot police firing tear gas is repression, no riot', 'Riot police fired tear gas at students in Dhaka.', '14'],
  ['aid agencies give no aid by being named', 'Aid agencies warned of famine in Darfur.', '07'],
  ['a storm is no attack', 'The island was hit by a hurricane on Friday.', '19'],
  ['a lodged protest is no demonstration', 'South Korea lodged a protest with Japan over the textbooks.', '14'],
  ['leaving a coalition is no retreat', 'The Kurdish party pulled out of the ruling coalition.', '08'],
  ['leaving talks is no retreat', 'The Sudanese rebels pulled out of peace talks with the government.', '08'],
  ['a protest to a capital is no demonstration', 'Vietnam protested to Beijing over the seizure of its fishing boats.', '14'],
];

describe('senses that are no event of that root', () => {
  for (const [rule, text, root] of NOT_FOUND) {
    it(rule, () => {
      const found = coded(text);
      assert.ok(!found.some((event) => event.startsWith(root)), `${text}\n  expected no ${root}, got ${found.join('; ')}`);
    });
  }
});
