// Type-level tests for Secrets Manager events. Nothing here runs: `tsc --noEmit -p .`
// checks it, and every `@ts-expect-error` must sit on a real error.
import {
  isFailedSecretsManagerCall,
  isSucceededSecretsManagerCall,
  secretsManagerService,
  type GetSecretValueFailed,
  type GetSecretValueFailedJson,
  type GetSecretValueSucceeded,
  type GetSecretValueSucceededJson,
  type PutResourcePolicyResponse,
  type SecretsManagerDeparted,
  type SecretsManagerEvent,
} from '../../src/services/secretsmanager/index.js';
import { buildServiceEvent } from '../../src/service-kit/build/index.js';

/** True when A and B are the same type (not merely mutually assignable). */
type Equals<A, B> = (<T>() => T extends A ? 1 : 2) extends (<T>() => T extends B ? 1 : 2) ? true : false;

/** Compiles only when its type argument is `true`. */
function expectType<T extends true>(_ok: T): void {}

// Narrowed to a succeeded GetSecretValue, the request is typed; the response
// may be null (CloudTrail leaves the secret out).
export function secretIdOf(e: SecretsManagerEvent): string | undefined {
  if (e.eventName === 'GetSecretValue' && isSucceededSecretsManagerCall(e)) {
    expectType<Equals<typeof e, GetSecretValueSucceeded>>(true);
    expectType<Equals<typeof e.requestParameters.secretId, string>>(true);
    expectType<Equals<typeof e.requestParameters.versionStage, string | undefined>>(true);
    // @ts-expect-error responseElements may be null or absent
    void e.responseElements.secretString;
    return e.requestParameters.secretId;
  }
  return undefined;
}

// Before narrowing, the departed variant keeps requestParameters untyped.
export function beforeNarrowing(e: SecretsManagerEvent): unknown {
  if (e.eventName === 'GetSecretValue') {
    // @ts-expect-error a departed call's requestParameters is not the model's
    return e.requestParameters.secretId;
  }
  return undefined;
}

// A failed call types its request loosely.
export function deniedSecret(e: SecretsManagerEvent): string | undefined {
  if (e.eventName === 'GetSecretValue' && isFailedSecretsManagerCall(e)) {
    expectType<Equals<typeof e, GetSecretValueFailed>>(true);
    return e.requestParameters?.secretId;
  }
  return undefined;
}

// Acronym-led members lower only their first letter: ARN is aRN.
export function policyArn(r: PutResourcePolicyResponse): string | undefined {
  expectType<Equals<typeof r.aRN, string | undefined>>(true);
  return r.aRN;
}

// The departed variant is its own type, and the guards remove it.
export function departed(e: SecretsManagerEvent): e is SecretsManagerDeparted {
  return secretsManagerService.isDeparted(e);
}

// The builder returns the wire form of the operation's variants.
const built = buildServiceEvent(secretsManagerService, 'GetSecretValue');
expectType<Equals<typeof built, GetSecretValueSucceededJson | GetSecretValueFailedJson>>(true);
export const builtSecretId: string | undefined = built.requestParameters?.secretId;
