/**
 * Vitest browser commands: code that runs in Node next to the test browser. printToPdf prints an HTML
 * document with Chromium's own PDF printer and returns each page's text, read back with unpdf.
 */
import type {BrowserCommand} from 'vitest/node';
import {extractText, getDocumentProxy} from 'unpdf';
import xapiValidation from '@learninglocker/xapi-validation';
import {startReceiver, type Received} from './lms/receiver.js';

export const printToPdf: BrowserCommand<[html: string]> = async (context, html) => {
  if (context.provider.name !== 'playwright') throw new Error('printToPdf needs the playwright provider');
  const page = await (context as unknown as {page: import('playwright').Page}).page.context().newPage();
  try {
    await page.setContent(html);
    await page.emulateMedia({media: 'print'});
    const pdf = await page.pdf({format: 'A4'});
    const {text, totalPages} = await extractText(await getDocumentProxy(new Uint8Array(pdf)), {mergePages: false});
    return {pages: totalPages, text: text as string[]};
  } finally {
    await page.close();
  }
};

// A CommonJS module with `exports.default`: depending on who loads it, the function is one `default` deeper.
type Validate = (statement: unknown) => {path: string[]; name: string}[];
const validateStatement: Validate = (typeof xapiValidation === 'function' ? xapiValidation : (xapiValidation as unknown as {default: Validate}).default) as Validate;

let receiver: Awaited<ReturnType<typeof startReceiver>> | undefined;

/** Starts (or restarts) a stand-in xAPI learning record store on 127.0.0.1; returns its endpoint. */
export const startXapiReceiver: BrowserCommand<[]> = async () => {
  receiver?.server.close();
  receiver = await startReceiver();
  receiver.server.unref(); // never keeps the test process alive
  return receiver.url;
};

/** What the stand-in record store has received so far, each statement checked with xapi-validation (in Node). */
export const xapiReceived: BrowserCommand<[]> = async () =>
  (receiver?.received ?? []).map((request) => ({
    ...request,
    warnings: (Array.isArray(request.body) ? request.body : [request.body]).flatMap((statement) =>
      validateStatement(statement).map((w) => `${w.path.join('.')}: ${w.name}`)
    ),
  }));

let hanging: import('node:http').Server | undefined;

/** A server on 127.0.0.1 that takes requests and never answers them; returns its URL. */
export const startHangingServer: BrowserCommand<[]> = async () => {
  const {createServer} = await import('node:http');
  hanging?.close();
  hanging = createServer(() => {
    // Never answer.
  });
  await new Promise<void>((resolve) => hanging!.listen(0, '127.0.0.1', resolve));
  hanging.unref(); // never keeps the test process alive
  return `http://127.0.0.1:${(hanging.address() as import('node:net').AddressInfo).port}/quiz.json`;
};

declare module 'vitest/browser' {
  interface BrowserCommands {
    printToPdf: (html: string) => Promise<{pages: number; text: string[]}>;
    startXapiReceiver: () => Promise<string>;
    startHangingServer: () => Promise<string>;
    startStatusServer: () => Promise<string>;
    xapiReceived: () => Promise<(Received & {warnings: string[]})[]>;
  }
}

let statusServer: import('node:http').Server | undefined;

/**
 * A server on 127.0.0.1 (another origin than the test page) for the ways a question file's server fails:
 * `/status/N` answers status N (with CORS, so the page can read it), `/no-cors` answers a quiz without the
 * CORS header (the browser refuses it), `/cut` stops halfway through the body. Returns its base URL.
 */
export const startStatusServer: BrowserCommand<[]> = async () => {
  const {createServer} = await import('node:http');
  statusServer?.close();
  statusServer = createServer((request, response) => {
    const url = request.url ?? '/';
    const status = /^\/status\/(\d{3})$/.exec(url);
    if (status) {
      response.writeHead(Number(status[1]), {'Access-Control-Allow-Origin': '*', 'Content-Type': 'text/plain'}).end('no');
    } else if (url === '/no-cors') {
      response.writeHead(200, {'Content-Type': 'application/json'}).end('{}');
    } else {
      response.writeHead(200, {'Access-Control-Allow-Origin': '*', 'Content-Type': 'application/json', 'Content-Length': '100000'});
      response.write('{"format": "article-quiz", "version": 1, "questions": [');
      setTimeout(() => response.destroy(), 50);
    }
  });
  await new Promise<void>((resolve) => statusServer!.listen(0, '127.0.0.1', resolve));
  statusServer.unref();
  return `http://127.0.0.1:${(statusServer.address() as import('node:net').AddressInfo).port}`;
};
