// The restXml dialect: how CloudTrail writes the payloads of Amazon S3, the
// one restXml service. CloudTrail builds `requestParameters` from the HTTP
// request (path labels, query parameters, some headers) and the XML body read
// as JSON, and `responseElements` likewise from the response; so the names
// on the wire are HTTP and XML names, which the model's binding traits give:
//
// - a path label is `bucketName` or `key` (every record: aws-docs-iam-user-guide.json[3],
//   cloud-custodian.json[8], panther-analysis.json[23], [79], [86]);
// - a query member is named by its `@httpQuery` (`prefix`, `encoding-type`,
//   `delimiter` in the ListObjects records odd/otrf-security-datasets.json[44], [99]),
//   a header member by its `@httpHeader` (`x-amz-acl` panther-analysis.json[77],
//   `x-amz-copy-source`, `x-amz-server-side-encryption` [79]; `Content-Length`,
//   `Cache-Control`, `x-amz-version-id`, `ETag` in the S3 User Guide, "CloudTrail log
//   file entries for Amazon S3 and S3 on Outposts");
// - query and header values are HTTP text, whatever the model's type:
//   `"Content-Length": "10"` (that Guide page), `"list-type": "2"` (the otrf records);
// - the body is under its XML element name (`CreateBucketConfiguration`
//   cloud-custodian.json[8], `VersioningConfiguration` panther-analysis.json[75],
//   `PublicAccessBlockConfiguration` odd/streamalert.json[17]) and carries the
//   namespace as `xmlns` (same records); a Grantee carries `xmlns:xsi` and its
//   `xsi:type` attribute (odd/streamalert.json[40], the Guide's PutBucketAcl sample);
// - a list that is not `@xmlFlattened` is an element around its items, named
//   by the list member's XML name: `"AccessControlList": {"Grant": [...]}`
//   (odd/streamalert.json[40]); a flattened one is its items under the
//   member's XML name: `"LifecycleConfiguration": {"Rule": ...}` (odd/panther-analysis.json[103]);
// - the XML reading writes a list of one item as the item itself: `"Grant": {...}`
//   in the Guide's PutBucketAcl sample, `"Rule": {...}` in odd/panther-analysis.json[103]
//   and in Elastic's PutBucketReplication capture (elastic/integrations,
//   packages/aws/data_stream/cloudtrail/_dev/test/pipeline), so every list
//   row is `one` (the item alone, or a list);
// - the body may be left out: PutBucketEncryption, PutBucketReplication,
//   PutBucketPublicAccessBlock and DeleteObjects without it
//   (panther-analysis.json[81], [84], [89], [87]; DeleteObjects never has it in
//   the Stratus Red Team captures of aws.impact.s3-ransomware-*), so bodies are optional;
// - PutBucketPolicy's policy text is parsed into `bucketPolicy`, a JSON
//   object (odd/streamalert.json[28]).
//
// Not typed, and kept as members the structures do not declare: `Host`/`host`
// (spelled both ways, a string or a list of one), the sub-resource flags of the
// request URI (`"acl": ""`, `"versioning": [""]`, `"x-id": "DeleteObjects"`),
// the `x-amz-meta-*` headers of `@httpPrefixHeaders` members, and the query
// parameters of other API versions (ListObjectsV2's `list-type` and
// `continuation-token` in ListObjects records).
//
// Not expressible yet: records of 2019 and before write every query and header
// value as a list of one string (`"x-amz-acl": ["private"]`, panther-analysis.json[77];
// `"host": [...]` in the Guide's samples). That wants a scalar row that takes
// a list of one as well; until then the single string is typed, and the
// list departs.
//
// The model's binding traits are read from the facts file itself: the model
// reader keeps which binding a member has, not the header or query name, nor
// the XML traits (`@xmlFlattened`, `@xmlNamespace`).
import { readFileSync } from 'node:fs';
import { dirname, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { Dialect, ServiceConfig } from '../config.js';
import { ModelError, type IrMember, type IrModel, type IrShape } from '../model.js';

const API = 'smithy.api#';
const STRING = `${API}String`;
const DOCUMENT = `${API}Document`;
/** The structure that types `additionalEventData` (see the S3 config). */
export const ADDITIONAL_EVENT_DATA = 'S3AdditionalEventData';

/** Path labels and their wire names. */
const LABELS: Readonly<Record<string, string>> = { Bucket: 'bucketName', Key: 'key' };

interface RawMember {
  readonly target: string;
  readonly traits?: Readonly<Record<string, unknown>>;
}
interface RawShape {
  readonly type: string;
  readonly members?: Readonly<Record<string, RawMember>>;
}

const root = resolve(dirname(fileURLToPath(import.meta.url)), '..', '..', '..');
const rawModels = new Map<string, Readonly<Record<string, RawShape>>>();

function rawShapesOf(config: ServiceConfig): Readonly<Record<string, RawShape>> {
  let shapes = rawModels.get(config.model);
  if (shapes === undefined) {
    const json = JSON.parse(readFileSync(resolve(root, config.model), 'utf8')) as { shapes?: Record<string, RawShape> };
    shapes = json.shapes ?? {};
    rawModels.set(config.model, shapes);
  }
  return shapes;
}

/** A member of a shape the dialect adds. */
function plainMember(name: string, target: string, required = false): IrMember {
  return { name, wireName: name, target, required, sensitive: false, streaming: false, deprecated: false };
}

function structure(id: string, members: readonly IrMember[]): IrShape {
  const name = id.slice(id.indexOf('#') + 1);
  return { id, name, kind: 'structure', type: 'structure', prelude: false, members, sensitive: false, streaming: false, constraints: {}, deprecated: false, addedBy: 'the restXml dialect' };
}

/**
 * `additionalEventData` of S3 calls, as the records write it: every member
 * optional, for none is in every record (management events have no byte
 * counts, SigV2 calls no cipher suite).
 */
function additionalEventData(ns: string): IrShape {
  return structure(`${ns}#${ADDITIONAL_EVENT_DATA}`, [
    // Every record with additionalEventData but one fixture: SigV4, SigV2 (the Guide's ListBuckets sample).
    plainMember('SignatureVersion', STRING),
    // ECDHE-RSA-AES128-GCM-SHA256, TLS_AES_128_GCM_SHA256 (panther-analysis.json[1], [23]; the otrf records).
    plainMember('CipherSuite', STRING),
    // Numbers: 2048 (panther-analysis.json[23]), 0.0 and 500.0 (odd/otrf-security-datasets.json[44]).
    plainMember('bytesTransferredIn', `${API}Double`),
    plainMember('bytesTransferredOut', `${API}Double`),
    // The request's extended id (odd/otrf-security-datasets.json[44], [97]; odd/panther-analysis.json[79]).
    plainMember('x-amz-id-2', STRING),
    // AuthHeader, QueryString (the otrf records; the Guide's ListBuckets sample).
    plainMember('AuthenticationMethod', STRING),
    // "Yes" when an ACL was needed to allow the call (the Guide's ListBuckets sample).
    plainMember('aclRequired', STRING),
    // SSE_S3 (panther-analysis.json[23]).
    plainMember('SSEApplied', STRING),
    // Older records name the VPC endpoint here (panther-analysis.json[1], [22]).
    plainMember('vpcEndpointId', STRING),
  ]);
}

export const restXml: Dialect = {
  name: 'restXml',
  summary:
    'a request holds its path labels as `bucketName` and `key`, its query and header members under their HTTP names (`prefix`, `x-amz-acl`) as text, and its XML body under the element name, with `xmlns`, which may be left out; ' +
    'XML members are named by `xmlName`, a list that is not flattened is an element around its items (`"AccessControlList": {"Grant": [...]}`), a list of one item may be the item alone (`"Grant": {...}`), and PutBucketPolicy\'s policy is the JSON object `bucketPolicy`; ' +
    '`additionalEventData` is typed; the `Host`, sub-resource flags (`"acl": ""`) and `x-amz-meta-*` members are kept untyped',
  apply(ir: IrModel, config: ServiceConfig): IrModel {
    const raw = rawShapesOf(config);
    const ns = ir.service.id.slice(0, ir.service.id.indexOf('#'));
    const shapes = new Map(ir.shapes);
    const rawMember = (shape: IrShape, member: IrMember): RawMember => {
      const m = raw[shape.id]?.members?.[member.name];
      if (m === undefined) throw new ModelError(`${shape.id}$${member.name}`, `the restXml dialect reads ${config.model}, which has no such member`);
      return m;
    };
    const trait = <T>(m: RawMember, name: string): T | undefined => m.traits?.[API + name] as T | undefined;
    const add = (s: IrShape): void => {
      if (shapes.has(s.id)) throw new ModelError(s.id, 'the restXml dialect would add this shape, which the model has');
      if ([...shapes.values()].some((o) => !o.prelude && o.name === s.name)) throw new ModelError(s.id, 'the restXml dialect would add a shape whose name the model has');
      shapes.set(s.id, s);
    };
    const prelude = (id: string, kind: IrShape['kind'], type: string): void => {
      if (!shapes.has(id)) shapes.set(id, { ...structure(id, []), kind, type, prelude: true });
    };
    prelude(STRING, 'string', 'string');
    prelude(DOCUMENT, 'document', 'document');
    prelude(`${API}Double`, 'number', 'double');

    // The element around a list's items, one per list shape.
    const wrappers = new Map<string, string>();
    const wrapperOf = (list: IrShape): string => {
      let id = wrappers.get(list.id);
      if (id === undefined) {
        id = `${ns}#${list.name}Element`;
        const itemName = list.item?.xmlName ?? 'member';
        add(structure(id, [plainMember(itemName, list.id)]));
        wrappers.set(list.id, id);
      }
      return id;
    };
    // Shapes that get an `xmlns` or `xmlns:<prefix>` member, and which.
    const namespaces = new Map<string, Set<string>>();
    const namespace = (target: string, attribute: string): void => {
      const set = namespaces.get(target) ?? new Set<string>();
      set.add(attribute);
      namespaces.set(target, set);
    };

    const rewrite = (shape: IrShape, m: IrMember): IrMember | undefined => {
      const r = rawMember(shape, m);
      const { httpBinding, timestampFormat, ...rest } = m;
      const target = shapes.get(m.target) as IrShape;
      const text = { ...rest, target: target.kind === 'string' || target.kind === 'enum' ? m.target : STRING };
      switch (httpBinding) {
        case 'label': {
          const wire = LABELS[m.name];
          if (wire === undefined) throw new ModelError(`${shape.id}$${m.name}`, 'a path label the restXml dialect has no wire name for');
          return { ...rest, wireName: wire };
        }
        case 'query':
          return { ...text, wireName: trait<string>(r, 'httpQuery') as string };
        case 'header':
          return { ...text, wireName: trait<string>(r, 'httpHeader') as string };
        case 'prefixHeaders':
          return undefined;
        case 'payload': {
          const name = m.xmlName ?? m.name;
          // Bodies of objects and event streams: CloudTrail records neither.
          if (m.streaming) return undefined;
          if (shape.name === 'PutBucketPolicyRequest' && m.name === 'Policy') return { ...rest, wireName: 'bucketPolicy', target: DOCUMENT, required: false };
          if (target.kind === 'structure') namespace(target.id, 'xmlns');
          return { ...rest, wireName: name, required: false };
        }
        case undefined:
          break;
        default:
          throw new ModelError(`${shape.id}$${m.name}`, `@http${httpBinding.charAt(0).toUpperCase()}${httpBinding.slice(1)}, which no S3 record shows`);
      }
      const xml = { ...rest, wireName: m.xmlName ?? m.name, ...(timestampFormat === undefined ? {} : { timestampFormat }) };
      const xmlNamespace = trait<{ prefix?: string }>(r, 'xmlNamespace');
      if (xmlNamespace?.prefix !== undefined) namespace(m.target, `xmlns:${xmlNamespace.prefix}`);
      if (target.kind === 'list' && trait(r, 'xmlFlattened') === undefined) return { ...xml, target: wrapperOf(target) };
      return xml;
    };

    for (const [id, s] of ir.shapes) {
      // Lists left are in XML bodies (query and header values are text), and the XML reading writes one item alone.
      if (s.kind === 'list') shapes.set(id, { ...s, itemAlone: true });
      if (s.members.length === 0 || s.prelude) continue;
      const members = s.members.map((m) => rewrite(s, m)).filter((m): m is IrMember => m !== undefined);
      shapes.set(id, { ...s, members });
    }
    for (const [id, attributes] of namespaces) {
      const s = shapes.get(id) as IrShape;
      shapes.set(id, { ...s, members: [...s.members, ...[...attributes].sort().map((a) => plainMember(a, STRING))] });
    }
    add(additionalEventData(ns));

    for (const s of shapes.values()) {
      const seen = new Set<string>();
      for (const m of s.members) {
        if (seen.has(m.wireName)) throw new ModelError(s.id, `two members have the wire name ${m.wireName} under the restXml dialect`);
        seen.add(m.wireName);
      }
    }
    return { ...ir, shapes };
  },
};
