import type {QuizFile} from '../format/types.js';

/** The article's date as precise as the file says ("May 2024", "17 May 2024"), in the article's language. */
export function formatPublished(quiz: QuizFile): string {
  const {published, precision} = quiz.article;
  const [year, month = 1, day = 1] = published.split('-').map(Number);
  const date = new Date(Date.UTC(year!, month - 1, day));
  const options: Intl.DateTimeFormatOptions =
    precision === 'year' ? {year: 'numeric'} : precision === 'month' ? {year: 'numeric', month: 'long'} : {dateStyle: 'long'};
  try {
    return new Intl.DateTimeFormat(quiz.article.language, {...options, timeZone: 'UTC'}).format(date);
  } catch {
    // An unknown language tag in the file must not break the quiz: fall back to the raw ISO date.
    return published;
  }
}
