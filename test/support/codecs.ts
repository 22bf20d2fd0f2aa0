import { isLeft } from 'fp-ts/Either';
import type * as t from 'io-ts';
import { formatErrors } from '../../src/index.js';

/** The decoded value; throws (failing the test) with the formatted errors if the codec refuses it. */
export function decoded<A>(codec: t.Decoder<unknown, A>, u: unknown): A {
  const r = codec.decode(u);
  if (isLeft(r)) throw new Error(`expected a decode, got ${formatErrors(r.left).join('; ')}`);
  return r.right;
}

/** The formatted errors; throws (failing the test) if the codec accepts the value. */
export function errorsOf(codec: t.Decoder<unknown, unknown>, u: unknown): string[] {
  const r = codec.decode(u);
  if (!isLeft(r)) throw new Error('expected the value to be rejected');
  return formatErrors(r.left);
}
