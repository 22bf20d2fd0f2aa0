// The corpus facts that the STS, IAM and KMS wire profiles
// (scripts/codegen/wire/*.ts) rely on. An independent reading of the model,
// not the kit: it walks each payload along the model with the config's
// corrections and says where the record departs, so a config entry the
// records contradict, or a departure the config misses, fails here.
import { existsSync, readFileSync } from 'node:fs';
import { basename, join } from 'node:path';
import { describe, expect, it } from 'vitest';
import type { ServiceConfig } from '../../scripts/codegen/config.js';
import { iam } from '../../scripts/codegen/wire/iam.js';
import { kms } from '../../scripts/codegen/wire/kms.js';
import { sts } from '../../scripts/codegen/wire/sts.js';
import { parseJavaDateText } from '../../src/core/DateFromJavaDateText.js';
import { corpusFiles, oddFiles, repoRoot, sharedDir, type CorpusFile } from '../support/corpus.js';

interface Ref {
  readonly target: string;
  readonly traits?: Readonly<Record<string, unknown>>;
}
interface Shape {
  readonly type: string;
  readonly members?: Readonly<Record<string, Ref>>;
  readonly member?: Ref;
  readonly value?: Ref;
  readonly input?: Ref;
  readonly output?: Ref;
  readonly operations?: readonly Ref[];
  readonly traits?: Readonly<Record<string, unknown>>;
}
type Json = Record<string, unknown>;

const HIDDEN = 'HIDDEN_DUE_TO_SECURITY_REASONS';
const SENSITIVE = 'smithy.api#sensitive';
const REQUIRED = 'smithy.api#required';
const PRELUDE: Readonly<Record<string, string>> = {
  String: 'string', Boolean: 'boolean', PrimitiveBoolean: 'boolean', Integer: 'number', PrimitiveInteger: 'number',
  Long: 'number', PrimitiveLong: 'number', Float: 'number', Double: 'number', Timestamp: 'timestamp', Blob: 'blob',
  Document: 'document', Unit: 'unit',
};

const NUMBERS = new Set(['number', 'byte', 'short', 'integer', 'long', 'float', 'double', 'bigInteger', 'bigDecimal', 'intEnum']);
/** An operation's input or output shape; undefined for Smithy `Unit`. */
const io = (ref: Ref | undefined): string | undefined => (ref === undefined || ref.target === 'smithy.api#Unit' ? undefined : ref.target);

const lowerFirst = (s: string): string => s.charAt(0).toLowerCase() + s.slice(1);
const short = (id: string): string => id.slice(id.indexOf('#') + 1);
const isObject = (v: unknown): v is Json => typeof v === 'object' && v !== null && !Array.isArray(v);

class Model {
  readonly eventSource: string;
  readonly operations = new Map<string, Shape>();
  private readonly shapes: Readonly<Record<string, Shape>>;
  private readonly byName = new Map<string, string>();

  constructor(cfg: ServiceConfig) {
    // The generator vendors the model under models/; until then read the shared copy.
    const vendored = join(repoRoot, cfg.model);
    const path = existsSync(vendored) ? vendored : join(sharedDir, 'models', basename(cfg.model));
    this.shapes = (JSON.parse(readFileSync(path, 'utf8')) as { shapes: Record<string, Shape> }).shapes;
    let source = '';
    for (const [id, s] of Object.entries(this.shapes)) {
      this.byName.set(short(id), id);
      if (s.type === 'service') {
        source = (s.traits?.['aws.api#service'] as { cloudTrailEventSource: string }).cloudTrailEventSource;
        for (const op of s.operations ?? []) this.operations.set(short(op.target), this.shapes[op.target] as Shape);
      }
    }
    this.eventSource = source;
  }
  kind(id: string): string {
    return id.startsWith('smithy.api#') ? (PRELUDE[short(id)] ?? 'unknown') : (this.shapes[id]?.type ?? 'unknown');
  }
  shape(id: string): Shape | undefined {
    return this.shapes[id];
  }
  /** The id of a shape named without its namespace. */
  named(name: string): string | undefined {
    return this.byName.get(name);
  }
  /** `Shape.Member` with model names, as config keys write it. */
  member(key: string): { shape: string; ref: Ref } | undefined {
    const [s = '', m = ''] = key.split('.');
    const id = this.byName.get(s);
    const ref = id === undefined ? undefined : this.shapes[id]?.members?.[m];
    return id === undefined || ref === undefined ? undefined : { shape: id, ref };
  }
  sensitive(ref: Ref): boolean {
    return ref.traits?.[SENSITIVE] !== undefined || this.shapes[ref.target]?.traits?.[SENSITIVE] !== undefined;
  }
  /** Required on the wire: the model's @required minus wire.optional and sensitive members, plus wire.required. */
  wireRequired(cfg: ServiceConfig, shapeId: string, name: string, ref: Ref): boolean {
    const key = `${short(shapeId)}.${name}`;
    if (cfg.wire?.required?.[key] !== undefined) return true;
    return ref.traits?.[REQUIRED] !== undefined && !this.sensitive(ref) && cfg.wire?.optional?.[key] === undefined;
  }
}

