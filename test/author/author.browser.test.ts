/**
 * demo/author.html's page, in Chromium: a user pastes a real corpus article, enters its date apart, makes the
 * quiz, and reads the facts, the questions, the preview; downloads the question file, copies the snippet,
 * exports GIFT. Every way the input can be unusable is explained in the alert region.
 */
import {expect, fixture, html, waitUntil} from '@open-wc/testing';
import {afterEach, beforeAll, describe, it} from 'vitest';
import {linkAuthorStyles} from './page-styles.js';
import '../../src/element/article-quiz.js';
import {mountAuthorPage, type AuthorPageOptions} from '../../src/author/author-page.js';
import type {QuizFile} from '../../src/format/types.js';
import {validateQuizFile} from '../../src/format/validate.js';
import {ArticleError, generateQuiz} from '../../src/generator/quiz.js';
import {quizToGift} from '../../src/export/gift.js';
import {captureDownloads as captureFiles} from '../downloads.js';

const ARTICLE = '19-voa-le-mexico-earthquake';

interface Gold {
  dates: {text: string; value: string | null}[];
  measures: {text: string; unit: string}[];
  quotes: {speaker: string; direct: boolean}[];
}

/** The article as a reader would copy it: without the corpus file's " date 2017-09" line. */
async function pastedArticle(): Promise<{text: string; published: string}> {
  const file = await (await fetch(`/test/corpus/articles/${ARTICLE}.txt`)).text();
  const [first, ...rest] = file.split('\n');
  return {text: rest.join('\n'), published: /date (\S+)/.exec(first!)![1]!};
}

/** Files the page hands to the browser to save, and the text it puts on the clipboard. */
const saved: {name: string; blob: Blob}[] = [];
let clipboard: string | null = null;
const restore: (() => void)[] = [];

function captureDownloads(): void {
  const release = captureFiles((name, blob) => saved.push({name, blob}));
  const writeText = navigator.clipboard.writeText;
  navigator.clipboard.writeText = async (text: string) => {
    clipboard = text;
  };
  restore.push(() => {
    release();
    navigator.clipboard.writeText = writeText;
  });
}

beforeAll(linkAuthorStyles);

afterEach(() => {
  restore.splice(0).forEach((undo) => undo());
  saved.length = 0;
  clipboard = null;
});

async function mount(options: AuthorPageOptions = {}) {
  const root = await fixture<HTMLElement>(html`<main></main>`);
  const page = mountAuthorPage(root, {bundleUrl: 'https://cdn.example.org/article-quiz.js', ...options});
  /** The control a label names, as a user finds it. */
  const field = <T extends HTMLElement>(label: string): T => {
    const found = [...root.querySelectorAll('label')].find((l) => l.textContent!.trim().startsWith(label));
    if (!found) throw new Error(`No field labelled "${label}"`);
    return (found.control ?? root.querySelector(`#${found.htmlFor}`)) as T;
  };
  const button = (name: string) => {
    const found = [...root.querySelectorAll('button')].find((b) => b.textContent!.trim() === name);
    if (!found) throw new Error(`No button "${name}"`);
    return found;
  };
  const type = (label: string, value: string) => {
    const input = field<HTMLInputElement | HTMLTextAreaElement>(label);
    input.value = value;
    input.dispatchEvent(new Event('input', {bubbles: true}));
  };
  const click = async (name: string) => {
    button(name).click();
    await page.settled();
  };
  const alert = () => root.querySelector('[role="alert"]')!.textContent!.trim();
  const status = () => root.querySelector('#a-status')!.textContent!.trim();
  /** A table's column, by the table's heading and the column's header. */
  const column = (heading: RegExp, header: string): string[] => {
    const h = [...root.querySelectorAll('h3')].find((x) => heading.test(x.textContent!));
    const table = root.querySelector<HTMLTableElement>(`table[aria-labelledby="${h!.id}"]`)!;
    const index = [...table.tHead!.rows[0]!.cells].findIndex((c) => c.textContent!.trim() === header);
    expect(index, header).to.be.greaterThan(-1);
    return [...table.tBodies[0]!.rows].map((r) => r.cells[index]!.textContent!.trim());
  };
  return {root, field, button, type, click, alert, status, column};
}

type Page = Awaited<ReturnType<typeof mount>>;

async function makeFromArticle(p: Page): Promise<void> {
  const {text, published} = await pastedArticle();
  expect(published).to.equal('2017-09');
  p.type('Article text', text);
  // The date picker needs a day: the user picks one in September 2017 and says only the month is known.
  p.type('Date published', '2017-09-19');
  p.field<HTMLInputElement>('Month only').click();
  await p.click('Make the quiz');
}

