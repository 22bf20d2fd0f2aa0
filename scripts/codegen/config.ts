import type { TimestampForm } from '../../src/service-kit/table.js';
import type { IrModel } from './model.js';

/** Why the wire departs from the model at one place; it is written into the generated table's comments and the docs page. */
export type Reason = string;

/**
 * A protocol's wire dialect: rewrites the model as read from the facts file
 * into the shapes CloudTrail writes (member names from `xmlName` or
 * `ec2QueryName`, list wrappers, request forms). It returns a new model and
 * never mutates its input; the plan then reads the result as it reads any
 * model. Dialects live in `scripts/codegen/dialects/`, one per protocol, and
 * each documents which records it follows.
 */
export interface Dialect {
  /** Short name for the docs page: `ec2Query`. */
  readonly name: string;
  /** What the dialect does, in one or two sentences, for the docs page. */
  readonly summary: string;
  /**
   * Where the dialect follows the records instead of its own rules, each with
   * its evidence: the docs page lists them with the config's departures.
   */
  readonly notes?: ReadonlyArray<{ readonly key: string; readonly effect: string; readonly reason: Reason }>;
  apply(ir: IrModel, config: ServiceConfig): IrModel;
}

/** A hand-written event of a service (see {@link ServiceConfig.serviceEvents}). */
export interface ServiceEvent {
  /** The file in `src/services/<name>/`, without extension: `StreamAggregatedResources`. */
  readonly module: string;
  /** The name of its codec and type: `StreamAggregatedResourcesEvent`. */
  readonly codec: string;
  /** What the event is, and the records that show it. */
  readonly reason: Reason;
}

/**
 * One service: its model and how CloudTrail's records of it depart from the
 * model. Adding a service is adding one of these to `services.ts` (and a
 * model under `models/`); everything else is generated or derived.
 */
export interface ServiceConfig {
  /** Lower-case name: the folder `src/services/<name>/`, the entry `cloudtrail-codecs/<name>`, the docs page `docs/services/<name>.md`. */
  readonly name: string;
  /** The vendored model, relative to the repository root. */
  readonly model: string;
  /** Name of the event codec and its type, such as `STSEvent`. Must not clash with well-known types (`S3Event` of @types/aws-lambda). */
  readonly eventCodec: string;
  /** Prefix of the module's other generated names: `sts` → `stsService`, `isSucceededSTSCall` uses {@link callName}. */
  readonly prefix: string;
  /** The service's name inside guard names: `STS` → `isSucceededSTSCall`, `isFailedSTSCall`. */
  readonly callName: string;
  /** How member names are written: `lower-first` for awsQuery and awsJson (`RoleArn` → `roleArn`), `as-is` for restJson1. */
  readonly memberNames: 'lower-first' | 'as-is';
  /**
   * The protocol's wire dialect, for protocols whose CloudTrail names no
   * {@link ServiceConfig.memberNames} rule describes (restXml, ec2Query), or
   * restJson1 models with HTTP bindings CloudTrail places in its own way.
   */
  readonly dialect?: Dialect;
  /** How CloudTrail writes the model's timestamps in this service's payloads. */
  readonly timestamps: TimestampForm;
  /** The text CloudTrail writes in place of sensitive values, when it does. */
  readonly hidden?: string;
  /**
   * Set when CloudTrail appends the API version to the service's event names
   * (Lambda's `UpdateFunctionConfiguration20150331v2`), with the records that
   * show it: any such name decodes as the operation it starts with.
   */
  readonly versionedEventNames?: Reason;
  /**
   * The structure that types `additionalEventData` of the service's
   * successful calls (a model shape, or one the dialect adds), with the
   * records that show it.
   */
  readonly additionalEventData?: { readonly shape: string; readonly reason: Reason };
  /** Event names that are not operation names, such as `UpdateFunctionCode20150331v2`, with their operation. */
  readonly aliases?: Readonly<Record<string, string>>;
  /**
   * Events of the service that are no operation of its model, such as App
   * Mesh's `StreamAggregatedResources` (an `AwsServiceEvent`), by event name.
   * Each has a hand-written codec in `src/services/<name>/<module>.ts`, which
   * exports the codec and the types `<codec>` and `<codec>Json`; the generated
   * event codec dispatches the name to it, and the event is in the service's
   * event names and union.
   */
  readonly serviceEvents?: Readonly<Record<string, ServiceEvent>>;
  /** Where the records disagree with the model; the records win. Keys are `Shape.member` with model names. */
  readonly wire?: {
    /** Members the model leaves optional that CloudTrail always writes. */
    readonly required?: Readonly<Record<string, Reason>>;
    /** Members the model requires that CloudTrail leaves out. */
    readonly optional?: Readonly<Record<string, Reason>>;
    /** Operations whose successful calls always have `responseElements`. */
    readonly recordedResponses?: Readonly<Record<string, Reason>>;
    /** Operations whose input has members required on the wire, but whose records may write `requestParameters: null`. */
    readonly nullRequests?: Readonly<Record<string, Reason>>;
    /**
     * Operations the model gives no output that CloudTrail still writes a
     * response for: the members it writes, by wire name, each a shape of the
     * model by name (`{ keyId: 'KeyIdType' }`). The response is a structure
     * `<Operation>Response` of those members, each optional.
     */
    readonly responses?: Readonly<Record<string, { readonly members: Readonly<Record<string, string>>; readonly reason: Reason }>>;
    /** Timestamps written in another form than {@link ServiceConfig.timestamps}; keys are `Shape.member` or a timestamp shape. */
    readonly timestampForms?: Readonly<Record<string, { readonly form: TimestampForm; readonly reason: Reason }>>;
  };
  /**
   * False when the entry's reference is its generated guide alone, not
   * typedoc's pages. typedoc writes a page per exported type and opens them
   * all at once: the eight services typed after STS, IAM, KMS and App Mesh
   * would add about 18,000 pages (EC2 alone 6,000), past the file handles a
   * process gets here. Their guides list every event with its types, and
   * editors show the declarations' docs.
   */
  readonly apiPages?: false;
  /** min+gzip byte budget of the entry (`npm test` fails past it). */
  readonly budget: number;
}