/** What one walk of the payloads found. */
interface Walk {
  /** The corpus files walked. */
  readonly files: readonly string[];
  /** Departures by record (`file[index]`), as JSON paths. */
  readonly departures: Map<string, string[]>;
  /** Payload keys that are a model member's name: right (lower-first) or wrong (as the model writes it). */
  readonly names: { right: number; wrong: string[] };
  readonly dates: Array<{ at: string; text: string }>;
  readonly sensitivePresent: string[];
  /** Per `Shape.Member` with model names: how often its structure was written, and how often without it. */
  readonly seen: Map<string, { written: number; absent: number }>;
  readonly unknownOperations: string[];
  /** Successful calls, by operation: how many, and how many with responseElements null or absent. */
  readonly succeeded: Map<string, { calls: number; noResponse: string[] }>;
}

function walkService(cfg: ServiceConfig, model: Model, files: readonly CorpusFile[]): Walk {
  const walk: Walk = {
    files: files.map((f) => f.name),
    departures: new Map(),
    names: { right: 0, wrong: [] },
    dates: [],
    sensitivePresent: [],
    seen: new Map(),
    unknownOperations: [],
    succeeded: new Map(),
  };
  let issues: string[] = [];
  const visit = (target: string, v: unknown, path: string, at: string): void => {
    const kind = model.kind(target);
    const shape = model.shape(target);
    if (kind === 'structure' || kind === 'union') {
      if (!isObject(v)) return void issues.push(`${path}: not an object`);
      for (const [name, ref] of Object.entries(shape?.members ?? {})) {
        const wire = lowerFirst(name);
        if (wire !== name && v[name] !== undefined) walk.names.wrong.push(`${at} ${path}.${name}`);
        const key = `${short(target)}.${name}`;
        const count = walk.seen.get(key) ?? { written: 0, absent: 0 };
        walk.seen.set(key, { written: count.written + 1, absent: count.absent + (v[wire] === undefined ? 1 : 0) });
        if (v[wire] === undefined) {
          if (kind === 'structure' && model.wireRequired(cfg, target, name, ref)) issues.push(`${path}.${wire}: missing`);
          continue;
        }
        walk.names.right++;
        if (model.sensitive(ref)) walk.sensitivePresent.push(`${at} ${path}.${wire}`);
        visit(ref.target, v[wire], `${path}.${wire}`, at);
      }
    } else if (kind === 'list') {
      if (!Array.isArray(v)) return void issues.push(`${path}: not an array`);
      v.forEach((item, i) => visit(shape?.member?.target ?? '', item, `${path}[${i}]`, at));
    } else if (kind === 'map') {
      if (!isObject(v)) return void issues.push(`${path}: not an object`);
      for (const [k, item] of Object.entries(v)) visit(shape?.value?.target ?? '', item, `${path}.${k}`, at);
    } else if (kind === 'timestamp') {
      if (typeof v !== 'string' || Number.isNaN(parseJavaDateText(v))) issues.push(`${path}: not Java date text`);
      if (typeof v === 'string') walk.dates.push({ at: `${at} ${path}`, text: v });
    } else if (kind === 'string' || kind === 'enum' || kind === 'blob') {
      if (typeof v !== 'string') issues.push(`${path}: not a string`);
    } else if (NUMBERS.has(kind)) {
      if (typeof v !== 'number') issues.push(`${path}: not a number`);
    } else if (kind === 'boolean') {
      if (typeof v !== 'boolean') issues.push(`${path}: not a boolean`);
    }
  };
  const hasRequired = (id: string): boolean =>
    Object.entries(model.shape(id)?.members ?? {}).some(([n, ref]) => model.wireRequired(cfg, id, n, ref));

  for (const file of files) {
    file.json.Records.forEach((u, index) => {
      if (!isObject(u) || u.eventSource !== model.eventSource) return;
      const at = `${file.name}[${index}]`;
      const name = String(u.eventName);
      const op = model.operations.get(name);
      if (op === undefined) return void walk.unknownOperations.push(`${at} ${name}`);
      // Failed calls carry partial requests and no response: nothing to hold them to.
      if (u.errorCode !== undefined || u.errorMessage !== undefined) return;
      issues = [];
      const { requestParameters: request, responseElements: response } = u;
      const input = io(op.input);
      const output = io(op.output);
      if (input !== undefined) {
        if (request == null) {
          if (hasRequired(input)) issues.push('requestParameters: null');
        } else visit(input, request, 'requestParameters', at);
      }
      const counts = walk.succeeded.get(name) ?? { calls: 0, noResponse: [] };
      walk.succeeded.set(name, { calls: counts.calls + 1, noResponse: counts.noResponse });
      if (response == null) {
        counts.noResponse.push(at);
        if (cfg.wire?.recordedResponses?.[name] !== undefined) issues.push('responseElements: null');
      } else if (output !== undefined) visit(output, response, 'responseElements', at);
      if (issues.length > 0) walk.departures.set(at, issues);
    });
  }
  return walk;
}

