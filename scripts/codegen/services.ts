import type { ServiceConfig } from './config.js';
import { appmesh } from './wire/appmesh.js';
import { cloudtrail } from './wire/cloudtrail.js';
import { dynamodb } from './wire/dynamodb.js';
import { ec2 } from './wire/ec2.js';
import { iam } from './wire/iam.js';
import { kms } from './wire/kms.js';
import { lambda } from './wire/lambda.js';
import { organizations } from './wire/organizations.js';
import { s3 } from './wire/s3.js';
import { secretsmanager } from './wire/secretsmanager.js';
import { ssm } from './wire/ssm.js';
import { sts } from './wire/sts.js';

/** The services generated on the service kit (src/services/<name>/): one config each, in scripts/codegen/wire/. */
export const kitServices: readonly ServiceConfig[] = [sts, iam, kms, appmesh, secretsmanager, cloudtrail, ssm, organizations, dynamodb, lambda, s3, ec2];
