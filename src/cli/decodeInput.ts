// Decodes one input of any accepted kind into records and failures: a log
// file (streamed, so memory stays flat), or, when the input turns out not to
// be one, an EventBridge event, a LookupEvents response or event, or a single
// record.
import {
  CloudTrailRecord,
  decodeEventBridgeEvent,
  decodeLookupEvent,
  decodeLookupEventsResponse,
  decodeRecordText,
  isDigestFile,
  type DecodeError,
  type RecordFailure,
} from '../index.js';
import { invalidJsonError, parseJsonText } from '../containers/jsonText.js';
import { LogStreamDecoder } from '../stream/index.js';
import { readChunks } from './inputs.js';

/** What the CLI does with each item of an input. */
export interface Sink {
  record(record: CloudTrailRecord): void;
  failure(failure: RecordFailure): void;
  /** Bytes read so far, for progress reports. */
  progress?(bytes: number): void;
}

/** How an input ended: its kind, or the error that stopped it. */
export type InputOutcome =
  | { readonly kind: 'log file' | 'EventBridge event' | 'LookupEvents response' | 'LookupEvents event' | 'record' }
  | { readonly kind: 'error'; readonly error: DecodeError | Error };

// Text kept while the input might not be a log file; a single record or an
// event is small, so a long text that is not a log file is refused.
const MAX_OTHER = 256 * 1024 * 1024;

/** Reads and decodes one input, reporting records and failures to `sink`. */
export async function decodeInput(path: string, sink: Sink): Promise<InputOutcome> {
  const decoder = new LogStreamDecoder();
  const utf8 = new TextDecoder();
  let kept: string[] | undefined = [];
  let keptLength = 0;
  let bytes = 0;
  let fatal: DecodeError | undefined;
  try {
    for await (const chunk of readChunks(path)) {
      bytes += chunk.length;
      sink.progress?.(bytes);
      if (kept !== undefined) {
        const text = utf8.decode(chunk, { stream: true });
        keptLength += text.length;
        kept.push(text);
        if (keptLength > MAX_OTHER) kept = undefined;
      }
      for (const item of decoder.push(chunk)) {
        if (item.kind === 'record') sink.record(item.record);
        else if (item.kind === 'failure') sink.failure(item.failure);
        else fatal = item.error;
      }
      if (decoder.inRecords) kept = undefined;
      if (fatal !== undefined) break;
    }
    if (fatal === undefined) {
      for (const item of decoder.end()) {
        if (item.kind === 'record') sink.record(item.record);
        else if (item.kind === 'failure') sink.failure(item.failure);
        else fatal = item.error;
      }
    }
  } catch (e) {
    return { kind: 'error', error: e instanceof Error ? e : new Error(String(e)) };
  }
  if (fatal === undefined) return { kind: 'log file' };
  if (decoder.inRecords || kept === undefined || kept.length === 0) return { kind: 'error', error: fatal };
  // Not a log file: read the whole text as another kind of document.
  kept.push(utf8.decode());
  return decodeOther(kept.join(''), sink, fatal);
}

function decodeOther(text: string, sink: Sink, notLogFile: DecodeError): InputOutcome {
  const parsed = parseJsonText(text);
  if (!parsed.ok) return { kind: 'error', error: invalidJsonError(parsed.reason) };
  const v = parsed.value;
  if (typeof v !== 'object' || v === null || Array.isArray(v) || isDigestFile(v)) return { kind: 'error', error: notLogFile };
  const at = (failure: DecodeError): RecordFailure => ({
    index: 0,
    value: v,
    issues: failure.issues,
    message: failure.message,
  });
  if ('detail-type' in v || 'detail' in v) {
    const r = decodeEventBridgeEvent(v);
    if (r.success) sink.record(r.data.detail);
    else sink.failure(at(r.error));
    return { kind: 'EventBridge event' };
  }
  if ('Events' in v) {
    const r = decodeLookupEventsResponse(v);
    if (!r.success) return { kind: 'error', error: r.error };
    for (const e of r.data.events) sink.record(e.CloudTrailEvent);
    for (const f of r.data.failures) sink.failure(f);
    return { kind: 'LookupEvents response' };
  }
  if ('CloudTrailEvent' in v) {
    const r = decodeLookupEvent(v);
    if (r.success) sink.record(r.data.CloudTrailEvent);
    else sink.failure(at(r.error));
    return { kind: 'LookupEvents event' };
  }
  const r = decodeRecordText(text);
  if (r.success) sink.record(r.data);
  else sink.failure(at(r.error));
  return { kind: 'record' };
}
