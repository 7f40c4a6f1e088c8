/** The SCORM runtime a learning platform puts in this window or an ancestor (SCORM 2004 preferred). */

/** The calls both SCORM versions share, under their own names. */
export interface ScormApi12 {
  LMSInitialize(arg: ''): string;
  LMSGetValue(name: string): string;
  LMSSetValue(name: string, value: string): string;
  LMSCommit(arg: ''): string;
  LMSFinish(arg: ''): string;
  LMSGetLastError(): string | number;
}

export interface ScormApi2004 {
  Initialize(arg: ''): string;
  GetValue(name: string): string;
  SetValue(name: string, value: string): string;
  Commit(arg: ''): string;
  Terminate(arg: ''): string;
  GetLastError(): string | number;
}

export type FoundApi = {version: '2004'; api: ScormApi2004} | {version: '1.2'; api: ScormApi12};

type ApiWindow = Window & {API?: ScormApi12; API_1484_11?: ScormApi2004};

/** Looks in this window, its parents (as the SCORM spec's search does, up to 7 levels) and its opener. */
export function findScormApi(start: Window = window): FoundApi | null {
  const look = (win: ApiWindow): FoundApi | null => {
    try {
      if (win.API_1484_11) return {version: '2004', api: win.API_1484_11};
      if (win.API) return {version: '1.2', api: win.API};
    } catch {
      // A cross-origin frame: not ours to read.
    }
    return null;
  };
  let win = start as ApiWindow;
  for (let depth = 0; depth < 8; depth++) {
    const found = look(win);
    if (found) return found;
    if (win.parent === win) break;
    win = win.parent as ApiWindow;
  }
  return start.opener ? look(start.opener as ApiWindow) : null;
}
