import {parseQuizText, type ParseResult} from '../format/parse.js';

/** Fetches and checks a question file. Never throws: every failure becomes a message (and says if retrying can help). */
export async function loadQuiz(src: string, signal: AbortSignal): Promise<ParseResult & {retryable?: boolean}> {
  const name = `"${src}"`;
  let response: Response;
  try {
    response = await fetch(src, {signal, headers: {Accept: 'application/json'}});
  } catch (error) {
    if (signal.aborted) throw error;
    return {
      ok: false,
      retryable: true,
      message: `Could not reach ${name}: the network request failed. Check the address and your connection, then try again.`,
      issues: [],
    };
  }
  if (!response.ok) {
    const status = `${response.status}${response.statusText ? ` ${response.statusText}` : ''}`;
    const hint = response.status === 404 ? ' Check the src address.' : '';
    return {
      ok: false,
      retryable: response.status >= 500 || response.status === 408 || response.status === 429,
      message: `Could not load ${name}: the server answered ${status}.${hint}`,
      issues: [],
    };
  }
  let text: string;
  try {
    text = await response.text();
  } catch (error) {
    if (signal.aborted) throw error;
    return {ok: false, retryable: true, message: `Could not read ${name}: the download was interrupted.`, issues: []};
  }
  return parseQuizText(text, name);
}
