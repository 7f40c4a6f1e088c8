/**
 * A small static file server for the demo pages and the benchmark: serves the repository root so that
 * demo/*.html can load dist/cdn/article-quiz.js and questions/*.json exactly as a host page would.
 */
import {createReadStream, statSync} from 'node:fs';
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

export function serveStatic(root: string, port: number, host = '127.0.0.1'): Promise<Server> {
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
      const size = statSync(path).size;
      response.writeHead(200, {
        'Content-Type': TYPES[extname(path)] ?? 'application/octet-stream',
        'Content-Length': size,
        'Cache-Control': 'no-store',
        // The demo shares its bundle and question files with pages on other origins (the teacher page's snippet).
        'Access-Control-Allow-Origin': '*',
      });
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
