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
