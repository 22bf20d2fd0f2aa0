import type { ServiceConfig } from '../config.js';

// Evidence is named in each reason; test/services/wire-findings.test.ts checks
// the corpus facts these entries rely on.
const KMS_GUIDE = 'AWS KMS Developer Guide, CloudTrail examples';

/** AWS KMS (awsJson1_1): how CloudTrail writes its payloads. */
export const kms: ServiceConfig = {
  name: 'kms',
  model: 'models/kms-2014-11-01.facts.json',
  eventCodec: 'KMSEvent',
  prefix: 'kms',
  callName: 'KMS',
  // keyMetadata.aWSAccountId in odd/streamalert.json[38] (CreateKey) and in the
  // ReplicateKey sample of the KMS guide; its 2022 CreateKey sample writes
  // AWSAccountId, which decodes as an undeclared member.
  memberNames: 'lower-first',
  // deletionDate 'Jan 1, 2019 12:00:00 AM' (panther-analysis.json[47]); requests too:
  // ImportKeyMaterial validTo 'May 21, 2025, 5:47:45 AM' (KMS guide, ct-importkeymaterial).
  timestamps: 'java-text',
  // No `hidden`: the KMS guide says plaintext, key material and ciphertext are
  // omitted, and no record writes HIDDEN_DUE_TO_SECURITY_REASONS.
  serviceEvents: {
    RotateKey: {
      module: 'serviceEvents',
      codec: 'RotateKeyEvent',
      reason: `an AwsServiceEvent with \`serviceEventDetails.keyId\` (and \`rotationType\` since on-demand rotation): aws-docs-cloudtrail-user-guide-archive.json, aws-docs-2026-mirror.json; ${KMS_GUIDE} (ct-rotatekey)`,
    },
    DeleteKey: {
      module: 'serviceEvents',
      codec: 'DeleteKeyEvent',
      reason: `an AwsServiceEvent with \`serviceEventDetails.keyId\`, when a scheduled deletion ends: ${KMS_GUIDE} (ct-delete-key)`,
    },
    SynchronizeMultiRegionKey: {
      module: 'serviceEvents',
      codec: 'SynchronizeMultiRegionKeyEvent',
      reason: `a call KMS makes by itself (invokedBy AWS Internal, null payloads) to keep a multi-Region key's related keys in line: ${KMS_GUIDE} (ct-synchronize-multi-region-key)`,
    },
    DeleteExpiredKeyMaterial: {
      module: 'serviceEvents',
      codec: 'DeleteExpiredKeyMaterialEvent',
      reason: `an AwsServiceEvent with \`serviceEventDetails.keyId\` (and \`keyMaterialId\` in 2025): ${KMS_GUIDE} (ct-deleteexpiredkeymaterial, both versions)`,
    },
  },
  wire: {
    required: {
      'CreateKeyResponse.KeyMetadata': `${KMS_GUIDE} (ct-createkey); odd/streamalert.json[38]`,
      'CreateGrantResponse.GrantId': `${KMS_GUIDE} (ct-creategrant, both samples)`,
      'ScheduleKeyDeletionResponse.KeyId': `panther-analysis.json[47]; ${KMS_GUIDE} (ct-schedule-key-deletion: deletionDate is left out for multi-Region keys, keyId never)`,
    },
    optional: {
      // The grants EBS makes for a volume, in 2014: no operations (the KMS guide,
      // ct-ec2two); the guide's ct-creategrant samples and a 2026 console
      // capture of the same grant list them.
      'CreateGrantRequest.Operations': `${KMS_GUIDE} (ct-ec2two)`,
      'DecryptRequest.CiphertextBlob': `aws-docs-2026-mirror.json[31], panther-analysis.json[30] (Decrypt); ${KMS_GUIDE} (ct-decrypt: "the ciphertext in the request ... omitted")`,
      'ReEncryptRequest.CiphertextBlob': `${KMS_GUIDE} (ct-reencrypt)`,
      'VerifyRequest.Signature': `${KMS_GUIDE} (ct-verify)`,
      'VerifyMacRequest.Mac': `${KMS_GUIDE} (ct-verifymac)`,
      'ImportKeyMaterialRequest.EncryptedKeyMaterial': `${KMS_GUIDE} (ct-importkeymaterial)`,
      'ImportKeyMaterialRequest.ImportToken': `${KMS_GUIDE} (ct-importkeymaterial)`,
    },
    // The model gives these no output. Records since 2024 name the key as the
    // response: DisableKey (a Grimoire capture of 2024 in elastic/integrations,
    // packages/aws/data_stream/cloudtrail/_dev/test/pipeline/test-disable-key-json.log;
    // a console capture of 2026 in a public AWS Academy lab write-up) and
    // RetireGrant (2025, the Amazon DataZone User Guide's KMS examples). Those of
    // 2014 to 2022 write null (the KMS guide's ct-disablekey, ct-enablekey;
    // PutKeyPolicy in elastic/integrations). Every key operation the model
    // gives no output (Unit) is read the same way: the change is KMS's, not
    // one call's.
    responses: Object.fromEntries(
      ['DeleteImportedKeyMaterial', 'DisableKey', 'DisableKeyRotation', 'EnableKey', 'EnableKeyRotation', 'PutKeyPolicy', 'RetireGrant', 'RevokeGrant', 'TagResource', 'UntagResource', 'UpdateKeyDescription', 'UpdatePrimaryRegion'].map((name) => [
        name,
        { members: { keyId: 'KeyIdType' }, reason: '`"responseElements": {"keyId": "arn:aws:kms:…:key/…"}` in records since 2024 (DisableKey, RetireGrant; see the comment in kms.ts), null before' },
      ]),
    ),
    recordedResponses: {
      ScheduleKeyDeletion: `panther-analysis.json[47]; ${KMS_GUIDE} (ct-schedule-key-deletion, both samples)`,
      CreateKey: `${KMS_GUIDE} (ct-createkey); odd/streamalert.json[38]`,
      CreateGrant: `${KMS_GUIDE} (ct-creategrant, both samples)`,
      // Not Decrypt, GenerateDataKey, Encrypt, Sign, Verify…: their responses are
      // left out (aws-docs-2026-mirror.json[7], [8], [31]; panther-analysis.json[30]).
    },
  },
  budget: 24_500,
};
