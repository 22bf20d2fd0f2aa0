// Type-level tests for EC2 events. Nothing here runs: `tsc --noEmit -p .`
// checks it, and every `@ts-expect-error` must sit on a real error.
import {
  isFailedEC2Call,
  isSucceededEC2Call,
  type CreateVolumeSucceeded,
  type DeleteFlowLogsSucceeded,
  type DescribeInstancesFailed,
  type DescribeInstancesSucceeded,
  type EC2Departed,
  type EC2Event,
  type Instance,
  type ModifyInstanceAttributeSucceeded,
  type RunInstancesEvent,
  type RunInstancesSucceeded,
  type RunInstancesSucceededJson,
  type TerminateInstancesSucceeded,
} from '../../src/services/ec2/index.js';
import type { JsonValue } from '../../src/core/JsonValue.js';

/** True when A and B are the same type (not merely mutually assignable). */
type Equals<A, B> = (<T>() => T extends A ? 1 : 2) extends (<T>() => T extends B ? 1 : 2) ? true : false;

/** Compiles only when its type argument is `true`. */
function expectType<T extends true>(_ok: T): void {}

// ---------------------------------------------------------------------------
// RunInstances, narrowed to a succeeded call: the launched instances are typed.

export function launched(e: EC2Event): string | undefined {
  if (e.eventName === 'RunInstances' && isSucceededEC2Call(e)) {
    expectType<Equals<typeof e, RunInstancesSucceeded>>(true);
    const first = e.responseElements.instancesSet.items[0];
    expectType<Equals<typeof first, Instance | undefined>>(true);
    if (first === undefined) return undefined;
    expectType<Equals<typeof first.instanceId, string>>(true);
    expectType<Equals<typeof first.launchTime, Date>>(true);
    // Members of the legacy request form: the image sits in `instancesSet`.
    expectType<Equals<NonNullable<typeof e.requestParameters>['instancesSet'] extends infer S ? NonNullable<S> : never, { items?: { imageId?: string; minCount?: number; maxCount?: number; keyName?: string }[] }>>(
      true,
    );
    return first.instanceId;
  }
  return undefined;
}

export function runNeedsNarrowing(e: EC2Event): unknown {
  if (e.eventName === 'RunInstances') {
    // Failed and departed calls stay until a guard removes them.
    expectType<Equals<typeof e, RunInstancesEvent | EC2Departed>>(true);
    // @ts-expect-error a failed or departed call may have no response
    return e.responseElements.instancesSet;
  }
  return undefined;
}

// The wire form keeps launchTime as epoch milliseconds.
expectType<Equals<RunInstancesSucceededJson['responseElements']['instancesSet']['items'][number]['launchTime'], number>>(true);

// ---------------------------------------------------------------------------
// Other calls of the issue: typed requests and responses.

export function describedIds(e: EC2Event): string[] {
  if (e.eventName === 'DescribeInstances' && isSucceededEC2Call(e)) {
    expectType<Equals<typeof e, DescribeInstancesSucceeded>>(true);
    const ids = e.requestParameters?.instancesSet?.items?.map((i) => i.instanceId) ?? [];
    expectType<Equals<typeof ids, (string | undefined)[]>>(true);
    const filter = e.requestParameters?.filterSet?.items?.[0];
    expectType<Equals<NonNullable<typeof filter>['name'], string | undefined>>(true);
    expectType<Equals<NonNullable<NonNullable<typeof filter>['valueSet']>['items'], { value?: string }[] | undefined>>(true);
    return ids.filter((i): i is string => i !== undefined);
  }
  if (e.eventName === 'DescribeInstances' && isFailedEC2Call(e)) {
    expectType<Equals<typeof e, DescribeInstancesFailed>>(true);
    expectType<Equals<typeof e.responseElements, null | undefined>>(true);
  }
  return [];
}

export function volumeSize(e: CreateVolumeSucceeded): string | undefined {
  // CloudTrail writes the size as text (see the config).
  expectType<Equals<NonNullable<typeof e.responseElements>['size'], string | undefined>>(true);
  expectType<Equals<NonNullable<typeof e.responseElements>['createTime'], Date | undefined>>(true);
  return e.responseElements?.size;
}

export function userDataHidden(e: ModifyInstanceAttributeSucceeded): unknown {
  // `<sensitiveDataRemoved>` in place of the value.
  const userData = e.requestParameters?.userData;
  expectType<Equals<typeof userData, { value?: string } | '<sensitiveDataRemoved>' | undefined>>(true);
  expectType<Equals<NonNullable<typeof e.responseElements>['_return'], boolean | undefined>>(true);
  return userData;
}

export function stateChanges(e: TerminateInstancesSucceeded): string[] {
  return (e.responseElements?.instancesSet?.items ?? []).map((c) => c.currentState?.name ?? 'unknown');
}

export function flowLogWrapped(e: DeleteFlowLogsSucceeded): unknown {
  // The wrapped form: query names, lists untyped (one item or an array).
  const wrapped = e.requestParameters?.DeleteFlowLogsRequest?.FlowLogId;
  expectType<Equals<typeof wrapped, JsonValue | undefined>>(true);
  const xmlns = e.responseElements?.DeleteFlowLogsResponse?.xmlns;
  expectType<Equals<typeof xmlns, string | undefined>>(true);
  return wrapped;
}
