import type { openEnum } from './openEnum.js';
import type { Unrecognized } from './Unrecognized.js';
import { openString } from './openString.js';
import type { WireType } from './WireType.js';

/**
 * The codec returned by {@link openTag}.
 *
 * @example
 * import { openTag, type OpenTagC } from 'cloudtrail-codecs';
 * const State: OpenTagC<'Start' | 'End', 'InsightState'> = openTag('InsightState', ['Start', 'End']);
 * State.known; // ['Start', 'End']
 */
export interface OpenTagC<Known extends string, Domain extends string>
  extends WireType<Known | Unrecognized<Domain>, string> {
  /** The values listed at build time. */
  readonly known: readonly Known[];
}

/**
 * Like {@link openEnum}, for a value that discriminates a union: any string
 * decodes, and values outside `known` are typed {@link Unrecognized} so that
 * comparisons with the known literals keep narrowing the union.
 *
 * @example
 * import { openTag } from 'cloudtrail-codecs';
 * const EventType = openTag<'AwsApiCall' | 'AwsServiceEvent', 'EventType'>('EventType', ['AwsApiCall', 'AwsServiceEvent']);
 * EventType.is('AwsSomethingNew'); // true
 */
export function openTag<Known extends string, Domain extends string>(
  name: string,
  known: readonly Known[],
): OpenTagC<Known, Domain> {
  return openString(name, known);
}
