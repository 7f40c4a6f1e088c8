// Units of measure: surface forms (longest first) -> singular English name and category.

export type MeasureCategory =
  | 'distance' | 'area' | 'speed' | 'duration' | 'weight' | 'temperature' | 'magnitude' | 'volume' | 'flow'
  | 'power' | 'angle' | 'frequency' | 'energy' | 'loudness' | 'rate';

export interface UnitDef {
  forms: string[];
  unit: string;
  category: MeasureCategory;
  /** Forms that only count when glued to the number ("2km", "40C"), case-sensitive. */
  glued?: string[];
}

export const UNITS: UnitDef[] = [
  { forms: ['square nautical miles', 'square nautical mile'], unit: 'square nautical mile', category: 'area' },
  { forms: ['square kilometers', 'square kilometres', 'square kilometer', 'square kilometre', 'sq km', 'sq. km', 'km2', 'km²'], unit: 'square kilometer', category: 'area' },
  { forms: ['square miles', 'square mile', 'sq mi', 'sq. miles'], unit: 'square mile', category: 'area' },
  { forms: ['square meters', 'square metres', 'square meter', 'square metre', 'm2', 'm²'], unit: 'square meter', category: 'area' },
  { forms: ['square feet', 'square foot', 'sq ft', 'sq. ft.'], unit: 'square foot', category: 'area' },
  { forms: ['nautical miles', 'nautical mile'], unit: 'nautical mile', category: 'distance' },
  { forms: ['kilometers per hour', 'kilometres per hour', 'kilometers an hour', 'kilometres an hour', 'kilometer per hour', 'kilometre per hour', 'km per hour', 'km an hour', 'km/h', 'km/hr', 'kph', 'kmh', 'km/hour'], unit: 'kilometer per hour', category: 'speed' },
  { forms: ['miles per second', 'miles a second', 'mile per second'], unit: 'mile per second', category: 'speed' },
  { forms: ['kilometers per second', 'kilometres per second', 'kilometers a second', 'kilometres a second', 'kilometer per second', 'kilometre per second', 'km/s'], unit: 'kilometer per second', category: 'speed' },
  { forms: ['feet per second', 'feet a second'], unit: 'foot per second', category: 'speed' },
  { forms: ['miles per hour', 'miles an hour', 'mile per hour', 'mph'], unit: 'mile per hour', category: 'speed' },
  { forms: ['meters per second', 'metres per second', 'm/s'], unit: 'meter per second', category: 'speed' },
  { forms: ['knots', 'knot'], unit: 'knot', category: 'speed' },
  // "barrels a day" is read by the general rate rule (measures.ts); the abbreviation needs its own entry.
  { forms: ['bpd'], unit: 'barrel per day', category: 'flow' },
  { forms: ['cubic feet', 'cubic foot'], unit: 'cubic foot', category: 'volume' },
  { forms: ['cubic meters', 'cubic metres', 'cubic meter', 'cubic metre'], unit: 'cubic meter', category: 'volume' },
  { forms: ['miles', 'mile', 'mi'], unit: 'mile', category: 'distance' },
  { forms: ['kilometers', 'kilometres', 'kilometer', 'kilometre', 'kms', 'km'], unit: 'kilometer', category: 'distance' },
  { forms: ['centimeters', 'centimetres', 'centimeter', 'centimetre', 'cm'], unit: 'centimeter', category: 'distance' },
  { forms: ['nanometers', 'nanometres', 'nanometer', 'nanometre'], unit: 'nanometer', category: 'distance' },
  { forms: ['micrometers', 'micrometres', 'micrometer', 'micrometre', 'microns', 'micron'], unit: 'micrometer', category: 'distance' },
  { forms: ['millimeters', 'millimetres', 'millimeter', 'millimetre', 'mm'], unit: 'millimeter', category: 'distance' },
  { forms: ['meters', 'metres', 'meter', 'metre'], unit: 'meter', category: 'distance', glued: ['m'] },
  { forms: ['feet', 'foot', 'ft'], unit: 'foot', category: 'distance' },
  { forms: ['inches', 'inch'], unit: 'inch', category: 'distance', glued: ['in'] },
  { forms: ['yards', 'yard'], unit: 'yard', category: 'distance' },
  { forms: ['light-years', 'light years', 'light-year'], unit: 'light-year', category: 'distance' },
  { forms: ['acres', 'acre'], unit: 'acre', category: 'area' },
  { forms: ['hectares', 'hectare'], unit: 'hectare', category: 'area', glued: ['ha'] },
  { forms: ['metric tons', 'metric tonnes', 'metric ton', 'tonnes', 'tonne'], unit: 'tonne', category: 'weight' },
  { forms: ['tons', 'ton'], unit: 'ton', category: 'weight' },
  { forms: ['kilograms', 'kilogram', 'kilos', 'kilo', 'kg'], unit: 'kilogram', category: 'weight' },
  { forms: ['grams', 'gram'], unit: 'gram', category: 'weight' },
  { forms: ['pounds', 'pound', 'lbs', 'lb'], unit: 'pound', category: 'weight' },
  { forms: ['ounces', 'ounce', 'oz'], unit: 'ounce', category: 'weight' },
  // British body weight: "14 stone" (the plural "stones" is rocks).
  { forms: ['stone'], unit: 'stone', category: 'weight' },
  { forms: ['liters', 'litres', 'liter', 'litre'], unit: 'liter', category: 'volume' },
  { forms: ['gallons', 'gallon'], unit: 'gallon', category: 'volume' },
  { forms: ['barrels', 'barrel'], unit: 'barrel', category: 'volume' },
  { forms: ['kilotons', 'kilotonnes', 'kiloton', 'kilotonne'], unit: 'kiloton', category: 'energy' },
  { forms: ['megatons', 'megatonnes', 'megaton', 'megatonne'], unit: 'megaton', category: 'energy' },
  { forms: ['kilowatt-hours', 'kilowatt hours', 'kilowatt-hour', 'kWh'], unit: 'kilowatt-hour', category: 'energy' },
  { forms: ['megawatt-hours', 'megawatt hours', 'megawatt-hour', 'MWh'], unit: 'megawatt-hour', category: 'energy' },
  { forms: ['gigawatt-hours', 'gigawatt hours', 'gigawatt-hour', 'GWh'], unit: 'gigawatt-hour', category: 'energy' },
  { forms: ['decibels', 'decibel'], unit: 'decibel', category: 'loudness' },
  { forms: ['megawatts', 'megawatt', 'MW'], unit: 'megawatt', category: 'power' },
  { forms: ['gigawatts', 'gigawatt', 'GW'], unit: 'gigawatt', category: 'power' },
  { forms: ['kilowatts', 'kilowatt', 'kW'], unit: 'kilowatt', category: 'power' },
  { forms: ['gigahertz', 'GHz'], unit: 'gigahertz', category: 'frequency' },
  { forms: ['megahertz', 'MHz'], unit: 'megahertz', category: 'frequency' },
  { forms: ['kilohertz', 'kHz'], unit: 'kilohertz', category: 'frequency' },
  { forms: ['degrees Celsius', 'degrees celsius', 'degree Celsius', 'degrees centigrade', 'degrees C', '°C', '° C', 'ºC'], unit: 'degree Celsius', category: 'temperature', glued: ['C'] },
  { forms: ['degrees Fahrenheit', 'degrees fahrenheit', 'degree Fahrenheit', 'degrees F', '°F', '° F', 'ºF'], unit: 'degree Fahrenheit', category: 'temperature', glued: ['F'] },
  { forms: ['degrees', 'degree'], unit: 'degree', category: 'angle', glued: ['°', 'º'] },
  { forms: ['hours', 'hour', 'hrs', 'hr'], unit: 'hour', category: 'duration' },
  { forms: ['minutes', 'minute', 'mins'], unit: 'minute', category: 'duration' },
  { forms: ['seconds', 'second', 'secs'], unit: 'second', category: 'duration' },
  { forms: ['milliseconds', 'millisecond'], unit: 'millisecond', category: 'duration' },
  { forms: ['days', 'day'], unit: 'day', category: 'duration' },
  { forms: ['weeks', 'week'], unit: 'week', category: 'duration' },
  { forms: ['months', 'month'], unit: 'month', category: 'duration' },
  { forms: ['years', 'year'], unit: 'year', category: 'duration' },
  { forms: ['decades', 'decade'], unit: 'decade', category: 'duration' },
  { forms: ['centuries', 'century'], unit: 'century', category: 'duration' },
];

