/**
 * Offline proof that CloudTrail log files are complete and unaltered: the
 * lossless `DigestFile` codec, and WebCrypto verification of digest
 * signatures, log file hashes and whole chains of digests. Pure: the caller
 * hands over bytes, S3 metadata and the public keys of `ListPublicKeys`.
 *
 * @packageDocumentation
 */
export {
  DigestSignatureAlgorithm,
  DigestHashAlgorithm,
  type DigestSignatureAlgorithmC,
  type DigestHashAlgorithmC,
} from './algorithms.js';
export {
  DigestFile,
  DigestLogFile,
  decodeDigestFile,
  decodeDigestFileOrThrow,
  decodeDigestFileText,
  isEmptyHourDigest,
  isStartingDigest,
  type DigestFileC,
  type DigestFileJson,
  type DigestLogFileC,
  type DigestLogFileJson,
  type EmptyHourFields,
  type StartingDigestFields,
} from './DigestFile.js';
export { readDigestObject, type DigestObject, type DigestObjectResult } from './readDigestObject.js';
export type { IntegrityReason, IntegrityReasonCode } from './IntegrityReason.js';
export {
  PublicKeySet,
  readPublicKeys,
  type ListPublicKeysResponse,
  type PublicKeyEntry,
  type PublicKeyInfo,
  type PublicKeysInput,
} from './publicKeys.js';
export { digestEndTimeText, digestSigningString, type SigningStringParts } from './signingString.js';
export type { PreviousDigest } from './chainLink.js';
export { verifyDigest, type DigestMetadata, type DigestObjectInput, type DigestReport, type VerifyDigestInput } from './verifyDigest.js';
export { verifyLogFile, type LogFileReport, type VerifyLogFileInput } from './verifyLogFile.js';
export {
  verifyDigestChain,
  MAX_CHAIN_DIGESTS,
  type ChainDigestEntry,
  type ChainFlag,
  type ChainLogFileEntry,
  type ChainReport,
  type DigestStatus,
  type LogFileStatus,
  type VerifyDigestChainInput,
} from './verifyDigestChain.js';
export { MAX_HELD_LOG_FILES, type LogFileBytes, type LogFileGetter, type LogFileLookup, type LogFileSource } from './logFileSource.js';
// The exact gunzip that reads stored objects here, for callers who inflate
// log files themselves (also exported by cloudtrail-codecs/cloudwatch-logs).
export { gunzip, isGzip, decompressionStreamInflate, type GunzipResult, type Inflate } from '../core/gzip.js';
