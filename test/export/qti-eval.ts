/**
 * A small QTI 2.1 response-processing interpreter for the expressions our items use, so tests can score
 * answers with the exported XML itself and compare with the element's own scoring. Follows the spec's rules
 * for NULL (any NULL operand makes match/member/equal/index NULL; a NULL condition is false).
 */
import {child, elements, findAll, textOf, type XmlElement} from './helpers.js';

type Value = null | number | string | string[];

interface Item {
  responses: Map<string, {cardinality: string; baseType: string; correct: Value; mapping?: XmlElement}>;
  outcomes: Map<string, Value>;
}

function typed(baseType: string, text: string): number | string {
  return baseType === 'float' || baseType === 'integer' ? Number(text) : text.trim().replace(/\s+/g, ' ');
}

function declared(cardinality: string, baseType: string, container?: XmlElement): Value {
  if (!container) return null;
  const values = elements(container).map((v) => typed(baseType, textOf(v)));
  return cardinality === 'single' ? (values[0] ?? null) : (values as string[]);
}

function load(item: XmlElement): Item {
  const responses: Item['responses'] = new Map();
  for (const d of findAll(item, 'responseDeclaration')) {
    const {identifier, cardinality, baseType} = d.attrs as Record<string, string>;
    responses.set(identifier!, {cardinality: cardinality!, baseType: baseType!, correct: declared(cardinality!, baseType!, child(d, 'correctResponse')), mapping: child(d, 'mapping')});
  }
  const outcomes = new Map<string, Value>();
  for (const d of findAll(item, 'outcomeDeclaration')) {
    const {identifier, cardinality, baseType} = d.attrs as Record<string, string>;
    outcomes.set(identifier!, declared(cardinality!, baseType!, child(d, 'defaultValue')));
  }
  return {responses, outcomes};
}

const isNull = (v: Value) => v === null || (Array.isArray(v) && v.length === 0);

function mapResponse(mapping: XmlElement, value: Value): number {
  const map = new Map(elements(mapping).map((e) => [e.attrs.mapKey!.trim().replace(/\s+/g, ' '), Number(e.attrs.mappedValue)]));
  const dflt = Number(mapping.attrs.defaultValue ?? 0);
  const keys = Array.isArray(value) ? [...new Set(value)] : value === null ? [] : [String(value)];
  let sum = keys.reduce((s, k) => s + (map.get(k) ?? dflt), 0);
  if (mapping.attrs.lowerBound !== undefined) sum = Math.max(sum, Number(mapping.attrs.lowerBound));
  if (mapping.attrs.upperBound !== undefined) sum = Math.min(sum, Number(mapping.attrs.upperBound));
  return sum;
}

function evaluate(e: XmlElement, item: Item, vars: Map<string, Value>): Value {
  const args = () => elements(e).map((c) => evaluate(c, item, vars));
  switch (e.name) {
    case 'baseValue':
      return typed(e.attrs.baseType!, textOf(e));
    case 'variable':
      return vars.get(e.attrs.identifier!) ?? null;
    case 'correct':
      return item.responses.get(e.attrs.identifier!)!.correct;
    case 'isNull':
      return isNull(args()[0]!) ? 1 : 0;
    case 'mapResponse':
      return mapResponse(item.responses.get(e.attrs.identifier!)!.mapping!, vars.get(e.attrs.identifier!) ?? null);
    case 'index': {
      const [c] = args();
      return Array.isArray(c) ? (c[Number(e.attrs.n) - 1] ?? null) : null;
    }
    case 'multiple':
      return args().flatMap((v) => (v === null ? [] : Array.isArray(v) ? v : [String(v)]));
    case 'match': {
      const [a, b] = args();
      return isNull(a!) || isNull(b!) ? null : JSON.stringify(a) === JSON.stringify(b) ? 1 : 0;
    }
    case 'member': {
      const [a, c] = args();
      return isNull(a!) || isNull(c!) ? null : (c as string[]).includes(a as string) ? 1 : 0;
    }
    case 'and':
    case 'or': {
      const vs = args();
      if (e.name === 'and' && vs.some((v) => v === 0)) return 0;
      if (e.name === 'or' && vs.some((v) => v === 1)) return 1;
      return vs.some((v) => v === null) ? null : e.name === 'and' ? 1 : 0;
    }
    case 'sum':
    case 'product': {
      const vs = args();
      if (vs.some(isNull)) return null;
      return (vs as number[]).reduce((s, v) => (e.name === 'sum' ? s + v : s * v), e.name === 'sum' ? 0 : 1);
    }
    case 'divide': {
      const [a, b] = args() as number[];
      return b === 0 || a === undefined || b === undefined ? null : a / b;
    }
    case 'equal': {
      const [a, b] = args() as (number | null)[];
      if (a === null || b === null || a === undefined || b === undefined) return null;
      if (e.attrs.toleranceMode === 'exact') return a === b ? 1 : 0;
      const [lo, hi = lo] = e.attrs.tolerance!.split(/\s+/).map(Number) as [number, number?];
      return a >= b - lo && a <= b + hi! ? 1 : 0;
    }
    default:
      throw new Error(`qti-eval: no support for <${e.name}>`);
  }
}

function run(rules: XmlElement[], item: Item, vars: Map<string, Value>): void {
  for (const rule of rules) {
    if (rule.name === 'setOutcomeValue') {
      vars.set(rule.attrs.identifier!, evaluate(elements(rule)[0]!, item, vars));
    } else if (rule.name === 'responseCondition') {
      for (const branch of elements(rule)) {
        const [condition, ...body] = elements(branch);
        if (branch.name === 'responseElse') {
          run(elements(branch), item, vars);
          break;
        }
        if (evaluate(condition!, item, vars) === 1) {
          run(body, item, vars);
          break;
        }
      }
    } else {
      throw new Error(`qti-eval: no support for <${rule.name}>`);
    }
  }
}

/** Runs an item's responseProcessing for one response value; returns the outcomes. */
export function scoreItem(item: XmlElement, response: Value): Map<string, Value> {
  const loaded = load(item);
  const processing = child(item, 'responseProcessing');
  if (!processing || processing.attrs.template) throw new Error('qti-eval: needs written-out responseProcessing');
  const vars = new Map<string, Value>([...loaded.outcomes, ['RESPONSE', response]]);
  run(elements(processing), loaded, vars);
  return vars;
}

export function correctResponse(item: XmlElement): Value {
  return load(item).responses.get('RESPONSE')!.correct;
}
