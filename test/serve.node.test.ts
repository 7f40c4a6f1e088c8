/** The static server behind `npm start`, the bench and the e2e tests: what a host page and a browser rely on. */
import {request} from 'node:http';
import type {AddressInfo} from 'node:net';
import {gunzipSync} from 'node:zlib';
import {readFileSync} from 'node:fs';
import {afterAll, beforeAll, describe, expect, it} from 'vitest';
import type {Server} from 'node:http';
import {serveStatic} from '../src/cli/serve.js';

let server: Server;
let port: number;

beforeAll(async () => {
  server = await serveStatic('.', 0);
  port = (server.address() as AddressInfo).port;
});

afterAll(() => server.close());

/** A raw request: the path goes out exactly as written, `..` included. */
function get(path: string, headers: Record<string, string> = {}, at = port): Promise<{status: number; headers: Record<string, unknown>; body: Buffer}> {
  return new Promise((resolve, reject) => {
    request({host: '127.0.0.1', port: at, path, headers}, (response) => {
      const chunks: Buffer[] = [];
      response.on('data', (chunk: Buffer) => chunks.push(chunk));
      response.on('end', () => resolve({status: response.statusCode!, headers: response.headers, body: Buffer.concat(chunks)}));
    })
      .on('error', reject)
      .end();
  });
}

describe('serveStatic', () => {
  it('serves a question file gzipped when asked, with CORS and its type, and the same bytes unzipped', async () => {
    const zipped = await get('/questions/kharkiv-strikes.json', {'Accept-Encoding': 'gzip'});
    expect(zipped.status).toBe(200);
    expect(zipped.headers['content-encoding']).toBe('gzip');
    expect(zipped.headers['content-type']).toBe('application/json; charset=utf-8');
    expect(zipped.headers['access-control-allow-origin']).toBe('*');
    const plain = await get('/questions/kharkiv-strikes.json');
    expect(plain.headers['content-encoding']).toBe(undefined);
    expect(gunzipSync(zipped.body).equals(plain.body)).toBe(true);
    expect(plain.body.equals(readFileSync('questions/kharkiv-strikes.json'))).toBe(true);
  });

  it('never serves a file outside its folder, and answers 404 for what is not there', async () => {
    const questions = await serveStatic('questions', 0);
    const at = (questions.address() as AddressInfo).port;
    try {
      // Dots in the path are resolved like a browser does (staying inside); encoded slashes are refused.
      for (const path of ['/../package.json', '/%2e%2e/package.json', '/..%2fpackage.json', '/%2e%2e%2f%2e%2e%2fetc%2fpasswd']) {
        const response = await get(path, {}, at);
        expect([403, 404], path).toContain(response.status);
        expect(response.body.toString(), path).not.toMatch(/"name": "article-quiz"|root:/);
      }
      expect((await get('/..%2fpackage.json', {}, at)).status).toBe(403);
      expect((await get('/kharkiv-strikes.json', {}, at)).status).toBe(200);
    } finally {
      questions.close();
    }
    const missing = await get('/questions/nope.json');
    expect(missing.status).toBe(404);
    expect(missing.body.toString()).toBe('Not found: /questions/nope.json');
  });
});
