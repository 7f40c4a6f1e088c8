import type {MatchingQuestion} from '../format/types.js';

/** Every speaker a matching question offers, in alphabetical order so the list itself gives nothing away. */
export function speakerOptions(question: MatchingQuestion): string[] {
  return [...new Set([...question.pairs.map((p) => p.answer), ...(question.distractors ?? [])])].sort((a, b) => a.localeCompare(b));
}
