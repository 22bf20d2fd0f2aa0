import type { ServiceConfig } from '../config.js';
import { restXml } from '../dialects/restXml.js';
/** Amazon S3 (restXml): how CloudTrail writes its payloads. */
export const s3: ServiceConfig = {
  name: 's3',
  model: 'models/s3-2006-03-01.facts.json',
  eventCodec: 'S3CloudTrailEvent',
  prefix: 's3',
  callName: 'S3',
  memberNames: 'as-is',
  timestamps: 'iso',
  dialect: restXml,
  budget: 60_000,
};
