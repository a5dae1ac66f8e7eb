/** Settings: one module, validated once, errors naming the variable, defaults as the README's tables say. */
import { describe, expect, it } from 'vitest';
import { config, ConfigError, loadConfig } from '../../ingest/config.ts';

describe('config', () => {
  it('gives the documented defaults for an empty environment, and treats empty values as unset', () => {
    const c = loadConfig({ TRACKER_PAGE_SIZE: '', TRACKER_DEBUG: '' });
    expect(c.TRACKER_DB).toBe('data/tracker.db');
    expect(c.TRACKER_CONCURRENCY).toBe(4);
    expect(c.TRACKER_FULL_TEXT).toBe('1');
    expect(c.TRACKER_ALLOW_PRIVATE_HOSTS).toBe(false);
    expect(c.TRACKER_GAZETTEER).toEqual([]);
    expect(c.TRACKER_SITE_URL).toBe('http://localhost:4321');
    expect([c.TRACKER_FEED_LIMIT, c.TRACKER_DIGEST_WEEKS, c.TRACKER_PAGE_SIZE]).toEqual([500, 12, 50]);
    expect(c.TRACKER_NOW).toBeUndefined();
    expect(c.TRACKER_DEBUG).toBe(false);
  });

  it('reads typed values', () => {
    const c = loadConfig({ TRACKER_ALLOW_PRIVATE_HOSTS: '1', TRACKER_GAZETTEER: 'a.json:b.json', TRACKER_NOW: '2026-03-27T12:00:00Z', TRACKER_PAGE_SIZE: '3', TRACKER_DEBUG: '1' });
    expect(c.TRACKER_ALLOW_PRIVATE_HOSTS).toBe(true);
    expect(c.TRACKER_GAZETTEER).toEqual(['a.json', 'b.json']);
    expect(c.TRACKER_NOW?.toISOString()).toBe('2026-03-27T12:00:00.000Z');
    expect(c.TRACKER_PAGE_SIZE).toBe(3);
    expect(c.TRACKER_DEBUG).toBe(true);
  });

  it.each([
    ['TRACKER_PAGE_SIZE', 'ten'],
    ['TRACKER_NOW', 'next tuesday-ish'],
    ['TRACKER_SITE_URL', 'tracker.example'],
    ['TRACKER_ALLOW_PRIVATE_HOSTS', 'yes'],
    ['TRACKER_CRON', 'every hour'],
  ])('rejects a bad %s with an error that names it', (name, value) => {
    expect(() => loadConfig({ [name]: value })).toThrow(ConfigError);
    expect(() => loadConfig({ [name]: value })).toThrow(new RegExp(`${name}: `));
  });

  it('validates once per environment and sees a changed variable', () => {
    const env: NodeJS.ProcessEnv = { TRACKER_FEED_LIMIT: '7' };
    const first = config(env);
    expect(config(env)).toBe(first);
    env.TRACKER_FEED_LIMIT = '9';
    expect(config(env).TRACKER_FEED_LIMIT).toBe(9);
  });
});
