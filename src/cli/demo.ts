/** `npm start`: serves the demo pages (after `vite build` made the embed bundle) and prints where. */
import {serveStatic} from './serve.js';

const port = Number(process.env.PORT ?? 5173);
// 127.0.0.1 by default; HOST=0.0.0.0 npm start shares the demo on the network (a classroom projector, a phone).
const host = process.env.HOST ?? '127.0.0.1';
const server = await serveStatic('.', port, host).catch((error: NodeJS.ErrnoException) => {
  console.error(error.code === 'EADDRINUSE' ? `Port ${port} is in use: run PORT=5174 npm start` : error.message);
  process.exit(1);
});
const address = server.address();
const actualPort = typeof address === 'object' && address ? address.port : port;
const shown = host === '0.0.0.0' ? 'localhost' : host;
console.log(`\n  article-quiz demo: http://${shown}:${actualPort}/demo/`);
console.log(`  test mode and a theme: http://${shown}:${actualPort}/demo/test-mode.html`);
console.log(`  teacher setup (settings, preview, embed snippet, print): http://${shown}:${actualPort}/demo/teacher.html`);
console.log(`  make a quiz from any article: http://${shown}:${actualPort}/demo/author.html`);
console.log(`  in a React app and a Vue app: http://${shown}:${actualPort}/demo/react.html, /demo/vue.html`);
console.log('\n  Press Ctrl+C to stop.\n');
