import {dimensionOf, type Unit} from '../format/types.js';

interface UnitInfo {
  /** One of this unit in its dimension's base unit (meter, second, meter per second, kilogram, square meter, degree Celsius, cubic meter). */
  factor: number;
  /** Added before scaling, for scales that do not start at zero: °F is (value - 32) × 5/9 °C. */
  offset?: number;
  one: string;
  many: string;
  /** The other unit a reader is likely to think in, offered next to the answer's own; none where no other reads naturally or converts exactly. */
  counterpart?: Unit;
}

/** Every unit of the format (the dimension is the format's: `dimensionOf`). Factors are the exact legal definitions. */
const UNIT_TABLE: Record<Unit, UnitInfo> = {
  // length, in meters
  mile: {factor: 1609.344, one: 'mile', many: 'miles', counterpart: 'kilometer'},
  kilometer: {factor: 1000, one: 'kilometer', many: 'kilometers', counterpart: 'mile'},
  meter: {factor: 1, one: 'meter', many: 'meters', counterpart: 'foot'},
  foot: {factor: 0.3048, one: 'foot', many: 'feet', counterpart: 'meter'},
  'nautical mile': {factor: 1852, one: 'nautical mile', many: 'nautical miles', counterpart: 'kilometer'},
  inch: {factor: 0.0254, one: 'inch', many: 'inches', counterpart: 'centimeter'},
  centimeter: {factor: 0.01, one: 'centimeter', many: 'centimeters', counterpart: 'inch'},
  millimeter: {factor: 0.001, one: 'millimeter', many: 'millimeters', counterpart: 'inch'},
  yard: {factor: 0.9144, one: 'yard', many: 'yards', counterpart: 'meter'},
  // duration, in seconds; a month and a year vary, so they convert as the average (Julian) year and its
  // twelfth but offer no other unit to answer in
  second: {factor: 1, one: 'second', many: 'seconds', counterpart: 'minute'},
  minute: {factor: 60, one: 'minute', many: 'minutes', counterpart: 'hour'},
  hour: {factor: 3600, one: 'hour', many: 'hours', counterpart: 'minute'},
  day: {factor: 86_400, one: 'day', many: 'days', counterpart: 'hour'},
  week: {factor: 604_800, one: 'week', many: 'weeks', counterpart: 'day'},
  month: {factor: 2_629_800, one: 'month', many: 'months'},
  year: {factor: 31_557_600, one: 'year', many: 'years'},
  // speed, in meters per second
  'mile per hour': {factor: 0.44704, one: 'mile per hour', many: 'miles per hour', counterpart: 'kilometer per hour'},
  'kilometer per hour': {factor: 1000 / 3600, one: 'kilometer per hour', many: 'kilometers per hour', counterpart: 'mile per hour'},
  knot: {factor: 1852 / 3600, one: 'knot', many: 'knots', counterpart: 'kilometer per hour'},
  'meter per second': {factor: 1, one: 'meter per second', many: 'meters per second', counterpart: 'kilometer per hour'},
  // mass, in kilograms; a ton is the short (US) ton, a tonne the metric ton
  kilogram: {factor: 1, one: 'kilogram', many: 'kilograms', counterpart: 'pound'},
  gram: {factor: 0.001, one: 'gram', many: 'grams', counterpart: 'ounce'},
  pound: {factor: 0.45359237, one: 'pound', many: 'pounds', counterpart: 'kilogram'},
  ounce: {factor: 0.028349523125, one: 'ounce', many: 'ounces', counterpart: 'gram'},
  ton: {factor: 907.18474, one: 'ton', many: 'tons', counterpart: 'tonne'},
  tonne: {factor: 1000, one: 'tonne', many: 'tonnes', counterpart: 'ton'},
  // area, in square meters
  acre: {factor: 4046.8564224, one: 'acre', many: 'acres', counterpart: 'hectare'},
  hectare: {factor: 10_000, one: 'hectare', many: 'hectares', counterpart: 'acre'},
  'square kilometer': {factor: 1e6, one: 'square kilometer', many: 'square kilometers', counterpart: 'square mile'},
  'square mile': {factor: 2_589_988.110336, one: 'square mile', many: 'square miles', counterpart: 'square kilometer'},
  'square meter': {factor: 1, one: 'square meter', many: 'square meters', counterpart: 'square foot'},
  'square foot': {factor: 0.09290304, one: 'square foot', many: 'square feet', counterpart: 'square meter'},
  // temperature, in degrees Celsius
  'degree Fahrenheit': {factor: 5 / 9, offset: -32, one: 'degree Fahrenheit', many: 'degrees Fahrenheit', counterpart: 'degree Celsius'},
  'degree Celsius': {factor: 1, one: 'degree Celsius', many: 'degrees Celsius', counterpart: 'degree Fahrenheit'},
  // volume, in cubic meters; a gallon is the US gallon, a barrel the oil barrel (42 gallons)
  liter: {factor: 0.001, one: 'liter', many: 'liters', counterpart: 'gallon'},
  gallon: {factor: 0.003785411784, one: 'gallon', many: 'gallons', counterpart: 'liter'},
  barrel: {factor: 0.158987294928, one: 'barrel', many: 'barrels', counterpart: 'liter'},
  'cubic meter': {factor: 1, one: 'cubic meter', many: 'cubic meters', counterpart: 'liter'},
};

