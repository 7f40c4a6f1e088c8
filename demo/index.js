// demo/index.html's own script: the article text from the question file, and the quiz's events in a log.
import {logEvents, showArticle} from './demo.js';

showArticle('../questions/kharkiv-strikes.json', document.getElementById('article-body'));
logEvents(document.querySelector('article-quiz'), document.getElementById('log'));
