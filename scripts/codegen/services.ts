import type { ServiceConfig } from './config.js';
import { appmesh } from './wire/appmesh.js';
import { iam } from './wire/iam.js';
import { kms } from './wire/kms.js';
import { sts } from './wire/sts.js';

/** The services generated on the service kit (src/services/<name>/): one config each, in scripts/codegen/wire/. */
export const kitServices: readonly ServiceConfig[] = [sts, iam, kms, appmesh];
