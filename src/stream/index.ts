/**
 * Streaming decoding of CloudTrail log files: records come out as their text
 * arrives, so memory holds one record, not the file. Feed it chunks from fs,
 * S3 or gunzip; it does no I/O itself.
 *
 * @packageDocumentation
 */
export * from '../containers/LogStreamDecoder.js';
