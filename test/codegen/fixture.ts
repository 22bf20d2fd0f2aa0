// The fixture service: a small model (fixture.model.json) that uses every
// construct the generator supports, and a config that uses every kind of
// wire departure.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { ServiceConfig } from '../../scripts/codegen/config.js';
import { repoRoot } from '../support/corpus.js';

export const fixtureConfig: ServiceConfig = {
  name: 'things',
  model: 'test/codegen/fixture.model.json',
  eventCodec: 'ThingsEvent',
  prefix: 'things',
  callName: 'Things',
  memberNames: 'lower-first',
  timestamps: 'java-text',
  hidden: 'HIDDEN_DUE_TO_SECURITY_REASONS',
  aliases: { GetThing20250101: 'GetThing' },
  wire: {
    required: { 'ThingDescription.Tags': 'fixture: always written' },
    optional: { 'Thing.CreatedAt': 'fixture: left out of old records' },
    recordedResponses: { PutThing: 'fixture: always recorded' },
    timestampForms: {
      'PutThingResponse.Created': { form: 'iso', reason: 'fixture: ISO text' },
      EpochTime: { form: 'epoch-seconds', reason: 'fixture: a number of seconds' },
    },
  },
  budget: 1,
};

/** A fresh copy of the fixture model's JSON, safe to change. */
export function fixtureModel(): { smithy: string; shapes: Record<string, Record<string, unknown>> } {
  return JSON.parse(readFileSync(join(repoRoot, fixtureConfig.model), 'utf8')) as { smithy: string; shapes: Record<string, Record<string, unknown>> };
}
