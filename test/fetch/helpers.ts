/** Small shared pieces for the fetcher's tests (not a test file itself). */
import { expect } from 'vitest';
import { FetchError, HostLimiter, type FetchOptions } from '../../ingest/fetch/index.ts';

/** Options every test starts from: loopback allowed, no politeness delay, tiny back-off. */
export function testOptions(extra: FetchOptions = {}): FetchOptions {
  return { allowPrivate: true, retryBaseMs: 1, limiter: new HostLimiter({ minDelayMs: 0 }), ...extra };
}

/** Await a fetch that must fail, and return its FetchError after checking the code. */
export async function expectFetchError(promise: Promise<unknown>, code: string): Promise<FetchError> {
  let caught: unknown = null;
  try {
    await promise;
  } catch (err) {
    caught = err;
  }
  expect(caught, `expected a FetchError with code ${code}`).toBeInstanceOf(FetchError);
  const err = caught as FetchError;
  expect(err.code).toBe(code);
  return err;
}