/** A RangeError unless `from` and `to` share a dimension (an hour is no length). */
function assertConvertible(from: Unit, to: Unit): void {
  if (!canConvert(from, to)) {
    throw new RangeError(`cannot convert ${from} (${dimensionOf(from) ?? 'no unit'}) to ${to} (${dimensionOf(to) ?? 'no unit'})`);
  }
}

/** Whether a value in `from` can be given in `to`: both units of one dimension. */
export function canConvert(from: Unit, to: Unit): boolean {
  const dimension = dimensionOf(from);
  return dimension !== undefined && dimension === dimensionOf(to);
}

/** A value (a reading: 212 °F is 100 °C) in another unit of its dimension; throws a RangeError across dimensions. */
export function convert(value: number, from: Unit, to: Unit): number {
  assertConvertible(from, to);
  if (from === to) return value;
  const a = UNIT_TABLE[from];
  const b = UNIT_TABLE[to];
  return ((value + (a.offset ?? 0)) * a.factor) / b.factor - (b.offset ?? 0);
}

/**
 * A difference between two values (a tolerance, a margin) in another unit: scaled only, never shifted, so
 * ±2 °F is ±1.1 °C. Throws a RangeError across dimensions.
 */
export function convertDifference(amount: number, from: Unit, to: Unit): number {
  assertConvertible(from, to);
  return from === to ? amount : (amount * UNIT_TABLE[from].factor) / UNIT_TABLE[to].factor;
}

/**
 * The factor that turns a value in `from` into `to` by multiplying alone, or undefined where the scales do
 * not share a zero (°F and °C) or the dimensions differ.
 */
export function multiplier(from: Unit, to: Unit): number | undefined {
  if (!canConvert(from, to)) return undefined;
  const shifted = UNIT_TABLE[from].offset !== undefined || UNIT_TABLE[to].offset !== undefined;
  if (from !== to && shifted) return undefined;
  // 15 significant digits: 1.609344 for mph to km/h, not 1.6093439999999999.
  return Number(convert(1, from, to).toPrecision(15));
}

/** Units a student may answer in: the answer's unit first, then its usual counterpart when it has one. */
export function unitChoices(unit: Unit): Unit[] {
  const other = UNIT_TABLE[unit].counterpart;
  return other ? [unit, other] : [unit];
}

/** The English name, singular for 1 and -1 ("1 foot", "2 feet", "0.5 miles per hour"). */
export function unitLabel(unit: Unit, value = 2): string {
  const {one, many} = UNIT_TABLE[unit];
  return Math.abs(value) === 1 ? one : many;
}

/** The element's English `unitName` string: a page or a locale replaces it (a string that is no unit stays as it is). */
export function unitName(unit: string, plural: boolean): string {
  return dimensionOf(unit) ? unitLabel(unit as Unit, plural ? 2 : 1) : unit;
}

// Reading and showing numbers, kept apart so the element's first download has no unit table.
export {decimalSeparator, parseNumber, roundForDisplay, type NumberParse} from './numbers.js';
