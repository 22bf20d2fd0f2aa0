// A hand-written service table for the builder tests: every row kind, every
// scalar token, every flag, timestamps in each wire form, recursion that ends
// (through an optional member, a list and a union) and, in a table of its
// own, a required cycle that cannot. The service is made up: "widgets".
import type { ServiceTable, TimestampForm } from '../../src/service-kit/table.js';

export const HIDDEN = 'HIDDEN_DUE_TO_SECURITY_REASONS';

export const widgetsTable: ServiceTable = {
  name: 'widgets',
  eventSource: 'widgets.amazonaws.com',
  profile: { timestamps: 'java-text', hidden: HIDDEN },
  shapes: {
    CreateWidgetRequest: {
      s: {
        widgetName: '!WidgetName',
        description: 'Description',
        size: 'Size',
        enabled: '$b',
        count: '$n',
        createdAt: '$t',
        expiresAt: 'IsoTime',
        checkedAt: 'EpochTime',
        seenAt: 'MillisTime',
        secret: '#$s',
        token: '!#Token',
        tags: 'TagList',
        labels: 'LabelMap',
        limits: 'LimitMap',
        shape: 'Shape',
        spec: '$d',
        payload: 'Blob',
        rawBlob: '$B',
        nothing: '$u',
        color: 'Color',
        tree: 'Node',
        ownerAccountId: 'AccountId',
        keyId: 'KeyId',
        roleArn: 'RoleArn',
        passwords: 'PasswordList',
        expr: 'Expr',
      },
    },
    CreateWidgetResponse: { s: { widget: '!Widget' } },
    Widget: {
      s: {
        widgetName: '!WidgetName',
        widgetArn: '!WidgetArn',
        createdAt: '!$t',
        expiresAt: 'IsoTime',
        state: '!Color',
        tags: 'TagList',
        shape: 'Shape',
      },
    },
    DescribeWidgetRequest: { s: { widgetName: '!WidgetName', include: 'IncludeList' } },
    DescribeWidgetResponse: { s: { widget: 'Widget', secretShape: 'SecretShape' } },
    DeleteWidgetRequest: { s: { widgetArn: 'WidgetArn' } },
    ListWidgetsResponse: { s: { widgets: '!WidgetList', nextToken: '$s' } },
    EvalRequest: { s: { expr: '!Expr' } },
    WidgetList: { l: 'Widget', c: { len: [0, 100] } },
    WidgetName: { p: '$s', c: { len: [3, 32], pattern: '^[a-z][a-z0-9-]*$' } },
    WidgetArn: { p: '$s', c: { len: [20, 2048], pattern: '^arn:aws:widgets:[a-z0-9-]+:\\d{12}:widget/[a-z0-9-]+$' } },
    Description: { p: '$s', c: { len: [0, 256] } },
    Size: { p: '$n', c: { range: [1, 10] } },
    IsoTime: { p: '$t', t: 'iso' },
    EpochTime: { p: '$t', t: 'epoch-seconds' },
    MillisTime: { p: '$t', t: 'epoch-millis' },
    Token: { p: '$s', c: { len: [16, 64] } },
    Blob: { p: '$B', c: { len: [4, 16] } },
    AccountId: { p: '$s', c: { pattern: '^\\d{12}$' } },
    KeyId: { p: '$s', c: { len: [36, 36], pattern: '^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$' } },
    RoleArn: { p: '$s', c: { len: [20, 2048], pattern: '^arn:(aws[a-zA-Z-]*)?:iam::\\d{12}:role/?[a-zA-Z_0-9+=,.@\\-_/]+$' } },
    TagList: { l: 'Tag', c: { len: [1, 5], unique: 1 } },
    Tag: { s: { key: '!TagKey', value: '!TagValue' } },
    TagKey: { p: '$s', c: { len: [1, 128], pattern: '^([\\p{L}\\p{Z}\\p{N}_.:/=+\\-@]*)$' } },
    TagValue: { p: '$s', c: { len: [0, 256] } },
    LabelMap: { m: ['LabelKey', 'Label'], c: { len: [0, 4] } },
    LabelKey: { p: '$s', c: { len: [2, 10], pattern: '^[a-z]+$' } },
    Label: { p: '$s', c: { len: [1, 8] } },
    LimitMap: { m: ['LimitName', '$n'] },
    LimitName: { e: ['reads', 'writes', 'deletes'] },
    IncludeList: { l: 'LimitName', c: { len: [1, 3], unique: 1 } },
    Color: { e: ['red', 'green', 'blue'] },
    Shape: { u: { circle: 'Circle', square: 'Square', point: '$u', hiddenShape: '#Circle' } },
    SecretShape: { u: { hiddenCircle: '#Circle' } },
    Circle: { s: { radius: '!Size' } },
    Square: { s: { side: '!$n' } },
    PasswordList: { l: '#$s' },
    // Recursion through an optional member and a list.
    Node: { s: { value: '!$s', children: 'NodeList', parent: 'Node' } },
    NodeList: { l: 'Node' },
    // Recursion through required members that a union ends.
    Expr: { u: { lit: '$n', add: 'Add', neg: 'Neg' } },
    Add: { s: { left: '!Expr', right: '!Expr' } },
    Neg: { s: { operand: '!Expr' } },
  },
  operations: {
    CreateWidget: { i: 'CreateWidgetRequest', o: 'CreateWidgetResponse', r: 1 },
    DescribeWidget: { i: 'DescribeWidgetRequest', o: 'DescribeWidgetResponse' },
    DeleteWidget: { i: 'DeleteWidgetRequest' },
    ListWidgets: { o: 'ListWidgetsResponse' },
    Ping: {},
    Evaluate: { i: 'EvalRequest' },
  },
  aliases: { CreateWidget20260101: 'CreateWidget' },
};