describe('demo/author.html: a quiz from a pasted article', () => {
  it('shows the facts, the questions and a preview of the quiz it made', async () => {
    captureDownloads();
    const p = await mount();
    await makeFromArticle(p);
    const gold = (await (await fetch(`/test/corpus/gold/${ARTICLE}.json`)).json()) as Gold;

    expect(p.alert()).to.equal('');
    // Facts, as text in tables: the earthquake's magnitude, the speakers quoted in the gold file.
    const measures = p.column(/^Distances and other measures/, 'Words in the article');
    for (const m of gold.measures.filter((x) => x.unit === 'magnitude')) expect(measures).to.include(m.text);
    expect(p.column(/^Distances and other measures/, 'Unit')[measures.indexOf('magnitude of 7.1')]).to.equal('magnitude');
    expect(p.column(/^Distances and other measures/, 'Value')[measures.indexOf('magnitude of 7.1')]).to.equal('7.1');
    const speakers = p.column(/^Quotes/, 'Speaker');
    const how = p.column(/^Quotes/, 'How');
    for (const q of gold.quotes.filter((x) => x.direct)) {
      expect(speakers, q.speaker).to.include(q.speaker);
      expect(how[speakers.lastIndexOf(q.speaker)]).to.equal('Quoted');
    }
    const dates = p.column(/^Dates/, 'Words in the article');
    expect(p.column(/^Dates/, 'Date')[dates.indexOf('1985')]).to.equal('1985');
    expect(p.root.textContent).to.contain('Published September 2017.');

    // The question file it offers is valid and holds the questions listed and previewed.
    await p.click('Download the question file');
    expect(saved).to.have.length(1);
    expect(saved[0]!.name).to.match(/^the-earthquake-that-struck-near-mexico-2017-09\.json$/);
    expect(saved[0]!.blob.type).to.contain('application/json');
    const checked = validateQuizFile(JSON.parse(await saved[0]!.blob.text()));
    expect(checked.ok, JSON.stringify(checked.ok || checked.issues)).to.equal(true);
    const quiz = (checked as {quiz: QuizFile}).quiz;
    const n = quiz.questions.length;
    expect(n).to.be.greaterThan(3);
    expect(quiz.article.published).to.equal('2017-09');
    expect(quiz.article.source).to.equal('Unknown source');
    const facts = dates.length + measures.length + speakers.length;
    expect(p.status()).to.equal(`Made ${n} questions from ${facts} facts.`);
    expect(p.root.querySelector('#a-action-status')!.textContent).to.contain('Downloaded the question file');
    // Every question in the editor, each with its prompt to edit and its evidence.
    const editor = p.root.querySelector('article-quiz-editor')!;
    await editor.updateComplete;
    const questions = [...editor.shadowRoot!.querySelectorAll('fieldset')];
    expect(questions).to.have.length(n);
    expect(questions[0]!.querySelector('textarea')!.value).to.equal(quiz.questions[0]!.prompt);
    expect(questions[0]!.querySelector('.evidence mark')!.textContent!.length).to.be.greaterThan(0);

    const preview = p.root.querySelector('article-quiz')!;
    await waitUntil(() => preview.shadowRoot?.querySelector('[part="title"]'), 'the preview shows its start screen');
    const start = (preview.shadowRoot!.querySelector('.base') as HTMLElement).innerText;
    expect(start).to.contain(quiz.article.title);
    expect(start).to.contain(`${n} questions about dates, distances and who said what`);
    expect([...preview.shadowRoot!.querySelectorAll('button')].map((b) => b.textContent!.trim())).to.include('Start quiz');

    await expect(p.root).to.be.accessible();
  });

  it('copies an embed snippet with the questions inside, and exports GIFT with its report', async () => {
    captureDownloads();
    const p = await mount();
    await makeFromArticle(p);
    await p.click('Download the question file');
    const quiz = JSON.parse(await saved[0]!.blob.text()) as QuizFile;

    await p.click('Copy the embed snippet');
    expect(clipboard).to.equal(p.field<HTMLTextAreaElement>('Embed snippet').value);
    expect(clipboard!.split('\n')[0]).to.equal('<script type="module" src="https://cdn.example.org/article-quiz.js"></script>');
    const json = /<script type="application\/json">(.*)<\/script>\n<\/article-quiz>$/s.exec(clipboard!)![1]!;
    expect(json).not.to.contain('<');
    expect(JSON.parse(json)).to.deep.equal(quiz);
    expect(p.root.querySelector('#a-action-status')!.textContent).to.contain('Copied the embed snippet');

    await p.click('Export GIFT (Moodle)');
    expect(saved).to.have.length(2);
    expect(saved[1]!.name).to.equal(`${quiz.id}.gift.txt`);
    const gift = await saved[1]!.blob.text();
    const expected = quizToGift(quiz);
    expect(gift).to.equal(expected.output);
    expect(gift).to.contain('{');
    const report = p.root.querySelector('#a-gift-report')!;
    expect(report.textContent).to.contain(`${quiz.id}.gift.txt: ${expected.report.exported.length} questions exported.`);
    const items = [...report.querySelectorAll('li')].map((li) => li.textContent!);
    expect(items).to.have.length(expected.report.simplified.length + expected.report.omitted.length);
    for (const s of [...expected.report.simplified, ...expected.report.omitted]) {
      expect(items.some((i) => i.includes(s.why) && i.includes(quiz.questions.find((q) => q.id === s.id)!.prompt)), s.id).to.equal(true);
    }
    await expect(p.root).to.be.accessible();
  });

  it("uses the text's own date line and the title and source given", async () => {
    captureDownloads();
    const p = await mount();
    p.type('Article text', ' date 2017-09-20\nThe talks ended in 1999, officials said on Tuesday.\n\nThe two sides had met 40 kilometers from the border.');
    p.type('Title', 'Talks end');
    p.type('Source', 'The Daily Example');
    await p.click('Make the quiz');
    expect(p.alert()).to.equal('');
    expect(p.root.textContent).to.contain('Published 20 September 2017, from the first line of the text.');
    await p.click('Download the question file');
    const quiz = JSON.parse(await saved[0]!.blob.text()) as QuizFile;
    expect(quiz.article).to.include({title: 'Talks end', source: 'The Daily Example', published: '2017-09-20', precision: 'day'});
  });
});

