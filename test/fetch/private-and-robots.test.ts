import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { clearRobotsCache, fetchUrl, isPrivateAddress } from '../../ingest/fetch/index.ts';
import { startFixtureServer, type FixtureServer } from '../support/fixture-server.ts';
import { expectFetchError, testOptions } from './helpers.ts';

let server: FixtureServer;
beforeEach(async () => {
  server = await startFixtureServer();
  clearRobotsCache();
});
afterEach(async () => { await server.close(); });

describe('private addresses', () => {
  it('refuses loopback unless allowPrivate, without sending a request', async () => {
    server.route('/feed', { body: 'hello' });
    const err = await expectFetchError(fetchUrl(`${server.url}/feed`, testOptions({ allowPrivate: false })), 'private_address');
    expect(err.message).toMatch(/TRACKER_ALLOW_PRIVATE_HOSTS/);
    expect(server.hits('/feed')).toBe(0);
    const res = await fetchUrl(`${server.url}/feed`, testOptions({ allowPrivate: true }));
    expect(res.text).toBe('hello');
  });

  it('refuses a host name that resolves to loopback', async () => {
    server.route('/feed', { body: 'hello' });
    await expectFetchError(fetchUrl(`http://localhost:${server.port}/feed`, testOptions({ allowPrivate: false })), 'private_address');
  });

  it('takes its default from TRACKER_ALLOW_PRIVATE_HOSTS', async () => {
    server.route('/feed', { body: 'hello' });
    const saved = process.env.TRACKER_ALLOW_PRIVATE_HOSTS;
    const { allowPrivate: _drop, ...rest } = testOptions();
    try {
      delete process.env.TRACKER_ALLOW_PRIVATE_HOSTS;
      await expectFetchError(fetchUrl(`${server.url}/feed`, rest), 'private_address');
      process.env.TRACKER_ALLOW_PRIVATE_HOSTS = '1';
      expect((await fetchUrl(`${server.url}/feed`, rest)).text).toBe('hello');
    } finally {
      if (saved === undefined) delete process.env.TRACKER_ALLOW_PRIVATE_HOSTS;
      else process.env.TRACKER_ALLOW_PRIVATE_HOSTS = saved;
    }
  });

  it('classifies addresses', () => {
    for (const a of ['127.0.0.1', '127.8.9.10', '10.1.2.3', '172.16.0.1', '172.31.255.255', '192.168.1.1', '169.254.169.254', '0.0.0.0', '::1', '::', 'fc00::1', 'fd12:3456::1', 'fe80::1', '::ffff:127.0.0.1', '::ffff:10.0.0.1']) {
      expect(isPrivateAddress(a), a).toBe(true);
    }
    for (const a of ['8.8.8.8', '172.32.0.1', '172.15.255.255', '193.168.1.1', '1.1.1.1', '2606:4700::1111', '::ffff:8.8.8.8']) {
      expect(isPrivateAddress(a), a).toBe(false);
    }
  });
});

describe('robots.txt', () => {
  const ROBOTS = 'User-agent: *\nDisallow: /private/\n\nUser-agent: ai-infra-tracker\nDisallow: /no-trackers/\n';

  it('stops page fetches the robots.txt disallows, and fetches robots.txt once per origin', async () => {
    server.route('/robots.txt', { body: ROBOTS, headers: { 'Content-Type': 'text/plain' } });
    server.route('/private/article', { body: '<p>hidden</p>' });
    server.route('/no-trackers/article', { body: '<p>hidden</p>' });
    server.route('/public/article', { body: '<p>open</p>' });

    await expectFetchError(fetchUrl(`${server.url}/no-trackers/article`, testOptions({ kind: 'page' })), 'robots_disallowed');
    expect(server.hits('/no-trackers/article')).toBe(0);
    expect((await fetchUrl(`${server.url}/public/article`, testOptions({ kind: 'page' }))).text).toBe('<p>open</p>');
    // The group for our own user-agent replaces the * group, as robots.txt specifies.
    expect((await fetchUrl(`${server.url}/private/article`, testOptions({ kind: 'page' }))).text).toBe('<p>hidden</p>');
    await expectFetchError(fetchUrl(`${server.url}/private/article`, testOptions({ kind: 'page', userAgent: 'other-bot/1.0' })), 'robots_disallowed');
    expect(server.hits('/robots.txt')).toBe(1);
  });

  it('does not apply robots.txt to feed fetches', async () => {
    server.route('/robots.txt', { body: 'User-agent: *\nDisallow: /\n' });
    server.route('/feed.xml', { body: '<rss/>' });
    expect((await fetchUrl(`${server.url}/feed.xml`, testOptions({ kind: 'feed' }))).text).toBe('<rss/>');
    expect(server.hits('/robots.txt')).toBe(0);
    await expectFetchError(fetchUrl(`${server.url}/feed.xml`, testOptions({ kind: 'page' })), 'robots_disallowed');
  });

  it('allows everything when robots.txt is missing or fails', async () => {
    server.route('/article', { body: 'text' });
    expect((await fetchUrl(`${server.url}/article`, testOptions({ kind: 'page' }))).text).toBe('text');
    expect(server.hits('/robots.txt')).toBe(1);

    const other = await startFixtureServer();
    try {
      other.route('/robots.txt', { status: 500, body: 'broken' });
      other.route('/article', { body: 'still readable' });
      expect((await fetchUrl(`${other.url}/article`, testOptions({ kind: 'page' }))).text).toBe('still readable');
    } finally {
      await other.close();
    }
  });
});
