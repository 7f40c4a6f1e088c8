// Host-page script for the demos: prints the article from the question file and logs the quiz's events.
export async function showArticle(url, container) {
  try {
    const file = await (await fetch(url)).json();
    for (const text of file.article.paragraphs) {
      const p = document.createElement('p');
      p.textContent = text;
      container.append(p);
    }
  } catch {
    container.textContent = 'The article text could not be loaded.';
  }
}

export function logEvents(element, log) {
  for (const type of ['quiz-start', 'quiz-answer', 'quiz-complete', 'quiz-error']) {
    element.addEventListener(type, (event) => {
      const line = document.createElement('div');
      line.textContent = `${type} ${JSON.stringify(event.detail)}`;
      log.prepend(line);
    });
  }
}