/** The same table with another default timestamp form. */
export function widgetsWith(timestamps: TimestampForm): ServiceTable {
  return { ...widgetsTable, profile: { ...widgetsTable.profile, timestamps } };
}

/** Shapes no finite value has: required members that lead back to where they start. */
export const cyclesTable: ServiceTable = {
  name: 'cycles',
  eventSource: 'cycles.amazonaws.com',
  profile: { timestamps: 'iso' },
  shapes: {
    Start: { s: { name: '$s', loop: '!Loop' } },
    Loop: { s: { back: '!Back' } },
    Back: { s: { again: '!Loop' } },
    Choice: { u: { only: 'Loop' } },
    Fine: { s: { loop: 'Loop', name: '!$s' } },
  },
  operations: { Spin: { i: 'Start' }, Rest: { i: 'Fine' } },
  aliases: {},
};

const JAVA_TEXT = /^(Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec) \d{1,2}, \d{4}, \d{1,2}:\d{2}:\d{2} (AM|PM)$/;
const ISO = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}Z$/;
const BASE64 = /^(?:[A-Za-z0-9+/]{4})*(?:[A-Za-z0-9+/]{2}==|[A-Za-z0-9+/]{3}=)?$/;

/** Whether a wire value is a timestamp in the form, as the builders write it (whole seconds, in 2025-2026). */
export function isTimestampIn(form: TimestampForm, v: unknown): boolean {
  switch (form) {
    case 'java-text':
      return typeof v === 'string' && JAVA_TEXT.test(v);
    case 'iso':
      return typeof v === 'string' && ISO.test(v);
    case 'epoch-seconds':
      return Number.isInteger(v) && (v as number) > 1.7e9 && (v as number) < 1.8e9;
    case 'epoch-millis':
      return Number.isInteger(v) && (v as number) > 1.7e12 && (v as number) < 1.8e12 && (v as number) % 1000 === 0;
    case 'iso-offset':
      return typeof v === 'string' && /^\d{4}-\d\d-\d\dT\d\d:\d\d:\d\d\.\d{3}\+0000$/.test(v);
    case 'iso-zoneless':
      return typeof v === 'string' && /^\d{4}-\d\d-\d\dT\d\d:\d\d:\d\d\.\d$/.test(v);
  }
}

