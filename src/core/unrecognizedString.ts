import type * as t from 'io-ts';
import type { Unrecognized } from './Unrecognized.js';
import { INVALID, WireType, failureAt, type Invalid } from './WireType.js';

/** The codec returned by {@link unrecognizedString}. */
export interface UnrecognizedStringC<Domain extends string> extends WireType<Unrecognized<Domain>, string> {}

class UnrecognizedStringType<Domain extends string>
  extends WireType<Unrecognized<Domain>, string>
  implements UnrecognizedStringC<Domain>
{
  readonly encodesAsIs = true;
  constructor(name: string) {
    super(name, (u): u is Unrecognized<Domain> => typeof u === 'string');
  }
  parse(u: unknown): Unrecognized<Domain> | Invalid {
    return typeof u === 'string' ? (u as unknown as Unrecognized<Domain>) : INVALID;
  }
  override inlineInvalid(): string {
    return "typeof v !== 'string'";
  }
  explain(u: unknown, c: t.Context): t.Errors {
    return failureAt(u, c);
  }
  encodeValue(a: Unrecognized<Domain>): string {
    return a as unknown as string;
  }
}

/**
 * Any string, typed as {@link Unrecognized}: the tag of the fallback branch of
 * a tagged union, which must not stop narrowing on the known tags.
 */
export function unrecognizedString<Domain extends string>(name: string): UnrecognizedStringC<Domain> {
  return new UnrecognizedStringType<Domain>(name);
}
