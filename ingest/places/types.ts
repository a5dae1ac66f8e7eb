export type PlaceKind = 'locality' | 'county' | 'region' | 'country';

/** A real place from the gazetteer (see ingest/places/load.ts for the sources). */
export interface Place {
  /**
   * Stable id: 'US' country (ISO 3166-1), 'US-KY' region (ISO 3166-2 style),
   * 'US-C51153' US county (FIPS), 'GN5318313' locality (GeoNames id).
   */
  key: string;
  /** Canonical English name: 'Kentucky', 'Prince William County', 'Tucson'. */
  name: string;
  kind: PlaceKind;
  /** ISO 3166-1 alpha-2. */
  countryCode: string;
  /** locality -> county (US) or region -> country; null for a country. */
  parentKey: string | null;
  lat: number;
  lon: number;
  population: number | null;
}
