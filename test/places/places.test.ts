import { describe, expect, it } from 'vitest';
import { ancestorsOf, getPlace, lookupPlaces, resolvePlace } from '../../ingest/places/index.js';

// The gazetteer is built from npm packages (GeoNames cities, country-state-city,
// us-atlas counties): these check the joins and the disambiguation, not the data.
describe('gazetteer of real places', () => {
  it('knows countries, states, counties and towns with coordinates', () => {
    const kentucky = resolvePlace('Kentucky');
    expect(kentucky).toMatchObject({ key: 'US-KY', kind: 'region', countryCode: 'US', parentKey: 'US' });
    const county = resolvePlace('Loudoun County');
    expect(county).toMatchObject({ kind: 'county', parentKey: 'US-VA' });
    expect(county!.lat).toBeGreaterThan(38.5);
    expect(county!.lat).toBeLessThan(39.5);
    expect(resolvePlace('Tucson')).toMatchObject({ kind: 'locality', countryCode: 'US' });
    expect(resolvePlace('Norway')).toMatchObject({ key: 'NO', kind: 'country' });
  });

  it('finds a region and a town by the shorter names news writes, but makes no English word a place', () => {
    // The lists say "Hokkaidō Prefecture", "Hanau am Main" and "Århus".
    expect(lookupPlaces('Hokkaido')[0]).toMatchObject({ kind: 'region', countryCode: 'JP' });
    expect(lookupPlaces('Hanau')[0]).toMatchObject({ kind: 'locality', countryCode: 'DE' });
    expect(lookupPlaces('Aarhus')[0]).toMatchObject({ kind: 'locality', countryCode: 'DK' });
    // Albania's "Has District" and Zambia's "Central Province" leave no place called "Has" or "Central".
    expect(lookupPlaces('Has').filter((p) => p.kind !== 'locality')).toEqual([]);
    expect(lookupPlaces('Central').filter((p) => p.name !== 'Central')).toEqual([]);
  });

  it('puts a US town inside its county, state and country', () => {
    const town = resolvePlace('Tucson')!;
    expect(ancestorsOf(town.key).map((p) => p.name)).toEqual(['Pima County', 'Arizona', 'United States']);
  });

  it('names independent cities as cities, not counties, by their Census code', () => {
    // Virginia's independent cities, Baltimore, St. Louis and Carson City are county-equivalents numbered from 510.
    expect(getPlace('US-C51683')).toMatchObject({ name: 'City of Manassas', kind: 'county', parentKey: 'US-VA' });
    expect(getPlace('US-C24510')?.name).toBe('City of Baltimore');
    expect(getPlace('US-C24005')?.name).toBe('Baltimore County');
    expect(getPlace('US-C29510')?.name).toBe('City of St. Louis');
    expect(getPlace('US-C32510')?.name).toBe('Carson City');
    // Texas's last counties (501-507) are counties.
    expect(getPlace('US-C48507')?.name).toBe('Zavala County');
    expect(getPlace('US-C11001')?.name).toBe('District of Columbia');
    expect(resolvePlace('Manassas City')?.key).toBe('US-C51683');
    // The town of Manassas lies in the independent city, which lies in Virginia.
    const town = resolvePlace('Manassas', { text: 'A hearing in Manassas, Virginia.' })!;
    expect(town.kind).toBe('locality');
    expect(ancestorsOf(town.key).map((p) => p.name)).toEqual(['City of Manassas', 'Virginia', 'United States']);
  });

  it('puts a town outside the US inside its region', () => {
    const town = resolvePlace('Zaragoza')!;
    expect(ancestorsOf(town.key).map((p) => p.key)).toEqual(['ES-AR', 'ES']);
  });

  it('reads postal codes and AP abbreviations only as written', () => {
    expect(lookupPlaces('TX')[0]?.key).toBe('US-TX');
    expect(lookupPlaces('Va.')[0]?.key).toBe('US-VA');
    expect(lookupPlaces('Miss').some((p) => p.key === 'US-MS')).toBe(false);
    expect(lookupPlaces('UK')[0]?.key).toBe('GB');
  });

  it('settles an ambiguous name from the text around it', () => {
    expect(resolvePlace('Georgia', { text: 'Officials in Tbilisi said Georgia would build it.', places: ['Tbilisi'] })?.key).toBe('GE');
    expect(resolvePlace('Georgia', { text: 'A board near Macon, Georgia voted.', places: ['Macon'] })?.key).toBe('US-GA');
    const springfield = resolvePlace('Springfield', { text: 'The plant in Springfield, Illinois opened.' })!;
    expect(ancestorsOf(springfield.key).some((p) => p.key === 'US-IL')).toBe(true);
  });

  it('returns null for names that are no place', () => {
    expect(resolvePlace('Qwxzyville')).toBeNull();
    expect(getPlace('nope')).toBeUndefined();
  });
});
