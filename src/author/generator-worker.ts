// The authoring page's module worker: the generator off the main thread, so a large text does not freeze the
// page and Cancel can stop it (by terminating this worker). One request in, one reply out; makeQuiz never throws.
import {makeQuiz, type MakeReply, type MakeRequest} from './make.js';

// The project's types know the window only; a dedicated worker's scope has these two.
const scope = self as unknown as {
  onmessage: ((event: MessageEvent<MakeRequest>) => void) | null;
  postMessage(reply: MakeReply): void;
};

scope.onmessage = (event) => scope.postMessage(makeQuiz(event.data));