/** Every `Shape.Member` and operation a config names, held to the model: the problems found. */
function configProblems(cfg: ServiceConfig, model: Model): string[] {
  const problems: string[] = [];
  const reasons = [
    ...Object.values(cfg.wire?.required ?? {}),
    ...Object.values(cfg.wire?.optional ?? {}),
    ...Object.values(cfg.wire?.recordedResponses ?? {}),
    ...Object.values(cfg.wire?.timestampForms ?? {}).map((f) => f.reason),
  ];
  if (reasons.some((r) => r.trim() === '')) problems.push('a reason is empty');
  for (const key of Object.keys(cfg.wire?.required ?? {})) {
    const m = model.member(key);
    if (m === undefined) problems.push(`required ${key}: no such member`);
    else if (m.ref.traits?.[REQUIRED] !== undefined) problems.push(`required ${key}: the model requires it already`);
  }
  for (const key of Object.keys(cfg.wire?.optional ?? {})) {
    const m = model.member(key);
    if (m === undefined) problems.push(`optional ${key}: no such member`);
    else if (m.ref.traits?.[REQUIRED] === undefined) problems.push(`optional ${key}: the model leaves it optional`);
    else if (model.sensitive(m.ref)) problems.push(`optional ${key}: sensitive, so never required anyway`);
  }
  for (const key of Object.keys(cfg.wire?.timestampForms ?? {})) {
    const id = model.named(key);
    if (model.member(key) === undefined && (id === undefined || model.kind(id) !== 'timestamp')) {
      problems.push(`timestampForms ${key}: no such member`);
    }
  }
  for (const name of Object.keys(cfg.wire?.recordedResponses ?? {})) {
    const op = model.operations.get(name);
    if (op === undefined) problems.push(`recordedResponses ${name}: no such operation`);
    else if (io(op.output) === undefined) problems.push(`recordedResponses ${name}: the operation has no output`);
  }
  return problems;
}

/**
 * Where the walked records contradict an entry, or an entry whose reason
 * cites one of the walked files finds no support in them. `responses`: hold
 * recordedResponses to these records too.
 */
