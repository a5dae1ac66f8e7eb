/**
 * One HTTP exchange: connect, send a GET, read and decompress the body
 * under a byte limit, all under a connect timeout and a total deadline.
 * No redirects and no retries here; fetch-url.ts decides what to do with
 * the status this returns.
 */
import http from 'node:http';
import https from 'node:https';
import type { LookupFunction, Socket } from 'node:net';
import zlib from 'node:zlib';
import type { Transform } from 'node:stream';
import { FetchError, TRANSIENT_NETWORK_CODES } from './errors.ts';
import { isPrivateAddress, resolveHost, type ResolvedAddress } from './private-address.ts';

export interface ExchangeOptions {
  headers: Record<string, string>;
  allowPrivate: boolean;
  connectTimeoutMs: number;
  timeoutMs: number;
  maxBytes: number;
  signal?: AbortSignal;
  /** Read the body only for these statuses; others are drained and dropped. */
  wantBody: (status: number) => boolean;
}

export interface Exchange {
  status: number;
  headers: http.IncomingHttpHeaders;
  body: Buffer;
}

/** A network failure worth retrying (reset, refused...), as opposed to one that will not change (unknown host). */
export function isTransient(err: unknown): boolean {
  if (!(err instanceof FetchError) || err.code !== 'network') return false;
  const errno = (err.cause as NodeJS.ErrnoException | undefined)?.code;
  return errno === undefined || TRANSIENT_NETWORK_CODES.has(errno);
}

function pinnedLookup(addr: ResolvedAddress): LookupFunction {
  // node calls lookup with all:true when autoSelectFamily is on; answer in both shapes.
  return ((_host: string, options: { all?: boolean }, callback: (...args: unknown[]) => void) => {
    if (options?.all) callback(null, [{ address: addr.address, family: addr.family }]);
    else callback(null, addr.address, addr.family);
  }) as unknown as LookupFunction;
}

async function chooseAddress(url: URL, allowPrivate: boolean): Promise<ResolvedAddress> {
  let addresses: ResolvedAddress[];
  try {
    addresses = await resolveHost(url.hostname);
  } catch (cause) {
    throw new FetchError('network', url.href, `Could not resolve ${url.hostname} for ${url.href}; check the host name is spelled right and DNS works.`, { cause });
  }
  if (addresses.length === 0) {
    throw new FetchError('network', url.href, `${url.hostname} has no address (${url.href}); check the host name.`);
  }
  if (!allowPrivate) {
    const privateOne = addresses.find((a) => isPrivateAddress(a.address));
    if (privateOne) {
      throw new FetchError(
        'private_address',
        url.href,
        `Refused ${url.href}: ${url.hostname} resolves to the private or loopback address ${privateOne.address}. ` +
          'Set allowPrivate (or TRACKER_ALLOW_PRIVATE_HOSTS=1) only if you trust this source.',
      );
    }
  }
  return addresses[0];
}

/** A decoder for a Content-Encoding, or null for identity. Deflate is sniffed (zlib-wrapped or raw) on its first bytes. */
function decoderFor(encoding: string, firstBytes: Buffer, url: string): Transform | null {
  // Flush on partial input so truncated bodies still yield what was sent before failing.
  const opts = { finishFlush: zlib.constants.Z_SYNC_FLUSH };
  switch (encoding) {
    case '':
    case 'identity':
      return null;
    case 'gzip':
    case 'x-gzip':
      return zlib.createGunzip(opts);
    case 'deflate': {
      const zlibWrapped = firstBytes.length >= 2 && (firstBytes[0] & 0x0f) === 8 && ((firstBytes[0] << 8) | firstBytes[1]) % 31 === 0;
      return zlibWrapped ? zlib.createInflate(opts) : zlib.createInflateRaw(opts);
    }
    case 'br':
      return zlib.createBrotliDecompress({ finishFlush: zlib.constants.BROTLI_OPERATION_FLUSH });
    default:
      throw new FetchError('bad_encoding', url, `${url} was sent with Content-Encoding "${encoding}", which this fetcher cannot decode; report it with the URL.`);
  }
}