const escape = (s: string) => s.replace(/[.*+?^${}()|[\]\\/]/g, '\\$&').replace(/ /g, '\\s+');

const ALL_FORMS = UNITS.flatMap((u) => u.forms.map((f) => ({ f, u }))).sort((a, b) => b.f.length - a.f.length);
const GLUED = UNITS.flatMap((u) => (u.glued ?? []).map((f) => ({ f, u })));

/** Regex source for any unit form (matched case-insensitively; see unitFor for the case rules). */
export const UNIT_SRC = [...ALL_FORMS.map((x) => escape(x.f)), ...GLUED.map((x) => escape(x.f))].join('|');

/** Looks up a matched unit form; `glued` tells whether it touched the number with no space. */
export function unitFor(form: string, glued: boolean): UnitDef | null {
  const norm = form.replace(/\s+/g, ' ');
  const exact = ALL_FORMS.find((x) => x.f === norm);
  if (exact) return exact.u;
  const g = GLUED.find((x) => x.f === norm);
  if (g) return glued ? g.u : null;
  const lower = norm.toLowerCase();
  const ci = ALL_FORMS.find((x) => x.f.toLowerCase() === lower && x.f.length > 2);
  return ci ? ci.u : null;
}

// Units that add up in one composite quantity ("two hours and ten minutes", "six feet, four inches"): each as a
// multiple of the smallest unit of its family. Months and days do not mix (a month has no fixed length).
const FAMILIES: Record<string, Record<string, number>> = {
  time: { millisecond: 0.001, second: 1, minute: 60, hour: 3600, day: 86400, week: 604800 },
  calendar: { month: 1, year: 12, decade: 120, century: 1200 },
  imperial: { inch: 1, foot: 12, yard: 36, mile: 63360 },
  metric: { millimeter: 1, centimeter: 10, meter: 1000, kilometer: 1e6 },
  weight: { ounce: 1, pound: 16, stone: 224 },
  mass: { gram: 1, kilogram: 1000, tonne: 1e6 },
};

