// The exact text of each decoded log event's message, so that encode gives
// it back: spacing, key order and escapes that the decoded record cannot
// hold. The texts are noted once per payload, on the decoded `logEvents`
// array, with the decoded events they belong to: a note per event (a
// WeakMap entry, or a private field) cost 0.3 to 1.2 µs an event, as much
// again as the rest of the envelope, where one note per payload costs
// nothing measurable. Encode finds an event's text by its position, or,
// when the array was reordered or spliced since, by the event itself. A new
// array (`filter`, `map`) has no note: its messages are written anew.
//
// The map is made once per process and kept on globalThis under a registry
// symbol, so that a payload decoded by the ESM build encodes losslessly
// through the CommonJS one.

/** The texts of one decoded `logEvents` array. */
interface TextsNote {
  /** The decoded events, as they were when decoded (the array itself may change since). */
  readonly events: readonly unknown[];
  readonly texts: readonly string[];
  /** Event to text, built on the first lookup that the positions do not answer. */
  byEvent?: Map<unknown, string>;
}

const STORE_KEY = Symbol.for('cloudtrail-codecs/message-texts@1');

function sharedNotes(): WeakMap<object, TextsNote> {
  const g = globalThis as unknown as Record<symbol, unknown>;
  try {
    const existing = g[STORE_KEY];
    if (existing instanceof WeakMap) return existing as WeakMap<object, TextsNote>;
    const notes = new WeakMap<object, TextsNote>();
    Object.defineProperty(g, STORE_KEY, { value: notes, enumerable: false, writable: false, configurable: false });
    return notes;
  } catch {
    // A frozen global object: the notes then stay within this copy.
    return new WeakMap<object, TextsNote>();
  }
}

const notes = sharedNotes();

/** Where a log event codec puts what it decodes while a collecting loop runs. */
export interface TextSink {
  readonly events: unknown[];
  readonly texts: string[];
}

/** Notes the texts `sink` collected as those of the decoded array `logEvents`. */
export function noteMessageTexts(logEvents: object, sink: TextSink): void {
  notes.set(logEvents, { events: sink.events, texts: sink.texts });
}

/**
 * The text that `event`, item `index` of the decoded array `logEvents`, was
 * decoded from; `undefined` when the array has no note or the event is none
 * of it. Whether the text still describes the event is for encode to check.
 */
export function messageTextOf(logEvents: unknown, index: number, event: unknown): string | undefined {
  const note = typeof logEvents === 'object' && logEvents !== null ? notes.get(logEvents) : undefined;
  if (note === undefined) return undefined;
  if (note.events[index] === event) return note.texts[index];
  if (note.byEvent === undefined) {
    note.byEvent = new Map();
    for (let i = 0; i < note.events.length; i++) note.byEvent.set(note.events[i], note.texts[i] as string);
  }
  return note.byEvent.get(event);
}
