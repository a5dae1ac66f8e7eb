/**
 * A real HTTP server on 127.0.0.1 (random port) for tests that fetch.
 * Routes are either handlers or declarative responses; declarative ones do
 * conditional GET and gzip the way a well-behaved origin does, so tests of
 * the fetcher and of ingest exercise real HTTP, not a stub.
 */
import http, { type IncomingHttpHeaders, type IncomingMessage, type ServerResponse } from 'node:http';
import type { Socket } from 'node:net';
import { gzipSync } from 'node:zlib';

export type Route =
  | ((req: IncomingMessage, res: ServerResponse) => void)
  | {
      status?: number;
      headers?: Record<string, string>;
      body?: string | Buffer;
      /** Gzip the body when the client accepts gzip. */
      gzip?: boolean;
      /** Sent as ETag; a matching If-None-Match gets 304. */
      etag?: string;
      /** Sent as Last-Modified (an HTTP date); an If-Modified-Since at or after it gets 304. */
      lastModified?: string;
      /** Wait this long before answering. */
      delayMs?: number;
    };

export interface FixtureServer {
  /** http://127.0.0.1:PORT, no trailing slash. */
  url: string;
  port: number;
  /** Serve `path` (a pathname like "/feed.xml", or a pathname with its exact query string). Replaces any earlier route. */
  route(path: string, handler: Route): void;
  /** Requests received for `path` (matched as route() matches). */
  hits(path: string): number;
  /** Every request received, in order. */
  requests: { path: string; headers: IncomingHttpHeaders }[];
  close(): Promise<void>;
}

function pathnameOf(rawPath: string): string {
  const q = rawPath.indexOf('?');
  return q >= 0 ? rawPath.slice(0, q) : rawPath;
}

function etagMatches(ifNoneMatch: string, etag: string): boolean {
  if (ifNoneMatch.trim() === '*') return true;
  // RFC 9110 §13.1.2: If-None-Match uses weak comparison.
  const weak = (tag: string) => tag.trim().replace(/^W\//, '');
  return ifNoneMatch.split(',').some((tag) => weak(tag) === weak(etag));
}

function isNotModified(req: IncomingMessage, etag?: string, lastModified?: string): boolean {
  const ifNoneMatch = req.headers['if-none-match'];
  // RFC 9110 §13.1.3: when If-None-Match is present, If-Modified-Since is ignored.
  if (ifNoneMatch !== undefined) return etag !== undefined && etagMatches(ifNoneMatch, etag);
  const ifModifiedSince = req.headers['if-modified-since'];
  if (ifModifiedSince === undefined || lastModified === undefined) return false;
  const since = Date.parse(ifModifiedSince);
  const modified = Date.parse(lastModified);
  return !Number.isNaN(since) && !Number.isNaN(modified) && modified <= since;
}

function acceptsGzip(req: IncomingMessage): boolean {
  return /\bgzip\b/i.test(String(req.headers['accept-encoding'] ?? ''));
}

export async function startFixtureServer(): Promise<FixtureServer> {
  const routes = new Map<string, Route>();
  const requests: FixtureServer['requests'] = [];
  const sockets = new Set<Socket>();
  const timers = new Set<NodeJS.Timeout>();

  const serveDeclared = (route: Exclude<Route, (...args: never[]) => void>, req: IncomingMessage, res: ServerResponse) => {
    // Lower-case names so a route's own 'content-type' and ours never go out as two headers.
    const headers: Record<string, string> = {};
    for (const [name, value] of Object.entries(route.headers ?? {})) headers[name.toLowerCase()] = value;
    if (route.etag) headers['etag'] = route.etag;
    if (route.lastModified) headers['last-modified'] = route.lastModified;
    const status = route.status ?? 200;

    if (status === 200 && isNotModified(req, route.etag, route.lastModified)) {
      res.writeHead(304, headers);
      res.end();
      return;
    }
    let body = typeof route.body === 'string' ? Buffer.from(route.body, 'utf8') : route.body ?? Buffer.alloc(0);
    if (route.gzip) {
      headers['vary'] = 'Accept-Encoding';
      if (acceptsGzip(req)) {
        body = gzipSync(body);
        headers['content-encoding'] = 'gzip';
      }
    }
    headers['content-length'] = String(body.length);
    res.writeHead(status, headers);
    res.end(req.method === 'HEAD' ? undefined : body);
  };

  const server = http.createServer((req, res) => {
    const path = req.url ?? '/';
    requests.push({ path, headers: req.headers });
    const route = routes.get(path) ?? routes.get(pathnameOf(path));
    if (!route) {
      res.writeHead(404, { 'Content-Type': 'text/plain; charset=utf-8' });
      res.end(`no fixture route for ${path}`);
      return;
    }
    if (typeof route === 'function') {
      route(req, res);
      return;
    }
    if (route.delayMs) {
      const timer = setTimeout(() => {
        timers.delete(timer);
        if (!res.destroyed) serveDeclared(route, req, res);
      }, route.delayMs);
      timers.add(timer);
      return;
    }
    serveDeclared(route, req, res);
  });

  server.on('connection', (socket) => {
    sockets.add(socket);
    socket.on('close', () => sockets.delete(socket));
  });

  await new Promise<void>((resolve, reject) => {
    server.once('error', reject);
    server.listen(0, '127.0.0.1', () => resolve());
  });
  const address = server.address();
  if (!address || typeof address === 'string') throw new Error('fixture server: could not read the listening port');
  const port = address.port;
  let closing: Promise<void> | null = null;

  return {
    url: `http://127.0.0.1:${port}`,
    port,
    requests,
    route(path, handler) {
      routes.set(path, handler);
    },
    hits(path) {
      return requests.filter((r) => r.path === path || pathnameOf(r.path) === path).length;
    },
    close() {
      if (closing) return closing;
      for (const timer of timers) clearTimeout(timer);
      timers.clear();
      // Hanging routes never end their responses; destroy their sockets so close() resolves.
      for (const socket of sockets) socket.destroy();
      closing = new Promise<void>((resolve, reject) => server.close((err) => (err ? reject(err) : resolve())));
      return closing;
    },
  };
}
