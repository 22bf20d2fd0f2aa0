// Type-level tests for Lambda events. Nothing here runs: `tsc --noEmit -p .`
// checks it, and every `@ts-expect-error` must sit on a real error.
import {
  isFailedLambdaCall,
  isSucceededLambdaCall,
  lambdaService,
  type AddPermissionEvent,
  type Environment,
  type EventSourceMappingConfiguration,
  type FunctionConfiguration,
  type LambdaDeparted,
  type LambdaEvent,
  type Layer,
  type ListFunctionsFailed,
  type ListFunctionsRequest,
  type UpdateFunctionConfigurationEvent,
  type UpdateFunctionConfigurationRequest,
  type UpdateFunctionConfigurationSucceeded,
  type UpdateFunctionConfigurationSucceededJson,
} from '../../src/services/lambda/index.js';
import type { DeepPartial } from '../../src/service-kit/index.js';

/** True when A and B are the same type (not merely mutually assignable). */
type Equals<A, B> = (<T>() => T extends A ? 1 : 2) extends (<T>() => T extends B ? 1 : 2) ? true : false;

/** Compiles only when its type argument is `true`. */
function expectType<T extends true>(_ok: T): void {}

// ---------------------------------------------------------------------------
// A versioned event name plus the guard: the update is typed

export function updatedRole(e: LambdaEvent): string | undefined {
  if (e.eventName === 'UpdateFunctionConfiguration20150331v2' && isSucceededLambdaCall(e)) {
    expectType<Equals<typeof e, UpdateFunctionConfigurationSucceeded>>(true);
    expectType<Equals<typeof e.requestParameters, UpdateFunctionConfigurationRequest>>(true);
    expectType<Equals<typeof e.requestParameters.functionName, string>>(true);
    expectType<Equals<typeof e.requestParameters.environment, Environment | undefined>>(true);
    expectType<Equals<typeof e.requestParameters.role, string | undefined>>(true);
    expectType<Equals<typeof e.requestParameters.layers, string[] | undefined>>(true);
    // The configuration is always recorded, and read without a null check.
    expectType<Equals<typeof e.responseElements, FunctionConfiguration>>(true);
    expectType<Equals<NonNullable<typeof e.responseElements.layers>[number], Layer>>(true);
    // lastModified is a string in the model, and CloudTrail writes the API's text.
    expectType<Equals<typeof e.responseElements.lastModified, string | undefined>>(true);
    // @ts-expect-error the wire lowers the model's FunctionName
    void e.requestParameters.FunctionName;
    return e.responseElements.role ?? e.requestParameters.role;
  }
  return undefined;
}

// Environment variables are sensitive: never required, so an update without them is typed.
expectType<Equals<Environment['variables'], { [key: string]: string } | undefined>>(true);
const noVariables: Environment = {};
void noVariables;

// Any other API version narrows the same way; the departed variant stays until a guard removes it.
export function updateOfAnyVersion(e: LambdaEvent): void {
  if (e.eventName === 'UpdateFunctionConfiguration20990101v7' && !lambdaService.isDeparted(e)) {
    expectType<Equals<typeof e, UpdateFunctionConfigurationEvent>>(true);
  }
  if (e.eventName === 'AddPermission20150331') {
    expectType<Equals<typeof e, AddPermissionEvent | LambdaDeparted>>(true);
    // @ts-expect-error a failed or departed call has no typed request to read
    void e.requestParameters.statementId;
  }
}

// The wire form keeps the versioned name as a literal.
const wireName: UpdateFunctionConfigurationSucceededJson['eventName'] = 'UpdateFunctionConfiguration20150331v2';
void wireName;
// @ts-expect-error another operation's name is not this operation's
const otherName: UpdateFunctionConfigurationSucceededJson['eventName'] = 'UpdateFunctionCode20150331v2';
void otherName;

// ---------------------------------------------------------------------------
// A refused call (odd/panther-analysis.json[104]): the request is deep-partial

export function refusedListing(e: LambdaEvent): string | undefined {
  if (e.eventName === 'ListFunctions20150331' && isFailedLambdaCall(e)) {
    expectType<Equals<typeof e, ListFunctionsFailed>>(true);
    expectType<Equals<typeof e.requestParameters, DeepPartial<ListFunctionsRequest> | null | undefined>>(true);
    expectType<Equals<typeof e.responseElements, null | undefined>>(true);
    return e.errorCode;
  }
  return undefined;
}

// Timestamps of the model's Date shape decode to Dates.
expectType<Equals<EventSourceMappingConfiguration['lastModified'], Date | undefined>>(true);

// Departures are read through the descriptor, whatever the variant.
export function departurePaths(e: LambdaEvent): string[] {
  return lambdaService.isDeparted(e) ? lambdaService.departuresOf(e).map((i) => i.path) : [];
}
