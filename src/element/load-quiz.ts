/**
 * Reads a question file's response. The element starts `fetch` itself, alongside loading this chunk; this
 * turns the outcome into parsed JSON or a message. Never throws but for an abort; every failure says if
 * retrying helps.
 */
export type FetchResult = {ok: true; data: unknown} | {ok: false; message: string; retryable: boolean};

export async function readQuizResponse(src: string, pending: Promise<Response>, signal: AbortSignal): Promise<FetchResult> {
  const name = `"${src}"`;
  let response: Response;
  try {
    response = await pending;
  } catch (error) {
    if (signal.aborted) throw error;
    if (blockedByPolicy(src)) {
      return {ok: false, retryable: false, message: `Could not load ${name}: this page's Content Security Policy does not allow it. The page's connect-src must list the file's site.`};
    }
    return {ok: false, retryable: true, message: failureMessage(name, error, requestFailed(src))};
  }
  if (!response.ok) {
    const status = `${response.status}${response.statusText ? ` ${response.statusText}` : ''}`;
    const hint = response.status === 404 ? ' Check the src address.' : '';
    return {
      ok: false,
      retryable: response.status >= 500 || response.status === 408 || response.status === 429,
      message: `Could not load ${name}: the server answered ${status}.${hint}`,
    };
  }
  try {
    // The browser parses straight from the bytes: for a large bank, far quicker than text() then JSON.parse.
    return {ok: true, data: await response.json()};
  } catch (error) {
    if (signal.aborted) throw error;
    if (error instanceof SyntaxError) {
      return {ok: false, retryable: false, message: `${name} is not a question file: it is not valid JSON (${error.message}).`};
    }
    return {ok: false, retryable: true, message: failureMessage(name, error, 'the download was interrupted.')};
  }
}

/**
 * A fetch the page's Content Security Policy blocked fails like any network error; the browser keeps a report
 * of it (Chromium), which a buffered ReportingObserver reads back.
 */
function blockedByPolicy(src: string): boolean {
  try {
    const url = new URL(src, document.baseURI).href;
    const observer = new ReportingObserver(() => {}, {types: ['csp-violation'], buffered: true});
    observer.observe();
    const reports = observer.takeRecords();
    observer.disconnect();
    return reports.some((report) => (report.body as {blockedURL?: string} | null)?.blockedURL === url);
  } catch {
    return false; // no ReportingObserver here (Firefox, Safari): the general message stands
  }
}

/**
 * The browser reports a refused cross-origin read exactly like a network failure; when the file is on another
 * site, say what that site must allow, since that is the likelier cause for whoever embeds the quiz.
 */
function requestFailed(src: string): string {
  let crossOrigin = false;
  try {
    crossOrigin = new URL(src, document.baseURI).origin !== location.origin;
  } catch {
    // Not a URL the page can resolve: the plain message fits.
  }
  return crossOrigin
    ? 'the network request failed. The file is on another site, which must be reachable and allow this page to read it (the header Access-Control-Allow-Origin). Check the address and your connection, then try again.'
    : 'the network request failed. Check the address and your connection, then try again.';
}

function failureMessage(name: string, error: unknown, otherwise: string): string {
  const timedOut = error instanceof DOMException && error.name === 'TimeoutError';
  return `Could not load ${name}: ${timedOut ? 'the server did not answer in time. Try again, or check the address.' : otherwise}`;
}
