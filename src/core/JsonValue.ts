import { leaf } from './leaf.js';
import { INVALID, isObject, type WireType } from './WireType.js';

/** Any value that JSON can hold. */
export type JsonValue = null | boolean | number | string | JsonValue[] | JsonObject;
/** A JSON object. */
export interface JsonObject {
  [key: string]: JsonValue;
}

/**
 * The codec of {@link JsonObject}.
 *
 * @example
 * import { JsonObject, nullable, type JsonObjectC } from 'cloudtrail-codecs';
 * const Payload: JsonObjectC = JsonObject;
 * nullable(Payload).is(null); // true
 */
export interface JsonObjectC extends WireType<JsonObject, JsonObject> {}
/**
 * The codec of {@link JsonValue}.
 *
 * @example
 * import { JsonValue, arrayOf, type JsonValueC } from 'cloudtrail-codecs';
 * const AnyJson: JsonValueC = JsonValue;
 * arrayOf(AnyJson).is([1, 'two', { three: 3 }, null]); // true
 */
export interface JsonValueC extends WireType<JsonValue, JsonValue> {}

// Payloads are checked at their top level only. What lies below came out of
// JSON.parse and is JSON by construction; walking it would cost time on every
// record and recursion depth on hostile, deeply nested input.
function isJsonTop(u: unknown): boolean {
  switch (typeof u) {
    case 'string':
    case 'boolean':
      return true;
    case 'number':
      return Number.isFinite(u);
    case 'object':
      return true; // null, arrays and objects
    default:
      return false;
  }
}

/**
 * A JSON object kept exactly as it is: the generic type of service payloads
 * such as `requestParameters` and `additionalEventData`. Only the top level is
 * checked; contents are taken as parsed JSON.
 *
 * @example
 * import { JsonObject } from 'cloudtrail-codecs';
 * JsonObject.is({ bucketName: 'logs' }); // true
 * JsonObject.is(['not', 'an', 'object']); // false
 */
export const JsonObject: JsonObjectC = leaf({
  name: 'JSON object',
  parse: (u) => (isObject(u) ? (u as JsonObject) : INVALID),
  inline: '(typeof v !== "object" || v === null || Array.isArray(v))',
});

/**
 * Any JSON value, kept exactly as it is.
 *
 * @example
 * import { JsonValue } from 'cloudtrail-codecs';
 * JsonValue.is('text'); // true
 */
export const JsonValue: JsonValueC = leaf({ name: 'JSON value', parse: (u) => (isJsonTop(u) ? (u as JsonValue) : INVALID) });