export async function exchange(url: URL, opts: ExchangeOptions): Promise<Exchange> {
  const href = url.href;
  if (opts.signal?.aborted) throw new FetchError('aborted', href, `Fetching ${href} was cancelled.`);
  const startedAt = Date.now();
  const address = await withDeadline(chooseAddress(url, opts.allowPrivate), opts.timeoutMs, href, opts.signal);
  const remainingMs = Math.max(1, opts.timeoutMs - (Date.now() - startedAt));
  return new Promise<Exchange>((resolve, reject) => new PendingExchange(url, address, opts, resolve, reject).start(remainingMs));
}

/**
 * One request in flight, as named steps: start (deadline, abort, connect
 * timeout, send), onResponse (headers decide whether a body is read),
 * readBody (size limit, decoder chosen on the first bytes), finish (the one
 * place that settles, clears timers and tears down sockets).
 */
class PendingExchange {
  private readonly href: string;
  private readonly timers: NodeJS.Timeout[] = [];
  private settled = false;
  private req: http.ClientRequest | null = null;
  private res: http.IncomingMessage | null = null;
  private decoder: Transform | null = null;
  private readonly onAbort = () => this.finish(new FetchError('aborted', this.href, `Fetching ${this.href} was cancelled.`, { cause: this.opts.signal?.reason }));

  constructor(
    private readonly url: URL,
    private readonly address: ResolvedAddress,
    private readonly opts: ExchangeOptions,
    private readonly resolve: (value: Exchange) => void,
    private readonly reject: (err: FetchError) => void,
  ) {
    this.href = url.href;
  }

  start(remainingMs: number): void {
    const { href, opts } = this;
    opts.signal?.addEventListener('abort', this.onAbort, { once: true });
    this.timers.push(
      setTimeout(
        () => this.finish(new FetchError('timeout', href, `${href} did not finish within ${opts.timeoutMs} ms; the server is slow or stuck. Try again later or raise timeoutMs.`)),
        remainingMs,
      ),
    );
    const client = this.url.protocol === 'https:' ? https : http;
    const req = client.request(this.url, {
      method: 'GET',
      headers: opts.headers,
      agent: false,
      // Connect to the address we checked; TLS still verifies the certificate against url.hostname.
      lookup: pinnedLookup(this.address),
    });
    this.req = req;
    req.on('socket', (socket: Socket) => this.armConnectTimeout(socket));
    req.on('error', (cause: NodeJS.ErrnoException) => this.finish(new FetchError('network', href, networkMessage(href, cause), { cause })));
    req.on('response', (response) => this.onResponse(response));
    req.end();
  }

  private armConnectTimeout(socket: Socket): void {
    const { url, href, opts } = this;
    const timer = setTimeout(
      () => this.finish(new FetchError('connect_timeout', href, `Could not connect to ${url.host} within ${opts.connectTimeoutMs} ms (${href}); the host may be down or blocking us.`)),
      opts.connectTimeoutMs,
    );
    this.timers.push(timer);
    socket.once('connect', () => clearTimeout(timer));
  }

  private onResponse(response: http.IncomingMessage): void {
    this.res = response;
    const status = response.statusCode ?? 0;
    if (!this.opts.wantBody(status)) {
      // Redirects and errors are decided on headers alone; do not wait for (or trust) their bodies.
      this.finish(null, { status, headers: response.headers, body: Buffer.alloc(0) });
      response.destroy();
      this.req?.destroy();
      return;
    }
    const declaredLength = Number(response.headers['content-length']);
    if (Number.isFinite(declaredLength) && declaredLength > this.opts.maxBytes) {
      this.finish(tooLarge(this.href, this.opts.maxBytes, `it declares ${declaredLength} bytes`));
      return;
    }
    this.readBody(response, status);
  }

