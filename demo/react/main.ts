// The quiz in a React 19 app, without JSX. React 19 supports custom elements natively: props the element has
// as properties (src, mode) are set as properties, and `on` + an event's name listens to that event. No
// wrapper component, no ref juggling.
import {createElement as h, StrictMode, useState, type ReactElement} from 'react';
import {createRoot} from 'react-dom/client';
import type {QuizAnswerEvent, QuizCompleteEvent, QuizStartEvent} from '../../src/element/events.js';
import {answeredText, MODES, NOT_STARTED, onAnswer, onComplete, onStart, QUIZ_URL, runText, scoreText, type QuizMode, type QuizStatus} from '../shared/quiz-status.js';

function ModeChoice({mode, setMode}: {mode: QuizMode; setMode: (mode: QuizMode) => void}): ReactElement {
  return h(
    'fieldset',
    {className: 'framework-controls'},
    h('legend', null, 'Mode (React state)'),
    ...MODES.map(({value, label}) =>
      h(
        'label',
        {key: value},
        h('input', {type: 'radio', name: 'mode', value, checked: mode === value, onChange: () => setMode(value)}),
        ` ${label}`
      )
    )
  );
}

function QuizStatusView({mode, status}: {mode: QuizMode; status: QuizStatus}): ReactElement {
  const row = (term: string, key: string, text: string) => [h('dt', {key: `${key}-t`}, term), h('dd', {key, 'data-state': key}, text)];
  return h(
    'section',
    {className: 'framework-state', 'aria-labelledby': 'state-heading'},
    h('h2', {id: 'state-heading'}, 'What React knows'),
    h('p', {className: 'hint'}, 'Rendered by React from the quiz’s events.'),
    h('dl', null, ...row('Mode', 'mode', mode), ...row('Run', 'run', runText(status)), ...row('Answered', 'answered', answeredText(status)), ...row('Result', 'score', scoreText(status)))
  );
}

function App(): ReactElement {
  const [mode, setMode] = useState<QuizMode>('practice');
  const [status, setStatus] = useState<QuizStatus>(NOT_STARTED);
  return h(
    'div',
    {className: 'framework-app'},
    h(ModeChoice, {mode, setMode}),
    h('article-quiz', {
      src: QUIZ_URL,
      mode,
      'onquiz-start': (event: QuizStartEvent) => setStatus(onStart(event.detail)),
      'onquiz-answer': (event: QuizAnswerEvent) => setStatus((previous) => onAnswer(previous, event.detail)),
      'onquiz-complete': (event: QuizCompleteEvent) => setStatus((previous) => onComplete(previous, event.detail)),
    }),
    h(QuizStatusView, {mode, status})
  );
}

// Render once the element is defined, so React sets `src` and `mode` as properties, not as attributes.
const container = document.getElementById('app')!;
await customElements.whenDefined('article-quiz');
container.removeAttribute('aria-busy');
createRoot(container).render(h(StrictMode, null, h(App, null)));