function unsupportedEntries(cfg: ServiceConfig, walk: Walk, responses = true): string[] {
  const cites = (reason: string): boolean =>
    walk.files.some((f) => new RegExp(`(?<![\\w/.-])${f.replace(/[.]/g, '\\.')}\\[`).test(reason));
  const out: string[] = [];
  for (const [key, reason] of Object.entries(cfg.wire?.required ?? {})) {
    const s = walk.seen.get(key);
    if (s !== undefined && s.absent > 0) out.push(`required ${key}: absent in ${s.absent} of ${s.written} records`);
    if (cites(reason) && (s === undefined || s.written === 0)) out.push(`required ${key}: no record writes its structure`);
  }
  for (const [key, reason] of Object.entries(cfg.wire?.optional ?? {})) {
    const s = walk.seen.get(key);
    if (cites(reason) && (s === undefined || s.absent === 0)) out.push(`optional ${key}: no record leaves it out`);
  }
  for (const [name, reason] of Object.entries(responses ? (cfg.wire?.recordedResponses ?? {}) : {})) {
    const s = walk.succeeded.get(name);
    if (s !== undefined && s.noResponse.length > 0) out.push(`recordedResponses ${name}: null in ${s.noResponse.join(', ')}`);
    if (cites(reason) && s === undefined) out.push(`recordedResponses ${name}: no successful record`);
  }
  return out;
}

const services = [sts, iam, kms] as const;
const models = new Map(services.map((cfg) => [cfg.name, new Model(cfg)]));
const modelOf = (cfg: ServiceConfig): Model => models.get(cfg.name) as Model;
const main = corpusFiles();
// Odd records are named `odd/<file>`, as the config reasons cite them.
const everything = [...main, ...oddFiles().map((f) => ({ ...f, name: `odd/${f.name}` }))];
const mainWalks = new Map(services.map((cfg) => [cfg.name, walkService(cfg, modelOf(cfg), main)]));
const allWalks = new Map(services.map((cfg) => [cfg.name, walkService(cfg, modelOf(cfg), everything)]));
const mainWalk = (cfg: ServiceConfig): Walk => mainWalks.get(cfg.name) as Walk;
const allWalk = (cfg: ServiceConfig): Walk => allWalks.get(cfg.name) as Walk;

/**
 * Records of the development corpus whose payload departs from the model as
 * the profiles correct it: they must decode as departed, never be lost.
 * Both are hand-made detection-rule fixtures.
 */
const EXPECTED_DEPARTURES: Readonly<Record<string, Readonly<Record<string, readonly string[]>>>> = {
  sts: {},
  iam: {
    'panther-analysis.json[43]': ['requestParameters.assumeRolePolicyDocument: missing'],
    'panther-analysis.json[73]': ['responseElements.accessKey.createDate: not Java date text', 'responseElements.accessKey.userName: missing'],
  },
  kms: {},
};