  private readBody(response: http.IncomingMessage, status: number): void {
    const { url, href, opts } = this;
    const encoding = String(response.headers['content-encoding'] ?? '').trim().toLowerCase();
    const chunks: Buffer[] = [];
    let total = 0;
    const collect = (chunk: Buffer) => {
      if (this.settled) return;
      total += chunk.length;
      if (total > opts.maxBytes) {
        this.finish(tooLarge(href, opts.maxBytes, encoding && encoding !== 'identity' ? `it inflates past that (${encoding})` : 'the body runs past that'));
        return;
      }
      chunks.push(chunk);
    };
    const done = () => this.finish(null, { status, headers: response.headers, body: Buffer.concat(chunks, total) });
    /** Picks the decoder for the first bytes and wires it to collect; false when the encoding is refused (already settled). */
    const startDecoder = (head: Buffer): boolean => {
      try {
        this.decoder = decoderFor(encoding, head, href);
      } catch (err) {
        this.finish(err as FetchError);
        return false;
      }
      this.decoder?.on('data', collect);
      this.decoder?.on('end', done);
      this.decoder?.on('error', (cause: unknown) =>
        this.finish(new FetchError('bad_encoding', href, `${href} sent a corrupt ${encoding} body; the server or a proxy is broken. Try again later.`, { cause })),
      );
      return true;
    };

    response.on('aborted', () =>
      this.finish(new FetchError('network', href, `The connection to ${url.host} closed before the body of ${href} was complete; it will be retried.`)),
    );
    response.on('error', (cause) => this.finish(new FetchError('network', href, `Reading the body of ${href} failed: ${cause.message}; it will be retried.`, { cause })));

    let started = false;
    const pendingFirst: Buffer[] = [];
    response.on('data', (chunk: Buffer) => {
      if (this.settled) return;
      if (!started) {
        // Deflate sniffing needs two bytes; they nearly always arrive in the first chunk.
        pendingFirst.push(chunk);
        const head = Buffer.concat(pendingFirst);
        if (head.length < 2 && encoding === 'deflate') return;
        started = true;
        pendingFirst.length = 0;
        if (!startDecoder(head)) return;
        // Back-pressure: a fast server must not queue compressed data faster than we inflate (and check) it.
        this.decoder?.on('drain', () => response.resume());
        chunk = head;
      }
      if (this.decoder) {
        if (!this.decoder.write(chunk)) response.pause();
      } else {
        collect(chunk);
      }
    });
    response.on('end', () => {
      if (this.settled) return;
      if (started) {
        if (this.decoder) this.decoder.end();
        else done();
        return;
      }
      // The whole body was shorter than the sniffing window.
      const head = Buffer.concat(pendingFirst);
      if (head.length === 0 || encoding === '' || encoding === 'identity' || !startDecoder(head) || !this.decoder) {
        if (!this.settled) {
          collect(head);
          done();
        }
        return;
      }
      this.decoder.end(head);
    });
  }

  /** Settles once: clears timers and the abort listener; on error tears down the decoder, response and request. */
  private finish(err: FetchError | null, value?: Exchange): void {
    if (this.settled) return;
    this.settled = true;
    this.timers.forEach(clearTimeout);
    this.opts.signal?.removeEventListener('abort', this.onAbort);
    if (err) {
      this.decoder?.destroy();
      this.res?.destroy();
      this.req?.destroy();
      this.reject(err);
    } else {
      this.resolve(value!);
    }
  }
}

function networkMessage(href: string, cause: NodeJS.ErrnoException): string {
  const code = cause.code ?? cause.message;
  if (/CERT|SSL|TLS|SELF_SIGNED|UNABLE_TO_VERIFY/i.test(code)) {
    return `TLS failed for ${href}: ${code}. The site's certificate is not trusted; open it in a browser to check, and do not disable verification.`;
  }
  const retried = cause.code !== undefined && TRANSIENT_NETWORK_CODES.has(cause.code);
  return `Network error fetching ${href}: ${code}. Check the host is reachable${retried ? '; it is retried' : ''}.`;
}

function tooLarge(href: string, maxBytes: number, why: string): FetchError {
  return new FetchError('too_large', href, `${href} is larger than the ${maxBytes}-byte limit (${why}); raise maxBytes if this source is legitimately big.`);
}

/** Race a promise (DNS) against the request deadline and the abort signal. */
function withDeadline<T>(promise: Promise<T>, timeoutMs: number, href: string, signal?: AbortSignal): Promise<T> {
  return new Promise<T>((resolve, reject) => {
    const timer = setTimeout(() => reject(new FetchError('timeout', href, `Resolving the host of ${href} took longer than ${timeoutMs} ms; check DNS.`)), timeoutMs);
    const onAbort = () => reject(new FetchError('aborted', href, `Fetching ${href} was cancelled.`));
    signal?.addEventListener('abort', onAbort, { once: true });
    promise.then(
      (v) => { clearTimeout(timer); signal?.removeEventListener('abort', onAbort); resolve(v); },
      (e) => { clearTimeout(timer); signal?.removeEventListener('abort', onAbort); reject(e); },
    );
  });
}
