// demo/test-mode.html's own script: the quiz's events in a log.
import {logEvents} from './demo.js';

logEvents(document.querySelector('article-quiz'), document.getElementById('log'));
