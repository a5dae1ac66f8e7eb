import { describe, expect, it } from 'vitest';
import { Localities } from '../../ingest/places/load.js';
import { getPlace, lookupPlaces, nameKey } from '../../ingest/places/index.js';

// The towns are kept column by column (typed arrays, names end to end); these
// check that a town read back is the town put in, and that the real gazetteer
// still answers names as it did when every town was an object.
describe('localities stored column by column', () => {
  const build = () => {
    const l = new Localities();
    l.add(42, 'Ashbury', 'US', 'US-OH', 40.12345, -82.5, 5120);
    l.add(7, 'Quillan', 'FR', 'FR', 42.87, 2.18, 0);
    l.add(42, 'Ashbury Mills', 'US', 'US-OH', 40.2, -82.4, 900);
    l.build();
    return l;
  };

  it('reads back each field of each town, with no population as null', () => {
    const l = build();
    expect(l.count).toBe(3);
    expect(l.place(0)).toEqual({ key: 'GN42', name: 'Ashbury', kind: 'locality', countryCode: 'US', parentKey: 'US-OH', lon: -82.5, lat: 40.12345, population: 5120 });
    expect(l.place(1)).toMatchObject({ key: 'GN7', name: 'Quillan', countryCode: 'FR', parentKey: 'FR', population: null });
    expect(l.place(2).name).toBe('Ashbury Mills');
  });

  it('gives one object per town, so a parent refined once stays refined', () => {
    const l = build();
    expect(l.place(1)).toBe(l.place(1));
  });

  it('works out a finer parent only when the parent is first read, and only once per town', () => {
    const asked: string[] = [];
    const l = new Localities((town) => {
      asked.push(town.name);
      return town.countryCode === 'US' ? 'US-C39089' : null;
    });
    l.add(42, 'Ashbury', 'US', 'US-OH', 40.12345, -82.5, 5120);
    l.add(7, 'Quillan', 'FR', 'FR', 42.87, 2.18, 0);
    l.build();
    const ashbury = l.place(0);
    expect(ashbury.name).toBe('Ashbury');
    expect(asked).toEqual([]);
    expect(ashbury.parentKey).toBe('US-C39089');
    expect(l.place(0).parentKey).toBe('US-C39089');
    // No finer parent found: the stored one stands.
    expect(l.place(1).parentKey).toBe('FR');
    expect({ ...l.place(1) }).toMatchObject({ key: 'GN7', parentKey: 'FR' });
    expect(asked).toEqual(['Ashbury', 'Quillan']);
  });

  it('finds a town by its key; of two rows with one id, the later; other keys not at all', () => {
    const l = build();
    expect(l.indexOfKey('GN7')).toBe(1);
    expect(l.indexOfKey('GN42')).toBe(2);
    expect(l.indexOfKey('GN8')).toBe(-1);
    expect(l.indexOfKey('GN')).toBe(-1);
    expect(l.indexOfKey('US-OH')).toBe(-1);
  });

  it('answers real names as before: every place of the name, most prominent first, each town in its county or region', () => {
    const springfields = lookupPlaces('Springfield');
    expect(springfields.length).toBe(21);
    // Greene County, Missouri; Hampden County, Massachusetts; Sangamon County, Illinois.
    expect(springfields.slice(0, 3).map((p) => [p.key, p.parentKey, p.population])).toEqual([
      ['GN4409896', 'US-C29077', 166810], ['GN4951788', 'US-C25013', 154341], ['GN4250542', 'US-C17167', 116565],
    ]);
    expect(lookupPlaces('Narvik')).toEqual([{ key: 'GN3144987', name: 'Narvik', kind: 'locality', countryCode: 'NO', parentKey: 'NO-18', lon: 17.4272, lat: 68.43838, population: 14114 }]);
    // A region and a town of one name: both, the region first.
    expect(lookupPlaces('Zürich').map((p) => [p.key, p.kind])).toEqual([['CH-ZH', 'region'], ['GN2657896', 'locality']]);
    // "GN" is Guinea's country code, not a town's key.
    expect(getPlace('GN')).toMatchObject({ name: 'Guinea', kind: 'country' });
    expect(getPlace('GN5318313')).toBe(lookupPlaces('Tucson')[0]);
  });
});

describe('nameKey', () => {
  it('gives plain ASCII names (read without Unicode normalisation) the key accented spellings get', () => {
    expect(nameKey('St. Louis')).toBe('st louis');
    expect(nameKey("O'Fallon")).toBe('ofallon');
    expect(nameKey('  Winston-Salem\t')).toBe('winston salem');
    expect(nameKey('Aragón')).toBe('aragon');
    expect(nameKey('Aragon')).toBe(nameKey('Aragón'));
    expect(nameKey('Coeur d’Alene')).toBe(nameKey("Coeur d'Alene"));
    expect(nameKey('Zürich (city)')).toBe('zurich city');
  });
});
