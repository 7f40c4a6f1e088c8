/** A stand-in learning record store on 127.0.0.1: records what it is sent, answers as an LRS would. */
import {createServer, type IncomingHttpHeaders, type Server} from 'node:http';
import type {AddressInfo} from 'node:net';

export interface Received {
  method: string;
  url: string;
  headers: IncomingHttpHeaders;
  body: unknown;
}

export async function startReceiver(failFirst = 0): Promise<{url: string; received: Received[]; server: Server}> {
  const received: Received[] = [];
  let failures = failFirst;
  const server = createServer((request, response) => {
    const cors = {
      'Access-Control-Allow-Origin': '*',
      'Access-Control-Allow-Headers': 'Content-Type, Authorization, X-Experience-API-Version',
      'Access-Control-Allow-Methods': 'POST, OPTIONS',
    };
    if (request.method === 'OPTIONS') {
      response.writeHead(204, cors).end();
      return;
    }
    let body = '';
    request.on('data', (chunk) => (body += chunk));
    request.on('end', () => {
      received.push({method: request.method!, url: request.url!, headers: request.headers, body: body ? JSON.parse(body) : null});
      if (failures > 0) {
        failures--;
        response.writeHead(503, cors).end();
        return;
      }
      response.writeHead(200, {...cors, 'Content-Type': 'application/json'}).end(JSON.stringify(Array.isArray(JSON.parse(body || '[]')) ? [] : []));
    });
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  return {url: `http://127.0.0.1:${(server.address() as AddressInfo).port}/xapi/`, received, server};
}
