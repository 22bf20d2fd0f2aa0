// The codecs of one log event and of a payload's `logEvents`. A message is
// a record as JSON text, read as recordFromJsonString reads it; what these
// add is the exact text, collected while decoding and noted on the decoded
// array (messageTexts.ts), and given back by encode while it still
// describes the record.
import type * as t from 'io-ts';
import { arrayOf, type ArrayC } from '../core/array.js';
import { DateFromEpochMillis } from '../core/DateFromEpochMillis.js';
import { encodeFailure } from '../core/encodeFailure.js';
import { StringValue } from '../core/scalars.js';
import { struct, type StructCodec } from '../core/struct.js';
import { INVALID, WireType, isArray, isObject, parseOwnedChild, type Invalid } from '../core/WireType.js';
import { recordFromJsonString, type RecordFromJsonStringC } from '../containers/LookupEvent.js';
import { exactText, withoutBom } from '../containers/jsonSyntax.js';
import type { CloudWatchLogsLogEvent, CloudWatchLogsLogEventJson } from './CloudWatchLogsPayload.js';
import { messageTextOf, noteMessageTexts } from './messageTexts.js';

type Event<A> = CloudWatchLogsLogEvent<A>;
type EventJson = CloudWatchLogsLogEventJson;

/**
 * One log event. Its fast path is the struct's, written out; everything
 * else is the struct's.
 */
export class LogEventType<A> extends WireType<Event<A>, EventJson> {
  readonly encodesAsIs = false;
  /** The same fields as a struct: explanations, `is` and encode, which need no speed. */
  readonly shape: StructCodec<Event<A>, EventJson>;
  private readonly record: t.Decoder<unknown, A>;

  constructor(name: string, record: t.Type<A, unknown, unknown>) {
    const message: RecordFromJsonStringC<A> = recordFromJsonString(record);
    const shape = struct(name, { id: StringValue, timestamp: DateFromEpochMillis, message }) as unknown as StructCodec<Event<A>, EventJson>;
    super(name, shape.is);
    this.shape = shape;
    this.record = record;
  }

  parse(u: unknown): Event<A> | Invalid {
    if (!isObject(u)) return INVALID;
    if (typeof u['id'] !== 'string') return INVALID;
    const timestamp = DateFromEpochMillis.parse(u['timestamp']);
    if (timestamp === INVALID) return INVALID;
    const text = u['message'];
    if (typeof text !== 'string') return INVALID;
    // What the message codec's parse does, without its result object: this
    // runs once per log event. Failures are explained by the shape's codec.
    let parsed: unknown;
    try {
      parsed = JSON.parse(withoutBom(text));
    } catch {
      return INVALID;
    }
    // The parsed message is this function's own, so the record may be it.
    const message = parseOwnedChild(this.record, parsed);
    if (message === INVALID) return INVALID;
    // Spread keeps unknown fields, their order, and a "__proto__" key as data.
    return { ...u, timestamp, message } as unknown as Event<A>;
  }

  explain(u: unknown, c: t.Context): t.Errors {
    return this.shape.explain(u, c);
  }

  encodeValue(a: Event<A>): EventJson {
    return this.shape.encodeValue(a);
  }
}

/** `fresh`, with the message's original text when that still says the same (see exactText). */
function exactMessage(fresh: EventJson, text: string | undefined): EventJson {
  const message = exactText(fresh.message, text);
  return message === fresh.message ? fresh : { ...fresh, message };
}

/** The `logEvents` of a payload: an array of log events that keeps their messages' texts. */
export class LogEventsType<A> extends WireType<Array<Event<A>>, EventJson[]> {
  readonly encodesAsIs = false;
  private readonly array: ArrayC<LogEventType<A>>;
  constructor(readonly item: LogEventType<A>) {
    const array = arrayOf(item);
    super(array.name, array.is);
    this.array = array;
  }

  parse(u: unknown): Array<Event<A>> | Invalid {
    if (!isArray(u)) return INVALID;
    const item = this.item;
    const out: Array<Event<A>> = new Array(u.length);
    for (let i = 0; i < u.length; i++) {
      const r = item.parse(u[i]);
      if (r === INVALID) return INVALID;
      out[i] = r;
    }
    noteMessageTexts(out, out.slice(), undefined, u);
    return out;
  }

  explain(u: unknown, c: t.Context): t.Errors {
    return this.array.explain(u, c);
  }

  encodeValue(a: Array<Event<A>>): EventJson[] {
    const n = a.length;
    const out: EventJson[] = new Array(n);
    let i = 0;
    try {
      for (; i < n; i++) {
        const event = a[i] as Event<A>;
        out[i] = exactMessage(this.item.encodeValue(event), messageTextOf(a, i, event));
      }
    } catch (e) {
      // The error path only: this index in front of the path below.
      throw encodeFailure(e, this.item, a[i], i);
    }
    return out;
  }
}
