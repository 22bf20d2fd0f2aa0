// The command line: the usage text, and the arguments read into options or
// into the one-line reason they are refused (exit code 2).
import { clipText, escapeText } from '../index.js';

export const USAGE = `Usage: cloudtrail-codecs <command> [options] <files...>

Commands:
  check <files...>     decode every record; print failures as they are found,
                       then counts per file
  summary <files...>   the same, then counts by eventSource, eventName, actor,
                       errorCode and account
  validate <folder>    prove a local copy of a trail (as aws s3 sync leaves it)
                       complete and unaltered: every digest's signature, the
                       chain of digests, and every log file's hash

Files are CloudTrail log files (.json or .json.gz: gzip is detected by content),
EventBridge events, LookupEvents results, single records, and CloudWatch Logs
subscription data (the payload, the Lambda event {"awslogs": …}, Firehose
and Kinesis events); '-' reads stdin (once). Digest files and CloudWatch Logs
control messages are skipped; S3 event notifications and other inputs that
are not CloudTrail get a one-line message saying what they are.

Options:
  --json       machine-readable output on stdout (one JSON document)
  --top <n>    summary only: rows per table (default 15; 0 for all)
  --services   also report, per typed service and operation, the payloads
               that depart from the model, with their paths (summary always
               shows how many records each service module typed)
  --           the arguments after it are files, even if they start with -
  -h, --help   this text
  -v, --version

Options of validate:
  --public-keys <file>  the output of aws cloudtrail list-public-keys for the
                        time the trail covers (required; may be repeated)
  --signatures <file>   the S3 metadata of every digest object: a JSON object
                        from key to Metadata, or JSON lines of
                        {"Key": …, "Metadata": {…}} (required)
  --bucket <name>       the bucket the folder was copied from; without it the
                        bucket each digest names is trusted, and not verified
  --prefix <prefix>     the key prefix the folder was copied from, when it is
                        not the bucket's root (aws s3 sync s3://b/prefix dir)
  --expected-end <time> the time every chain should reach (ISO-8601, such as
                        2026-04-01T00:00:00Z): digests deleted after the
                        newest one leave no other trace
  --allow-restarts      accept a chain that restarts (logging or validation
                        turned off and on), as a notice

Exit codes: 0 every record of every file decoded (validate: every file
valid); 1 a record failed or a file could not be read (validate: a file is
invalid or missing), or stdout was closed early; 2 bad arguments or an
internal error. The guide: docs/cli.md in the package.
`;

/** `check` and `summary`. */
export interface DecodeOptions {
  readonly command: 'check' | 'summary';
  readonly files: readonly string[];
  readonly json: boolean;
  readonly top: number;
  readonly services: boolean;
}

/** `validate`. */
export interface ValidateOptions {
  readonly command: 'validate';
  readonly folder: string;
  readonly json: boolean;
  readonly publicKeys: readonly string[];
  readonly signatures: string;
  readonly bucket: string | undefined;
  readonly prefix: string;
  readonly allowRestarts: boolean;
  /** ISO-8601 text, checked for its form here and read by the library. */
  readonly expectedEnd: string | undefined;
}

export type Options = DecodeOptions | ValidateOptions;

/** A command-line argument in a message, quoted and escaped. */
export const quoteArg = (a: string): string => `'${escapeText(clipText(a, 100))}'`;

// Options that take a value, and the commands they belong to.
const VALUED = new Set(['--top', '--public-keys', '--signatures', '--bucket', '--prefix', '--expected-end']);
const VALIDATE_ONLY = ['--public-keys', '--signatures', '--bucket', '--prefix', '--expected-end', '--allow-restarts'];
const DECODE_ONLY = ['--top', '--services'];