function flags(spec: string): { name: string; required: boolean; sensitive: boolean } {
  const m = /^([!#]*)(.*)$/.exec(spec) as RegExpExecArray;
  return { name: m[2] as string, required: (m[1] as string).includes('!'), sensitive: (m[1] as string).includes('#') };
}

function lengthIn(n: number, len: readonly [number | null, number | null] | undefined): boolean {
  return len === undefined || ((len[0] === null || n >= len[0]) && (len[1] === null || n <= len[1]));
}

function patternOf(source: string): RegExp | undefined {
  try {
    return new RegExp(source, 'u');
  } catch {
    return undefined;
  }
}

/**
 * Every way a built wire value breaks its shape's rows, as `path: problem`
 * lines: kinds, required members, sensitive members (absent, or the hidden
 * text where a union or list must show one), lengths, ranges, patterns,
 * enums, union arity, unique items, timestamp forms, members the row does not
 * have. Written from the table format alone, apart from the kit's codecs.
 */
export function violations(table: ServiceTable, shape: string, value: unknown, path = '(root)'): string[] {
  const out: string[] = [];
  const work: Array<[string, unknown, string]> = [[shape, value, path]];
  const hidden = table.profile.hidden;
  const isObject = (v: unknown): v is Record<string, unknown> => typeof v === 'object' && v !== null && !Array.isArray(v);
  while (work.length > 0) {
    const [target, v, at] = work.pop() as [string, unknown, string];
    const bad = (what: string): void => {
      out.push(`${at}: ${what}, got ${JSON.stringify(v)}`);
    };
    switch (target) {
      case '$s':
        if (typeof v !== 'string') bad('expected a string');
        continue;
      case '$n':
        if (typeof v !== 'number' || !Number.isFinite(v)) bad('expected a number');
        continue;
      case '$b':
        if (typeof v !== 'boolean') bad('expected a boolean');
        continue;
      case '$t':
        if (!isTimestampIn(table.profile.timestamps, v)) bad(`expected a ${table.profile.timestamps} timestamp`);
        continue;
      case '$d':
        if (v === undefined) bad('expected JSON');
        continue;
      case '$B':
        if (typeof v !== 'string' || !BASE64.test(v)) bad('expected base64 text');
        continue;
      case '$u':
        if (!isObject(v) || Object.keys(v).length > 0) bad('expected {}');
        continue;
    }
    const row = table.shapes[target];
    if (row === undefined) {
      out.push(`${at}: no shape ${target}`);
      continue;
    }
    if ('s' in row || 'u' in row) {
      if (!isObject(v)) {
        bad('expected an object');
        continue;
      }
      const members = 's' in row ? row.s : row.u;
      for (const key of Object.keys(v)) if (!Object.prototype.hasOwnProperty.call(members, key)) out.push(`${at}.${key}: not a member of ${target}`);
      if ('u' in row && Object.keys(v).length !== 1) bad(`expected exactly one member of ${target}`);
      for (const [key, spec] of Object.entries(members)) {
        const t = flags(spec);
        const child = v[key];
        if (child === undefined) {
          if ('s' in row && t.required && !t.sensitive) out.push(`${at}.${key}: required, but missing`);
          continue;
        }
        if (t.sensitive) {
          if ('s' in row) out.push(`${at}.${key}: sensitive, but present`);
          else if (hidden !== undefined && child !== hidden) out.push(`${at}.${key}: sensitive, but not the hidden text`);
          continue;
        }
        work.push([t.name, child, `${at}.${key}`]);
      }
    } else if ('l' in row) {
      if (!Array.isArray(v)) {
        bad('expected an array');
        continue;
      }
      if (!lengthIn(v.length, row.c?.len)) bad(`expected ${JSON.stringify(row.c?.len)} items`);
      if (row.c?.unique === 1 && new Set(v.map((x) => JSON.stringify(x))).size !== v.length) bad('expected unique items');
      const t = flags(row.l);
      v.forEach((item, i) => {
        if (t.sensitive && hidden !== undefined) {
          if (item !== hidden) out.push(`${at}[${i}]: sensitive, but not the hidden text`);
        } else work.push([t.name, item, `${at}[${i}]`]);
      });
    } else if ('m' in row) {
      if (!isObject(v)) {
        bad('expected an object');
        continue;
      }
      if (!lengthIn(Object.keys(v).length, row.c?.len)) bad(`expected ${JSON.stringify(row.c?.len)} entries`);
      for (const [k, item] of Object.entries(v)) {
        work.push([flags(row.m[0]).name, k, `${at}{${k}}`]);
        work.push([flags(row.m[1]).name, item, `${at}.${k}`]);
      }
    } else if ('e' in row) {
      if (typeof v !== 'string' || !row.e.includes(v)) bad(`expected one of ${row.e.join(', ')}`);
    } else if ('p' in row) {
      const c = row.c;
      if (row.p === '$t') {
        const form = row.t ?? table.profile.timestamps;
        if (!isTimestampIn(form, v)) bad(`expected a ${form} timestamp`);
      } else if (row.p === '$s') {
        if (typeof v !== 'string') bad('expected a string');
        else {
          if (!lengthIn([...v].length, c?.len)) bad(`expected a length in ${JSON.stringify(c?.len)}`);
          const re = c?.pattern === undefined ? undefined : patternOf(c.pattern);
          if (re !== undefined && !re.test(v)) bad(`expected a match for ${c?.pattern}`);
        }
      } else if (row.p === '$n') {
        if (typeof v !== 'number' || !lengthIn(v, c?.range)) bad(`expected a number in ${JSON.stringify(c?.range)}`);
      } else if (row.p === '$B') {
        if (typeof v !== 'string' || !BASE64.test(v)) bad('expected base64 text');
        else {
          const bytes = (v.length / 4) * 3 - (v.endsWith('==') ? 2 : v.endsWith('=') ? 1 : 0);
          if (!lengthIn(bytes, c?.len)) bad(`expected ${JSON.stringify(c?.len)} bytes`);
        }
      } else work.push([row.p, v, at]);
    }
  }
  return out;
}
