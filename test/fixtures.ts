/** Small, valid question files for tests; each test copies and breaks them as it needs. */
import type {QuizFile} from '../src/format/types.js';

export function makeQuiz(overrides: Partial<QuizFile> = {}): QuizFile {
  return {
    format: 'article-quiz',
    version: 1,
    id: 'test-quiz',
    article: {
      title: 'Bridge opens after storm',
      source: 'Test Gazette',
      published: '2024-05-17',
      precision: 'day',
      language: 'en',
      paragraphs: [
        'The bridge reopened on Friday, Mayor Ana Ruiz said.',
        'The storm travelled 30 kilometres inland, officials said.',
        '"We are ready," Ruiz said.',
      ],
    },
    questions: [
      {
        id: 'q-date',
        category: 'date',
        kind: 'single-choice',
        prompt: 'On which day did the bridge reopen?',
        choices: [
          {id: 'a', text: 'Thursday'},
          {id: 'b', text: 'Friday'},
          {id: 'c', text: 'Monday'},
        ],
        answer: 'b',
        explanation: 'The mayor said it reopened on Friday.',
        evidence: {paragraph: 0, start: 0, end: 51, highlight: {start: 23, end: 29}},
        points: 1,
      },
      {
        id: 'q-distance',
        category: 'distance',
        kind: 'numeric',
        prompt: 'How far inland did the storm travel?',
        answer: {value: 30, unit: 'kilometer', tolerance: 2},
        explanation: 'Officials said it travelled 30 kilometres inland.',
        evidence: {paragraph: 1, start: 0, end: 57, highlight: {start: 20, end: 33}},
        points: 2,
      },
      {
        id: 'q-quote',
        category: 'quote',
        kind: 'single-choice',
        prompt: 'Who said "We are ready"?',
        choices: [
          {id: 'a', text: 'Ana Ruiz'},
          {id: 'b', text: 'Officials'},
        ],
        answer: 'a',
        explanation: 'Mayor Ana Ruiz said it.',
        evidence: {paragraph: 2, start: 0, end: 26, highlight: {start: 0, end: 16}},
        points: 1,
      },
    ],
    ...overrides,
  };
}

/** A deep copy that a test may mutate freely. */
export function cloneJson<T>(value: T): T {
  return JSON.parse(JSON.stringify(value)) as T;
}

/** The fixture plus a timeline and a matching question. */
export function kindsQuiz(): QuizFile {
  const quiz = makeQuiz();
  const ev = (paragraph: number, end: number) => ({paragraph, start: 0, end});
  quiz.questions.push(
    {
      id: 'q-timeline',
      category: 'date',
      kind: 'timeline',
      prompt: 'Put these events in the order they happened.',
      items: [
        {id: 'storm', text: 'The storm travelled inland', when: 'Monday', evidence: ev(1, 57)},
        {id: 'ready', text: 'Ruiz said the city was ready', when: 'Wednesday', evidence: ev(2, 26)},
        {id: 'bridge', text: 'The bridge reopened', when: 'Friday', evidence: ev(0, 51)},
      ],
      explanation: 'The storm came first; the bridge reopened last, on Friday.',
      evidence: ev(1, 57),
      points: 3,
    },
    {
      id: 'q-matching',
      category: 'quote',
      kind: 'matching',
      prompt: 'Who said what?',
      pairs: [
        {id: 'p1', prompt: 'We are ready', answer: 'Ana Ruiz', evidence: ev(2, 26)},
        {id: 'p2', prompt: 'The storm travelled 30 kilometres inland', answer: 'Officials', evidence: ev(1, 57)},
      ],
      distractors: ['The Test Gazette'],
      explanation: 'Ruiz spoke for the city; officials described the storm.',
      evidence: ev(2, 26),
      points: 2,
    }
  );
  return quiz;
}

/** A quiz of other quantities: a speed in km/h, a temperature in °F (both numeric) and a weight to choose. */
export function measureQuiz(): QuizFile {
  return makeQuiz({
    id: 'measure-quiz',
    article: {
      title: 'Storm brings wind and heat',
      source: 'Test Gazette',
      published: '2024-07-02',
      precision: 'day',
      language: 'en',
      paragraphs: [
        'Gusts reached 120 kilometers per hour on the coast, forecasters said.',
        'Inland, the temperature climbed to 95 degrees Fahrenheit.',
        'A fallen oak weighed 2 tonnes, the council said.',
      ],
    },
    questions: [
      {
        id: 'm-speed',
        category: 'measure',
        kind: 'numeric',
        prompt: 'How fast were the strongest gusts on the coast?',
        answer: {value: 120, unit: 'kilometer per hour', tolerance: 5},
        explanation: 'Forecasters gave the gusts as 120 kilometers per hour.',
        evidence: {paragraph: 0, start: 0, end: 69, highlight: {start: 14, end: 37}},
        points: 1,
      },
      {
        id: 'm-heat',
        category: 'measure',
        kind: 'numeric',
        prompt: 'How hot did it get inland?',
        answer: {value: 95, unit: 'degree Fahrenheit', tolerance: 2},
        explanation: 'The temperature climbed to 95 degrees Fahrenheit.',
        evidence: {paragraph: 1, start: 0, end: 57, highlight: {start: 35, end: 56}},
        points: 1,
      },
      {
        id: 'm-oak',
        category: 'measure',
        kind: 'single-choice',
        prompt: 'How much did the fallen oak weigh?',
        choices: [
          {id: 'a', text: '2 tonnes'},
          {id: 'b', text: '20 tonnes'},
          {id: 'c', text: '200 kilograms'},
        ],
        answer: 'a',
        explanation: 'The council said the oak weighed 2 tonnes.',
        evidence: {paragraph: 2, start: 0, end: 48, highlight: {start: 21, end: 29}},
        points: 1,
      },
    ],
  });
}
