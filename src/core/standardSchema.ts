// Standard Schema v1 (https://standardschema.dev) is a structural contract:
// a consumer such as Powertools' parser, tRPC or a form library accepts any
// object whose `~standard` property has this shape. The types are written out
// here instead of importing @standard-schema/spec, so that the package's
// declarations need nothing a consumer has not installed.
import type * as t from 'io-ts';
import { issuesOf } from './Issue.js';

/**
 * The `~standard` property of every codec in this library: Standard Schema
 * version 1, with the decoded type as output and the wire type as input.
 *
 * @example
 * import { CloudTrailRecord } from 'cloudtrail-codecs';
 * const props = CloudTrailRecord['~standard'];
 * props.version; // 1
 * props.vendor; // 'cloudtrail-codecs'
 */
export interface StandardSchemaProps<Input, Output> {
  readonly version: 1;
  readonly vendor: string;
  /** Decodes `value`: the decoded value, or every issue with its path. Never throws, never a promise. */
  readonly validate: (value: unknown, options?: { readonly libraryOptions?: Record<string, unknown> | undefined } | undefined) => StandardResult<Output>;
  /** Present only in the type system, for inference (`InferOutput`). */
  readonly types?: { readonly input: Input; readonly output: Output } | undefined;
}

/**
 * What a Standard Schema `validate` answers: the value, or the issues.
 *
 * @example
 * import { BooleanFromString, type StandardResult } from 'cloudtrail-codecs';
 * const r: StandardResult<boolean> = BooleanFromString['~standard'].validate('yes');
 * r.issues?.[0]?.message; // 'expected "true" | "false", got "yes"'
 */
export type StandardResult<Output> =
  | { readonly value: Output; readonly issues?: undefined }
  | { readonly issues: ReadonlyArray<StandardIssue> };

/**
 * One problem, as Standard Schema reports it: the message without the path,
 * and the path as keys and array indexes.
 *
 * @example
 * import { CloudTrailRecord, type StandardIssue } from 'cloudtrail-codecs';
 * const r = CloudTrailRecord['~standard'].validate({ eventVersion: '1.08' });
 * const first: StandardIssue | undefined = r.issues?.[0];
 * first?.path; // ['userIdentity']
 */
export interface StandardIssue {
  readonly message: string;
  readonly path?: ReadonlyArray<PropertyKey> | undefined;
}

// Kept beside the codecs rather than on them: a codec may be frozen.
const made = new WeakMap<object, StandardSchemaProps<unknown, unknown>>();

/** The `~standard` object of `codec`; made once per codec, on first use. */
export function standardPropsOf<A, O>(codec: t.Decoder<unknown, A>): StandardSchemaProps<O, A> {
  let props = made.get(codec) as StandardSchemaProps<O, A> | undefined;
  if (props === undefined) {
    props = makeProps<A, O>(codec);
    made.set(codec, props as StandardSchemaProps<unknown, unknown>);
  }
  return props;
}

function makeProps<A, O>(codec: t.Decoder<unknown, A>): StandardSchemaProps<O, A> {
  return {
    version: 1,
    vendor: 'cloudtrail-codecs',
    validate: (value) => {
      // decode is guarded by every codec of this library: it never throws.
      const r = codec.decode(value);
      if (r._tag === 'Right') return { value: r.right };
      return {
        issues: issuesOf(r.left).map((i) => {
          // The Standard Schema message goes beside its path, so the path
          // prefix of our one-line message is dropped.
          const prefix = `${i.path === '' ? '(root)' : i.path}: `;
          const message = i.message.startsWith(prefix) ? i.message.slice(prefix.length) : i.message;
          return i.segments.length === 0 ? { message } : { message, path: i.segments };
        }),
      };
    },
  };
}
