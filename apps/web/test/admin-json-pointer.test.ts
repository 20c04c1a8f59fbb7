import { jsonLanguage } from '@codemirror/lang-json';
import { describe, expect, it } from 'vitest';
import { locatePointer, placeAt, toPointer } from '../src/admin/json/pointer-locator';

const TEXT = `{
  "id": "pd",
  "machine": {
    "initial": "intake",
    "states": {
      "intake": { "meta": { "title": { "nl": "Intake", "en": "Intake" } } },
      "a/b": { "on": { "KLAAR": [ { "target": "x" }, { "target": "y~z" } ] } }
    }
  }
}`;
const tree = jsonLanguage.parser.parse(TEXT);
const at = (pointer: string) => {
  const place = locatePointer(tree, TEXT, pointer);
  return place && { value: TEXT.slice(place.from, place.to), key: place.key && TEXT.slice(place.key.from, place.key.to), exact: place.exact };
};

describe('the JSON pointer locator', () => {
  it('finds a member value and the key naming it', () => {
    expect(at('/machine/initial')).toEqual({ value: '"intake"', key: '"initial"', exact: true });
  });
  it('finds the root for the empty pointer', () => {
    expect(at('')).toEqual({ value: TEXT, key: undefined, exact: true });
  });
  it('walks into array items by index, skipping commas and brackets', () => {
    expect(at('/machine/states/a~1b/on/KLAAR/1/target')).toEqual({ value: '"y~z"', key: '"target"', exact: true });
    expect(at('/machine/states/a~1b/on/KLAAR/0')).toEqual({ value: '{ "target": "x" }', key: undefined, exact: true });
  });
  it('answers the nearest existing ancestor, not exact, for a member that is not there', () => {
    expect(at('/machine/states/intake/meta/title/fr')).toEqual({ value: '{ "nl": "Intake", "en": "Intake" }', key: '"title"', exact: false });
    expect(at('/machine/states/a~1b/on/KLAAR/7')?.exact).toBe(false);
  });
  it('takes the last of duplicate keys, as JSON.parse does', () => {
    const text = '{"a": 1, "a": 2}';
    const place = locatePointer(jsonLanguage.parser.parse(text), text, '/a');
    expect(text.slice(place!.from, place!.to)).toBe('2');
  });
  it('still finds what comes before a syntax error', () => {
    const text = '{"a": {"b": true}, "c": }';
    const place = locatePointer(jsonLanguage.parser.parse(text), text, '/a/b');
    expect(text.slice(place!.from, place!.to)).toBe('true');
  });
  it('unescapes keys written with JSON escapes', () => {
    const text = '{"\\u0061x": 5}';
    const place = locatePointer(jsonLanguage.parser.parse(text), text, '/ax');
    expect(text.slice(place!.from, place!.to)).toBe('5');
  });
});

describe('what is at a place in the text', () => {
  const placeOf = (text: string, marker = '|') => {
    const pos = text.indexOf(marker);
    const clean = text.replace(marker, '');
    return placeAt(jsonLanguage.parser.parse(clean), clean, pos);
  };
  it('inside a value: its path', () => {
    expect(placeOf('{"machine": {"initial": "in|take"}}')).toEqual({ path: ['machine', 'initial'], inKey: false });
    expect(placeOf('{"l": [1, {"x": tr|ue}]}')).toEqual({ path: ['l', '1', 'x'], inKey: false });
  });
  it('inside a key: the object it is in, and the key', () => {
    expect(placeOf('{"machine": {"ini|tial": "x"}}')).toMatchObject({ path: ['machine'], inKey: true, keyText: 'initial' });
  });
  it('where a new key goes: the object', () => {
    expect(placeOf('{"machine": {|}}')).toEqual({ path: ['machine'], inKey: true });
    expect(placeOf('{"machine": {"a": 1, |}}')).toEqual({ path: ['machine'], inKey: true });
  });
  it('after a colon with no value yet: that member', () => {
    expect(placeOf('{"machine": {"type": |}}')).toEqual({ path: ['machine', 'type'], inKey: false });
  });
  it('joins segments to an escaped pointer', () => {
    expect(toPointer(['a/b', 'c~d', '0'])).toBe('/a~1b/c~0d/0');
  });
});