describe.each(services)('$name wire profile', (cfg) => {
  const model = modelOf(cfg);

  it('names its model, its service and its generated names', () => {
    expect(model.eventSource).toBe(`${cfg.name}.amazonaws.com`);
    expect(cfg.model).toBe(`models/${basename(cfg.model)}`);
    expect(cfg.prefix).toBe(cfg.name);
    expect(cfg.callName).toBe(cfg.name.toUpperCase());
    expect(cfg.eventCodec).toBe(`${cfg.callName}Event`);
    expect(cfg.budget).toBeGreaterThan(0);
  });

  it('names only model members and operations, each departing from the model as it says', () => {
    expect(configProblems(cfg, model)).toEqual([]);
  });

  it('is borne out by every record: required members written, optional ones left out, responses recorded', () => {
    expect(unsupportedEntries(cfg, mainWalk(cfg))).toEqual([]);
    // Abridged fixtures in odd/ may lack a response; they depart on their request anyway (below).
    expect(unsupportedEntries(cfg, allWalk(cfg), false)).toEqual([]);
  });

  it('odd records of recorded-response operations without a response are abridged and depart on their request too', () => {
    const walk = allWalk(cfg);
    for (const op of Object.keys(cfg.wire?.recordedResponses ?? {})) {
      for (const at of walk.succeeded.get(op)?.noResponse ?? []) {
        expect(at.startsWith('odd/')).toBe(true);
        expect(walk.departures.get(at)).toEqual(['requestParameters: null', 'responseElements: null']);
      }
    }
  });

  it('writes member names with the first letter lowered, acronyms included', () => {
    const { names } = allWalk(cfg);
    expect(cfg.memberNames).toBe('lower-first');
    expect(names.wrong).toEqual([]);
    expect(names.right).toBeGreaterThan(10);
  });

  it('writes every payload timestamp as Java date text, with and without the comma after the year', () => {
    expect(cfg.timestamps).toBe('java-text');
    expect(cfg.wire?.timestampForms).toBeUndefined();
    const bad = mainWalk(cfg).dates.filter((d) => Number.isNaN(parseJavaDateText(d.text)));
    expect(bad.map((d) => d.at)).toEqual(cfg.name === 'iam' ? ['panther-analysis.json[73] responseElements.accessKey.createDate'] : []);
    // Both JDK forms, and the narrow no-break space newer JDKs put before AM/PM, read to the same instant.
    for (const { text } of mainWalk(cfg).dates) {
      const ms = parseJavaDateText(text);
      if (Number.isNaN(ms)) continue;
      const flipped = /\d{4},/.test(text) ? text.replace(/(\d{4}),/, '$1') : text.replace(/(\d{4})/, '$1,');
      expect(parseJavaDateText(flipped)).toBe(ms);
      expect(parseJavaDateText(text.replace(/ (AM|PM)$/, '\u202f$1'))).toBe(ms);
    }
  });

  it('leaves sensitive values out rather than writing hidden text', () => {
    expect(cfg.hidden).toBeUndefined();
    expect(allWalk(cfg).sensitivePresent).toEqual([]);
    for (const file of everything) {
      for (const r of file.json.Records) {
        if (!isObject(r) || r.eventSource !== model.eventSource) continue;
        expect(JSON.stringify([r.requestParameters, r.responseElements])).not.toContain(HIDDEN);
      }
    }
  });

  it('lists every corpus record whose payload departs from the model', () => {
    expect(Object.fromEntries(mainWalk(cfg).departures)).toEqual(EXPECTED_DEPARTURES[cfg.name]);
  });
});

describe('findings the profiles encode', () => {
  it('an operation with a successful call recorded without a response is never in recordedResponses', () => {
    const nullResponses = (cfg: ServiceConfig): string[] =>
      [...mainWalk(cfg).succeeded].filter(([, s]) => s.noResponse.length > 0).map(([op]) => op).sort();
    expect(nullResponses(iam)).toEqual(['AddUserToGroup', 'AttachRolePolicy', 'AttachUserPolicy', 'ChangePassword', 'CreateRole', 'EnableMFADevice', 'ListAccessKeys', 'PutUserPolicy', 'UpdateAssumeRolePolicy', 'UpdateLoginProfile']);
    expect(nullResponses(kms)).toEqual(['Decrypt', 'GenerateDataKey', 'ListKeys']);
    expect(nullResponses(sts)).toEqual(['GetCallerIdentity']);
  });

  it('AWS services assume roles without an assumedRoleUser in the response, so it stays optional', () => {
    const byServices = everything.flatMap((f) => f.json.Records).filter(
      (r): r is Json => isObject(r) && r.eventName === 'AssumeRole' && isObject(r.userIdentity) && r.userIdentity.type === 'AWSService',
    );
    expect(byServices.length).toBeGreaterThanOrEqual(6);
    for (const r of byServices) {
      expect(Object.keys(r.userIdentity as Json).sort()).toEqual(['invokedBy', 'type']);
      expect(Object.keys(r.responseElements as Json)).toEqual(['credentials']);
    }
    expect(sts.wire?.required?.['AssumeRoleResponse.AssumedRoleUser']).toBeUndefined();
  });

  it('KMS calls made by AWS services carry only type and invokedBy, and no response', () => {
    const calls = main.flatMap((f) => f.json.Records).filter(
      (r): r is Json => isObject(r) && r.eventSource === 'kms.amazonaws.com' && isObject(r.userIdentity) && r.userIdentity.type === 'AWSService',
    );
    expect(calls.map((r) => r.eventName)).toEqual(['GenerateDataKey', 'GenerateDataKey']);
    for (const r of calls) {
      expect(Object.keys(r.userIdentity as Json).sort()).toEqual(['invokedBy', 'type']);
      expect(r.responseElements).toBeNull();
    }
  });

  it('service events and renamed rule fixtures are not operations: the config gives a service event a codec of its own, a fixture decodes as an unknown operation', () => {
    const unknown = (cfg: ServiceConfig): string[] => mainWalk(cfg).unknownOperations;
    expect(unknown(kms)).toEqual(['aws-docs-2026-mirror.json[12] RotateKey', 'aws-docs-cloudtrail-user-guide-archive.json[14] RotateKey']);
    expect(Object.keys(kms.serviceEvents ?? {})).toContain('RotateKey');
    expect(unknown(iam)).toEqual(['panther-analysis.json[44] NotCreateUser']);
    expect(unknown(sts)).toEqual([]);
  });

  it('acronym-led names lower only their first letter', () => {
    const keys = (file: string, index: number): string[] => {
      const f = everything.find((c) => c.name === file);
      const r = f?.json.Records[index];
      return isObject(r) ? [r.requestParameters, r.responseElements].flatMap((p) => (isObject(p) ? Object.keys(p) : [])) : [];
    };
    expect(keys('aws-docs-iam-user-guide.json', 0)).toContain('sAMLAssertionID');
    expect(keys('odd/panther-analysis.json', 43)).toEqual(expect.arrayContaining(['sAMLMetadataDocument', 'sAMLProviderArn']));
  });
});

