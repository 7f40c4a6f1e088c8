// The quiz in a Vue 3 app, with render functions (the runtime-only build: no template compiler, so no
// `isCustomElement` option). Vue sets props the element has as properties (src, mode), and `onQuizStart`
// listens to `quiz-start`.
import {createApp, defineComponent, h, ref, type PropType} from 'vue';
import type {QuizAnswerEvent, QuizCompleteEvent, QuizStartEvent} from '../../src/element/events.js';
import {answeredText, MODES, NOT_STARTED, onAnswer, onComplete, onStart, QUIZ_URL, runText, scoreText, type QuizMode, type QuizStatus} from '../shared/quiz-status.js';

const ModeChoice = defineComponent({
  props: {mode: {type: String as PropType<QuizMode>, required: true}},
  emits: {change: (mode: QuizMode) => MODES.some((m) => m.value === mode)},
  setup(props, {emit}) {
    return () =>
      h('fieldset', {class: 'framework-controls'}, [
        h('legend', 'Mode (Vue state)'),
        ...MODES.map(({value, label}) =>
          h('label', {key: value}, [h('input', {type: 'radio', name: 'mode', value, checked: props.mode === value, onChange: () => emit('change', value)}), ` ${label}`])
        ),
      ]);
  },
});

const QuizStatusView = defineComponent({
  props: {
    mode: {type: String as PropType<QuizMode>, required: true},
    status: {type: Object as PropType<QuizStatus>, required: true},
  },
  setup(props) {
    const row = (term: string, key: string, text: string) => [h('dt', term), h('dd', {'data-state': key}, text)];
    return () =>
      h('section', {class: 'framework-state', 'aria-labelledby': 'state-heading'}, [
        h('h2', {id: 'state-heading'}, 'What Vue knows'),
        h('p', {class: 'hint'}, 'Rendered by Vue from the quiz’s events.'),
        h('dl', [
          ...row('Mode', 'mode', props.mode),
          ...row('Run', 'run', runText(props.status)),
          ...row('Answered', 'answered', answeredText(props.status)),
          ...row('Result', 'score', scoreText(props.status)),
        ]),
      ]);
  },
});

const App = defineComponent({
  setup() {
    const mode = ref<QuizMode>('practice');
    const status = ref<QuizStatus>(NOT_STARTED);
    return () =>
      h('div', {class: 'framework-app'}, [
        h(ModeChoice, {mode: mode.value, onChange: (value: QuizMode) => (mode.value = value)}),
        h('article-quiz', {
          src: QUIZ_URL,
          mode: mode.value,
          onQuizStart: (event: QuizStartEvent) => (status.value = onStart(event.detail)),
          onQuizAnswer: (event: QuizAnswerEvent) => (status.value = onAnswer(status.value, event.detail)),
          onQuizComplete: (event: QuizCompleteEvent) => (status.value = onComplete(status.value, event.detail)),
        }),
        h(QuizStatusView, {mode: mode.value, status: status.value}),
      ]);
  },
});

// Mount once the element is defined, so Vue sets `src` and `mode` as properties, not as attributes.
const container = document.getElementById('app')!;
await customElements.whenDefined('article-quiz');
container.removeAttribute('aria-busy');
createApp(App).mount(container);