describe('demo/author.html explains what it cannot do', () => {
  const resultsShown = (p: Page) => p.root.querySelectorAll('section.results').length;

  it('asks for the text, then for the date, marking the field', async () => {
    const p = await mount();
    await p.click('Make the quiz');
    expect(p.alert()).to.equal("Paste the article's text first.");
    expect(p.field('Article text').getAttribute('aria-invalid')).to.equal('true');
    expect(p.field('Article text').getAttribute('aria-describedby')).to.contain('a-error');

    p.type('Article text', 'The quake struck on Tuesday, officials said.');
    await p.click('Make the quiz');
    expect(p.alert()).to.contain('Enter the date the article was published');
    expect(p.field('Article text').getAttribute('aria-invalid')).to.equal('false');
    expect(p.field('Date published').getAttribute('aria-invalid')).to.equal('true');
    expect(resultsShown(p)).to.equal(0);
    await expect(p.root).to.be.accessible();
  });

  it('refuses a date that is not one', async () => {
    const p = await mount();
    // The date picker cannot hold an impossible date; a pasted first line can.
    p.type('Article text', ' date 2017-13\nThe quake struck on Tuesday.');
    await p.click('Make the quiz');
    expect(p.alert()).to.contain('The first line of the text, “date 2017-13”, is not a real date.');
    expect(resultsShown(p)).to.equal(0);
  });

  it('refuses text over 5 MB', async () => {
    const p = await mount();
    p.type('Article text', 'The quake struck on Tuesday. '.repeat(190_000));
    p.type('Date published', '2017-09-20');
    await p.click('Make the quiz');
    // 29 bytes × 190,000 = 5.3 MiB.
    expect(p.alert()).to.equal('The text is 5.3 MB, over the 5 MB limit. Paste one article at a time.');
  });

  it('says when nothing in the text can make a question, and shows nothing else', async () => {
    captureDownloads();
    const p = await mount();
    await makeFromArticle(p);
    expect(resultsShown(p)).to.be.greaterThan(0);
    // A new text replaces the quiz that was there: no stale facts, preview or downloads.
    p.type('Article text', 'The cat sat on the mat.\n\nIt was warm and quiet.');
    await p.click('Make the quiz');
    expect(p.alert()).to.equal(
      'No dates, distances or quotes were found in this text, so no questions can be made from it. Try a news article that says when things happened, how far, or who said what.'
    );
    expect(p.status()).to.equal('');
    expect(resultsShown(p)).to.equal(0);
    expect(p.root.querySelector('article-quiz')).to.equal(null);
    await expect(p.root).to.be.accessible();
  });

  it('shows the facts but no preview when none makes a good enough question; the teacher can add one', async () => {
    captureDownloads();
    const p = await mount();
    p.type('Article text', 'The bridge is 5 miles long.');
    p.type('Date published', '2017-09-20');
    await p.click('Make the quiz');
    expect(p.alert()).to.contain('Found 1 fact, but none made a good enough question');
    expect(p.column(/^Distances and other measures/, 'Words in the article')).to.deep.equal(['5 miles']);
    const notes = p.root.querySelector('details')!;
    expect(notes.open).to.equal(true);
    expect(notes.textContent).to.contain('too little context around the distance');
    expect(notes.textContent).not.to.contain('--verbose');
    expect(p.root.querySelector('article-quiz')).to.equal(null);
    // Nothing to download yet, but a question can be added from the fact.
    await p.click('Download the question file');
    expect(saved).to.have.length(0);
    expect(p.root.querySelector('#a-action-status')!.textContent).to.equal('The quiz has no questions: restore one, or add one with a fact’s “Add question”.');
    await p.click('Add question');
    expect(p.alert()).to.equal('');
    await p.click('Download the question file');
    const quiz = JSON.parse(await saved[0]!.blob.text()) as QuizFile;
    expect(validateQuizFile(quiz).ok).to.equal(true);
    expect(quiz.questions).to.have.length(1);
    expect(quiz.questions[0]).to.deep.include({kind: 'numeric', category: 'distance', answer: {value: 5, unit: 'mile', tolerance: 0.25}});
    const preview = p.root.querySelector('article-quiz')!;
    await waitUntil(() => preview.shadowRoot?.querySelector('[part="title"]'), 'the preview shows the added question');
    await expect(p.root).to.be.accessible();
  });

  it("explains the generator's errors instead of throwing them", async () => {
    const p = await mount({
      generate: () => {
        throw new ArticleError('no article text after the dateline');
      },
    });
    p.type('Article text', 'The talks ended in 1999.');
    p.type('Date published', '2017-09-20');
    await p.click('Make the quiz');
    expect(p.alert()).to.equal('No quiz can be made from this text: no article text after the dateline.');
    expect(p.root.querySelectorAll('section.results')).to.have.length(0);
  });

  it('explains an unexpected failure of the generator too', async () => {
    const broken = await mount({
      generate: () => {
        throw new TypeError('x is undefined');
      },
    });
    broken.type('Article text', 'The talks ended in 1999.');
    broken.type('Date published', '2017-09-20');
    await broken.click('Make the quiz');
    expect(broken.alert()).to.contain('Something went wrong while making the quiz (x is undefined).');
  });

  it('Cancel stops making the quiz and leaves the text as it was', async () => {
    const p = await mount();
    const {text} = await pastedArticle();
    // About 1.5 MB: long enough to be still making the quiz when Cancel is pressed.
    const large = Array(400).fill(text.trim()).join('\n\n');
    p.type('Article text', large);
    p.type('Date published', '2017-09-19');
    p.button('Make the quiz').click();
    expect(p.status()).to.equal('Making the quiz…');
    const cancel = p.button('Cancel');
    cancel.focus();
    await p.click('Cancel');
    expect(p.status()).to.equal('Cancelled. The text is as you left it.');
    expect(p.field<HTMLTextAreaElement>('Article text').value).to.equal(large);
    expect(p.alert()).to.equal('');
    expect(p.root.querySelectorAll('section.results')).to.have.length(0);
    expect([...p.root.querySelectorAll('button')].map((b) => b.textContent!.trim())).to.deep.equal(['Make the quiz']);
    // Focus does not fall to the page when Cancel goes.
    expect(document.activeElement).to.equal(p.button('Make the quiz'));
    await expect(p.root).to.be.accessible();

    // And the next run makes its quiz.
    p.type('Article text', text);
    await p.click('Make the quiz');
    expect(p.status()).to.match(/^Made \d+ questions from \d+ facts\.$/);
  });

  it('the last "Make the quiz" wins: one still running is dropped', async () => {
    const made: string[] = [];
    const p = await mount({
      generate: (text, options) => {
        made.push(text);
        return generateQuiz(text, options);
      },
    });
    p.type('Article text', 'The bridge is 5 miles long.');
    p.type('Date published', '2017-09-20');
    p.button('Make the quiz').click();
    p.type('Article text', 'The talks ended in 1999, officials said on Tuesday.');
    await p.click('Make the quiz');
    expect(made).to.have.length(1);
    expect(made[0]).to.contain('The talks ended in 1999');
    expect(p.column(/^Dates/, 'Words in the article')).to.include('1999');
    expect(p.root.textContent).not.to.contain('5 miles');
  });

  it('works from the keyboard: Ctrl+Enter in the text makes the quiz, the button keeps focus', async () => {
    const p = await mount();
    p.type('Article text', 'The talks ended in 1999, officials said on Tuesday.');
    p.type('Date published', '2017-09-20');
    const text = p.field<HTMLTextAreaElement>('Article text');
    text.focus();
    text.dispatchEvent(new KeyboardEvent('keydown', {key: 'Enter', ctrlKey: true, bubbles: true}));
    await waitUntil(() => p.status().startsWith('Made '), 'Ctrl+Enter made the quiz');
    expect(p.status()).to.match(/^Made \d+ questions? from \d+ facts?\.$/);
    p.button('Make the quiz').focus();
    await p.click('Make the quiz');
    expect(document.activeElement).to.equal(p.button('Make the quiz'));
  });
});