describe('the checks fail when a profile and the records disagree', () => {
  const withWire = (cfg: ServiceConfig, wire: NonNullable<ServiceConfig['wire']>): ServiceConfig => ({ ...cfg, wire });

  it('a member required against the records', () => {
    const wrong = withWire(sts, { ...sts.wire, required: { ...sts.wire?.required, 'AssumeRoleResponse.AssumedRoleUser': 'x' } });
    expect(unsupportedEntries(wrong, walkService(wrong, modelOf(sts), everything), false)).toEqual([
      expect.stringMatching(/^required AssumeRoleResponse\.AssumedRoleUser: absent in [1-9]\d* of/),
    ]);
  });

  it('a response recorded against the records', () => {
    const wrong = withWire(iam, { ...iam.wire, recordedResponses: { ...iam.wire?.recordedResponses, CreateRole: 'x' } });
    expect(unsupportedEntries(wrong, walkService(wrong, modelOf(iam), main))).toEqual([
      'recordedResponses CreateRole: null in panther-analysis.json[43]',
    ]);
  });

  it('a departure the profile misses', () => {
    const { optional: _dropped, ...rest } = kms.wire ?? {};
    const departures = walkService(withWire(kms, rest), modelOf(kms), main).departures;
    expect([...departures.keys()]).toEqual(['aws-docs-2026-mirror.json[31]', 'panther-analysis.json[30]']);
    expect(departures.get('panther-analysis.json[30]')).toEqual(['requestParameters.ciphertextBlob: missing']);
  });

  it('entries that are not model members, or that the model already states', () => {
    const wrong = withWire(kms, {
      required: { 'KeyMetadata.KeyId': 'x', 'KeyMetadata.Nope': 'x' },
      optional: { 'CreateKeyRequest.Policy': 'x', 'EncryptRequest.Plaintext': 'x' },
      recordedResponses: { DisableKey: 'x', Nope: ' ' },
    });
    expect(configProblems(wrong, modelOf(kms))).toEqual([
      'a reason is empty',
      'required KeyMetadata.KeyId: the model requires it already',
      'required KeyMetadata.Nope: no such member',
      'optional CreateKeyRequest.Policy: the model leaves it optional',
      'optional EncryptRequest.Plaintext: sensitive, so never required anyway',
      'recordedResponses DisableKey: the operation has no output',
      'recordedResponses Nope: no such operation',
    ]);
  });
});
