// The teacher page: settings → live preview → an embed snippet that works when pasted into another page.
const form = document.getElementById('settings');
const quizSelect = document.getElementById('quiz');
const preview = document.getElementById('preview');
const snippet = document.getElementById('snippet');
const status = document.getElementById('copy-status');
const bundleUrl = new URL('../dist/cdn/article-quiz.js', location.href).href;
const questionFiles = new Map();

const ATTRIBUTES = ['mode', 'show-answers', 'time-limit', 'pass-mark', 'count', 'seed'];

function settings() {
  const data = new FormData(form);
  const attributes = {};
  for (const name of ATTRIBUTES) {
    const value = String(data.get(name) ?? '').trim();
    if (value && !(name === 'mode' && value === 'practice')) attributes[name] = value;
  }
  const categories = data.getAll('categories');
  // All of them checked is the same as none: no attribute.
  if (categories.length && categories.length < form.querySelectorAll('[name="categories"]').length) attributes.categories = categories.join(',');
  return {quiz: String(data.get('quiz')), inline: data.get('inline') === 'on', attributes};
}

/** Escapes text for an HTML attribute value in double quotes. */
function attr(value) {
  return String(value).replace(/&/g, '&amp;').replace(/"/g, '&quot;').replace(/</g, '&lt;');
}

function buildSnippet({quiz, inline, attributes}) {
  const attrs = Object.entries(attributes).map(([name, value]) => ` ${name}="${attr(value)}"`).join('');
  const script = `<script type="module" src="${attr(bundleUrl)}"></script>`;
  if (!inline) return `${script}\n<article-quiz src="${attr(new URL(quiz, location.href).href)}"${attrs}></article-quiz>`;
  // "<" is escaped inside the JSON so no text in the quiz can close the script element early.
  const json = JSON.stringify(questionFiles.get(quiz) ?? {}).replace(/</g, '\\u003c');
  return `${script}\n<article-quiz${attrs}>\n<script type="application/json">${json}</script>\n</article-quiz>`;
}

function update() {
  const current = settings();
  let quiz = preview.querySelector('article-quiz');
  // A new element for another quiz; attribute changes on the same one.
  if (!quiz || quiz.dataset.file !== current.quiz) {
    quiz = document.createElement('article-quiz');
    quiz.dataset.file = current.quiz;
    quiz.setAttribute('teacher-tools', '');
    preview.replaceChildren(quiz);
  }
  for (const name of [...ATTRIBUTES, 'categories']) {
    if (name in current.attributes) quiz.setAttribute(name, current.attributes[name]);
    else quiz.removeAttribute(name);
  }
  if (quiz.getAttribute('src') !== current.quiz) quiz.setAttribute('src', current.quiz);
  snippet.value = buildSnippet(current);
}

async function copySnippet() {
  try {
    await navigator.clipboard.writeText(snippet.value);
    status.textContent = 'Copied. Paste it into your page or learning platform (as HTML).';
  } catch {
    snippet.select();
    status.textContent = 'Select all and copy the snippet (Ctrl+C or ⌘C): this browser did not allow copying from the page.';
  }
}

async function loadQuizList() {
  let entries = [];
  try {
    entries = await (await fetch('../questions/articles.json')).json();
  } catch {
    entries = [{output: 'kharkiv-strikes.json', title: 'Kharkiv strikes'}];
  }
  for (const entry of entries) {
    const file = `../questions/${entry.output}`;
    quizSelect.append(new Option(entry.title ?? entry.output, file));
    fetch(file)
      .then((response) => response.json())
      .then((data) => {
        questionFiles.set(file, data);
        update();
      })
      .catch(() => {});
  }
}

form.addEventListener('input', update);
form.addEventListener('change', update);
form.addEventListener('submit', (event) => event.preventDefault());
document.getElementById('new-seed').addEventListener('click', () => {
  document.getElementById('seed').value = Math.random().toString(36).slice(2, 8).toUpperCase();
  update();
});
document.getElementById('copy').addEventListener('click', copySnippet);
document.getElementById('print-worksheet').addEventListener('click', () => preview.querySelector('article-quiz')?.printWorksheet());
document.getElementById('print-key').addEventListener('click', () => preview.querySelector('article-quiz')?.printAnswerKey());

await loadQuizList();
update();
