/**
 * Vitest browser commands: code that runs in Node next to the test browser. printToPdf prints an HTML
 * document with Chromium's own PDF printer and returns each page's text, read back with unpdf.
 */
import type {BrowserCommand} from 'vitest/node';
import {extractText, getDocumentProxy} from 'unpdf';

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

declare module 'vitest/browser' {
  interface BrowserCommands {
    printToPdf: (html: string) => Promise<{pages: number; text: string[]}>;
  }
}