/** How many `small` make one `big` when both belong to one family and `big` is the larger; else null. */
export function unitRatio(big: string, small: string): number | null {
  for (const f of Object.values(FAMILIES)) {
    if (f[big] !== undefined && f[small] !== undefined && f[big]! > f[small]!) return f[big]! / f[small]!;
  }
  return null;
}

// Each unit in a base unit of its dimension, to tell a conversion ("95 kilometres (60 miles)") from a second figure.
const BASE: Record<string, [string, number]> = {
  millimeter: ['length', 0.001], centimeter: ['length', 0.01], meter: ['length', 1], kilometer: ['length', 1000],
  inch: ['length', 0.0254], foot: ['length', 0.3048], yard: ['length', 0.9144], mile: ['length', 1609.344],
  'nautical mile': ['length', 1852], 'square meter': ['area', 1], 'square kilometer': ['area', 1e6], hectare: ['area', 1e4],
  acre: ['area', 4046.8564224], 'square mile': ['area', 2589988.110336], 'square foot': ['area', 0.09290304],
  'square nautical mile': ['area', 1852 * 1852], gram: ['mass', 0.001], kilogram: ['mass', 1], tonne: ['mass', 1000],
  ton: ['mass', 907.18474], pound: ['mass', 0.45359237], ounce: ['mass', 0.028349523125],
  stone: ['mass', 6.35029318], 'meter per second': ['speed', 1], 'kilometer per hour': ['speed', 1 / 3.6],
  'mile per hour': ['speed', 0.44704], knot: ['speed', 1852 / 3600], 'kilometer per second': ['speed', 1000],
  'mile per second': ['speed', 1609.344], 'foot per second': ['speed', 0.3048], liter: ['volume', 1],
  gallon: ['volume', 3.785411784], 'cubic meter': ['volume', 1000], 'cubic foot': ['volume', 28.316846592],
};

/** The quantity in its dimension's base unit (degrees in Celsius), or null for a unit without one. */
export function inBase(value: number, unit: string): { dim: string; value: number } | null {
  if (unit === 'degree Celsius') return { dim: 'temperature', value };
  if (unit === 'degree Fahrenheit') return { dim: 'temperature', value: (value - 32) * 5 / 9 };
  const b = BASE[unit];
  return b ? { dim: b[0], value: value * b[1] } : null;
}
