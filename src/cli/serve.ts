/**
 * A small static file server for the demo pages and the benchmark: serves the repository root so that
 * demo/*.html can load dist/cdn/article-quiz.js and questions/*.json exactly as a host page would.
 */
import {createReadStream, readFileSync, statSync} from 'node:fs';
import {gzipSync} from 'node:zlib';
import {createServer, type Server} from 'node:http';
import {extname, join, normalize, resolve} from 'node:path';

const TYPES: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.mjs': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.json': 'application/json; charset=utf-8',
  '.map': 'application/json; charset=utf-8',
  '.txt': 'text/plain; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
};

const COMPRESSIBLE = /^\.(html|js|mjs|css|json|map|txt|svg)$/;
const gzipCache = new Map<string, {mtimeMs: number; body: Buffer}>();

/** The file gzipped, compressed once per version of the file. */
function gzipped(path: string, mtimeMs: number): Buffer {
  const cached = gzipCache.get(path);
  if (cached && cached.mtimeMs === mtimeMs) return cached.body;
  const body = gzipSync(readFileSync(path));
  gzipCache.set(path, {mtimeMs, body});
  return body;
}

/**
 * `headers` go on every successful response, e.g. a Content-Security-Policy to check that the pages and the
 * quiz run under a publisher's strict policy.
 */
export function serveStatic(root: string, port: number, host = '127.0.0.1', headers: Record<string, string> = {}): Promise<Server> {
  const base = resolve(root);
  const server = createServer((request, response) => {
    const url = new URL(request.url ?? '/', 'http://localhost');
    let path = normalize(join(base, decodeURIComponent(url.pathname)));
    if (!path.startsWith(base)) {
      response.writeHead(403).end('Forbidden');
      return;
    }
    try {
      if (statSync(path).isDirectory()) path = join(path, 'index.html');
      const stat = statSync(path);
      const common = {
        'Content-Type': TYPES[extname(path)] ?? 'application/octet-stream',
        'Cache-Control': 'no-store',
        // The demo shares its bundle and question files with pages on other origins (the teacher page's snippet).
        'Access-Control-Allow-Origin': '*',
        Vary: 'Accept-Encoding',
        ...headers,
      };
      // Text goes out gzipped, as any real host sends it (a large question bank shrinks tenfold or more).
      if (COMPRESSIBLE.test(extname(path)) && /\bgzip\b/.test(String(request.headers['accept-encoding'] ?? ''))) {
        const body = gzipped(path, stat.mtimeMs);
        response.writeHead(200, {...common, 'Content-Encoding': 'gzip', 'Content-Length': body.length});
        response.end(body);
        return;
      }
      response.writeHead(200, {...common, 'Content-Length': stat.size});
      createReadStream(path).pipe(response);
    } catch {
      response.writeHead(404, {'Content-Type': 'text/plain; charset=utf-8'}).end(`Not found: ${url.pathname}`);
    }
  });
  return new Promise((resolveServer, reject) => {
    server.once('error', reject);
    server.listen(port, host, () => resolveServer(server));
  });
}
