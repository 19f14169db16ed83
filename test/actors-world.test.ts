import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { loadGazetteer } from '../src/actors/gazetteer/index.ts';

const gazetteer = loadGazetteer();
const codes = (text: string, date?: string) => gazetteer.lookup(text, date).map((entry) => `${entry.code}:${entry.type}`);

describe('the built-in gazetteer beyond the G20 and the Middle East', () => {
  it('resolves heads of state and government of the 1990s and 2000s by date', () => {
    assert.deepEqual(codes('Gbagbo', '2004-06-01'), ['CIVGOV:surname']);
    assert.deepEqual(codes('Gbagbo', '2015-06-01'), []);
    assert.deepEqual(codes('Mitterrand', '1992-03-01'), ['FRAGOV:surname']);
    assert.deepEqual(codes('Museveni', '1996-05-09'), ['UGAGOV:surname']);
    assert.deepEqual(codes('Chaudhry', '2000-05-20'), ['FJIGOV:surname']);
    assert.deepEqual(codes('Boutros-Ghali', '1994-01-01'), ['IGOUNOSEC:surname']);
  });

  it('has the groups of the 1990s', () => {
    assert.deepEqual(codes('Islamic Salvation Front'), ['DZAPTYFIS:name']);
    assert.deepEqual(codes('NPFL'), ['LBRREBNPF:alias']);
    assert.deepEqual(codes('Kifaya'), ['EGYOPPKFY:name']);
  });

  it('codes cities and regions as their country, never the government', () => {
    assert.deepEqual(codes('Samarra'), ['IRQ:place']);
    assert.deepEqual(codes('Abidjan'), ['CIV:place']);
    assert.deepEqual(codes('Northern Ireland'), ['GBR:place']);
    assert.deepEqual(codes('Darfur'), ['SDN:place']);
  });

  it('gives peoples their countries in order, and religious groups none', () => {
    assert.deepEqual(codes('Yoruba'), ['NGACVL:people']);
    assert.deepEqual(codes('Kurds'), ['IRQCVL:people', 'TURCVL:people', 'SYRCVL:people', 'IRNCVL:people']);
    assert.deepEqual(codes('Shiites'), ['UNKREL:people']);
  });
});
