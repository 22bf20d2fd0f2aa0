// The exact text of each decoded log event's message, so that encode gives
// it back: spacing, key order and escapes that the decoded record cannot
// hold. Where the texts are is noted once per payload, on the decoded
// `logEvents` array, with the decoded events it belongs to: a note per
// event (a WeakMap entry, or a private field) cost 0.3 to 1.2 µs an event,
// as much again as the rest of the envelope, where one note per payload
// costs nothing measurable. Encode finds an event's text by its position,
// or, when the array was reordered or spliced since, by the event itself,
// and reads it from the source. A new array (`filter`, `map`) has no note:
// its messages are written anew.

import { isArray, readProperty } from '../core/WireType.js';
import { noteStore } from '../core/processShared.js';
import { readItems } from '../containers/collection.js';
import { withoutBom } from '../containers/jsonSyntax.js';

/**
 * Where the messages' texts can be read again: the payload's JSON text as
 * given, or the `logEvents` array of the parsed payload as given.
 */
export type MessageSource = string | readonly unknown[];

/** What is noted on one decoded `logEvents` array. */
interface TextsNote {
  /** The decoded events, as they were when decoded (the array itself may change since). */
  readonly events: readonly unknown[];
  /** For each decoded event, the index of its log event in the source; absent when they are the same. */
  readonly indexes: readonly number[] | undefined;
  readonly source: MessageSource;
  /** The source's log events, read on the first encode that needs them. */
  items?: readonly unknown[];
  /** Event to position, built on the first lookup that the positions do not answer. */
  byEvent?: Map<unknown, number>;
}

// The note is a private field on the decoded array (noteStore), invisible
// to JSON, reflection and deep equality, and shared by the ESM and CommonJS
// copies of the package.
const notes = noteStore<TextsNote>(Symbol.for('cloudtrail-codecs/message-texts@2'));

/**
 * Notes, on the decoded array `logEvents`, where the texts of its events'
 * messages are: `events` is a copy of the decoded events in order,
 * `indexes` their positions among the source's log events (absent when
 * every log event decoded), `source` the payload's text or its parsed
 * `logEvents`. Nothing is copied out of the source while decoding: keeping
 * a thousand message strings alive per payload doubled the time the
 * garbage collector took, and the source is already in the caller's hands.
 */
export function noteMessageTexts(logEvents: object, events: readonly unknown[], indexes: readonly number[] | undefined, source: MessageSource): void {
  notes.set(logEvents, { events, indexes, source });
}

/**
 * The text that `event`, item `index` of the decoded array `logEvents`, was
 * decoded from; `undefined` when the array has no note or the event is none
 * of it. Whether the text still describes the event is for encode to check.
 */
export function messageTextOf(logEvents: unknown, index: number, event: unknown): string | undefined {
  const note = notes.get(logEvents);
  if (note === undefined) return undefined;
  let position: number | undefined = index;
  if (note.events[index] !== event) {
    if (note.byEvent === undefined) {
      note.byEvent = new Map();
      for (let i = 0; i < note.events.length; i++) note.byEvent.set(note.events[i], i);
    }
    position = note.byEvent.get(event);
    if (position === undefined) return undefined;
  }
  const at = note.indexes === undefined ? position : note.indexes[position];
  if (at === undefined) return undefined;
  note.items ??= itemsOf(note.source);
  const item = note.items[at];
  if (typeof item !== 'object' || item === null) return undefined;
  const message = readProperty(item, 'message');
  return typeof message === 'string' ? message : undefined;
}

/** The log events of a source; none when it cannot be read (a text no longer JSON, a Proxy that throws). */
function itemsOf(source: MessageSource): readonly unknown[] {
  if (typeof source !== 'string') return isArray(source) ? source : [];
  try {
    const read = readItems(JSON.parse(withoutBom(source)), 'logEvents');
    return read === undefined ? [] : read.items;
  } catch {
    return [];
  }
}
