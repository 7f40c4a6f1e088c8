/**
 * scorm-again playing the learning platform, wrapped so tests can also check what it lets through: calls
 * after finishing, suspend data over the 1.2 limit, identifiers with spaces, and every value it refused.
 */
import * as scorm12 from 'scorm-again/scorm12';
import * as scorm2004 from 'scorm-again/scorm2004';
import type {FoundApi, ScormApi12, ScormApi2004} from '../../src/lms/find-api.js';

// Its type declarations say default export; its ES modules export the classes by name. Take whichever is there.
type Api12 = typeof scorm12.default;
type Api2004 = typeof scorm2004.default;
const Scorm12API = ((scorm12 as unknown as {Scorm12API?: Api12}).Scorm12API ?? scorm12.default) as Api12;
const Scorm2004API = ((scorm2004 as unknown as {Scorm2004API?: Api2004}).Scorm2004API ?? scorm2004.default) as Api2004;

export interface PlatformLog {
  calls: string[];
  afterFinish: string[];
  refused: string[];
  values: Map<string, string>;
}

export function makePlatform(version: '1.2' | '2004', saved?: {entry: 'resume'; suspend_data: string}): {found: FoundApi; log: PlatformLog; raw: InstanceType<Api12> | InstanceType<Api2004>} {
  const log: PlatformLog = {calls: [], afterFinish: [], refused: [], values: new Map()};
  let finished = false;
  const raw = version === '1.2' ? new Scorm12API({logLevel: 5}) : new Scorm2004API({logLevel: 5});
  if (saved) raw.loadFromJSON(version === '1.2' ? {core: {entry: saved.entry}, suspend_data: saved.suspend_data} : saved);
  const target = raw as unknown as Record<string, (...args: string[]) => string>;
  const wrap = (name: string) => (...args: string[]) => {
    log.calls.push(`${name}(${args.join(', ')})`);
    if (finished) log.afterFinish.push(name);
    const result = target[name]!.apply(raw, args);
    if (/SetValue$/.test(name)) {
      log.values.set(args[0]!, args[1]!);
      const error = String(version === '1.2' ? target.LMSGetLastError!.call(raw) : target.GetLastError!.call(raw));
      if (result !== 'true' || error !== '0') log.refused.push(`${args[0]}=${args[1]} (error ${error})`);
    }
    if (name === 'LMSFinish' || name === 'Terminate') finished = true;
    return result;
  };
  const names = version === '1.2'
    ? ['LMSInitialize', 'LMSGetValue', 'LMSSetValue', 'LMSCommit', 'LMSFinish', 'LMSGetLastError']
    : ['Initialize', 'GetValue', 'SetValue', 'Commit', 'Terminate', 'GetLastError'];
  const api = Object.fromEntries(names.map((n) => [n, wrap(n)]));
  const found = version === '1.2' ? {version, api: api as unknown as ScormApi12} : {version, api: api as unknown as ScormApi2004};
  return {found: found as FoundApi, log, raw};
}