/** The options, or why the arguments are refused. */
export function parseArgs(argv: readonly string[]): Options | string {
  const files: string[] = [];
  const given = new Map<string, string[]>();
  const flags = new Set<string>();
  let command: string | undefined;
  let onlyFiles = false;
  for (let i = 0; i < argv.length; i++) {
    const a = argv[i] as string;
    if (onlyFiles) files.push(a);
    else if (a === '--') onlyFiles = true;
    else if (VALUED.has(a)) {
      const v = argv[++i];
      if (v === undefined) return a === '--top' ? '--top takes a whole number, not nothing' : `${a} takes a value`;
      given.set(a, [...(given.get(a) ?? []), v]);
    } else if (a === '--json' || a === '--services' || a === '--allow-restarts') flags.add(a);
    else if (a.startsWith('-') && a !== '-') return `unknown option ${escapeText(a)}`;
    else if (command === undefined) command = a;
    else files.push(a);
  }
  if (command !== 'check' && command !== 'summary' && command !== 'validate') return command === undefined ? 'no command given' : `unknown command ${escapeText(command)}`;
  const used = [...given.keys(), ...flags];
  const foreign = used.find((o) => (command === 'validate' ? DECODE_ONLY : VALIDATE_ONLY).includes(o));
  if (foreign !== undefined) {
    return `${foreign} is for ${command === 'validate' ? 'check and summary' : 'validate'}, not ${command}`;
  }
  if (command === 'check' && given.has('--top')) return '--top is for summary; check prints no tables';
  const once = [...given].find(([o, v]) => o !== '--public-keys' && v.length > 1);
  if (once !== undefined) return `${once[0]} can be given only once`;
  const value = (o: string): string | undefined => given.get(o)?.[0];
  if (command === 'validate') return validateOptions(files, value, given.get('--public-keys') ?? [], flags);

  let top = 15;
  const topText = value('--top');
  if (topText !== undefined) {
    // Digits only: Number('') is 0 and Number('1e3') is 1000, neither meant.
    if (!/^\d{1,9}$/.test(topText)) return `--top takes a whole number, not ${quoteArg(topText)}`;
    top = Number(topText);
  }
  if (files.length === 0) return `${command} needs at least one file (or - for stdin)`;
  // Stdin can be read once: a second - would always look empty.
  if (files.filter((f) => f === '-').length > 1) return '- (stdin) can be given only once';
  return { command, files, json: flags.has('--json'), top, services: flags.has('--services') };
}

function validateOptions(files: readonly string[], value: (o: string) => string | undefined, publicKeys: readonly string[], flags: ReadonlySet<string>): ValidateOptions | string {
  if (files.length === 0) return 'validate needs the folder that holds the copy of the trail';
  if (files.length > 1) return `validate takes one folder, not ${files.length} (give the folder above them: every trail, account and region under it is checked)`;
  const folder = files[0] as string;
  if (folder === '-') return 'validate reads a folder, not stdin';
  if (publicKeys.length === 0) {
    return 'validate needs --public-keys <file>: save it with aws cloudtrail list-public-keys --start-time <first day> --end-time <last day> > keys.json';
  }
  const signatures = value('--signatures');
  if (signatures === undefined) return 'validate needs --signatures <file>: the S3 metadata of the digest objects (docs/cli.md shows how to collect it)';
  const bucket = value('--bucket');
  // Names of today's rules, and the looser legacy ones (capitals, underscores) of old us-east-1 buckets.
  if (bucket !== undefined && !/^[A-Za-z0-9][A-Za-z0-9._-]{1,253}[A-Za-z0-9]$/.test(bucket)) {
    return `--bucket takes an S3 bucket name alone (no s3://, no key), not ${quoteArg(bucket)}`;
  }
  let prefix = value('--prefix') ?? '';
  if (prefix.startsWith('s3://')) return `--prefix takes the key prefix alone, without s3:// and the bucket: not ${quoteArg(prefix)}`;
  if (prefix !== '' && !prefix.endsWith('/')) prefix += '/';
  const expectedEnd = value('--expected-end');
  if (expectedEnd !== undefined && (!/^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}(:\d{2}(\.\d{1,9})?)?(Z|[+-]\d{2}:\d{2})$/.test(expectedEnd) || Number.isNaN(Date.parse(expectedEnd)))) {
    return `--expected-end takes an ISO-8601 time with its zone, such as 2026-04-01T00:00:00Z, not ${quoteArg(expectedEnd)}`;
  }
  return { command: 'validate', folder, json: flags.has('--json'), publicKeys, signatures, bucket, prefix, allowRestarts: flags.has('--allow-restarts'), expectedEnd };
}
