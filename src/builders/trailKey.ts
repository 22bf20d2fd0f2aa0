// !!! PUBLIC TEST KEY: NEVER TRUST IT !!!
//
// A fixed RSA-2048 key pair, generated once with Node for the trail builders
// (buildSignedTrail) so that their output is the same on every run:
// RSASSA-PKCS1-v1_5 signatures are deterministic. The PRIVATE KEY IS
// PUBLISHED HERE, in the package and its repository. Anything it signs proves
// nothing. Use it for tests and examples only; never accept its fingerprint
// as a real CloudTrail key.

/**
 * The built-in test key pair of the trail builders, as DER in base64: the
 * private key in PKCS#8, the public key in PKCS#1 (as `ListPublicKeys`
 * gives AWS keys) and in SubjectPublicKeyInfo. **Its private key is public**:
 * anyone can sign with it, so a signature by it proves nothing. It exists so
 * that fixtures are the same on every run; pass a key pair of your own to
 * `buildSignedTrail` to sign with a secret key.
 *
 * @example
 * import { TEST_TRAIL_KEY } from 'cloudtrail-codecs/builders';
 * TEST_TRAIL_KEY.fingerprint; // '95004363bb014d7f5cdcd2e56dc7246b'
 */
export const TEST_TRAIL_KEY: {
  /** The fingerprint the builders write into digests (the MD5 of the PKCS#1 DER; how AWS derives its own is unverified). */
  readonly fingerprint: string;
  /** PKCS#8 `PrivateKeyInfo`, base64. PUBLIC: for tests only. */
  readonly privateKeyPkcs8: string;
  /** PKCS#1 `RSAPublicKey`, base64. */
  readonly publicKeyPkcs1: string;
  /** SubjectPublicKeyInfo, base64. */
  readonly publicKeySpki: string;
} = Object.freeze({
  fingerprint: '95004363bb014d7f5cdcd2e56dc7246b',
  privateKeyPkcs8:
    'MIIEvQIBADANBgkqhkiG9w0BAQEFAASCBKcwggSjAgEAAoIBAQCIjYJ19vlbce6OX0/bUJVKeRghJm+ZND+m4UcN6Mj7GkaltNKM' +
    '3lN3F2WSJoFluI6b4Oy/tuNzEE7E2/HDe7fHtHIw0OFVfK5HwpynEa7jRrqgCzqz6nz4ANFWustnvJdIK600jekER7Z2hBIvHeXV' +
    'YypDpZwEas1VfpbW1kZFUcZk7YlramoOuGJKgFf2LbYEWEOfj8XA6HN0HJq2hnydD49TZBRQgRkpVZlUTAEXJbJ6JbL6WwRyb2kc' +
    '0YB5br3nMLcUTzySrCVQIsS/8QkCZFo5wr2g/mDWePaAIjc3QaB/lED7mGxoShrB9zEK/5MJT/1Yno8LQNqykUfp+zv/AgMBAAEC' +
    'ggEAK4XzDZdc7h0XvJA7ezspglWrb7F5A3tISG/oPlIycPp0hw9lxpl8P+qYqKcWOi5DYgKkYwyvXTbW7F7wJW7y6jek59ND5wP4' +
    '5o1sccGsnOsnw6ggm0TDdSaJkpuyBkvxagLlz2jl2sPir86znwnn/gX/7BTGcA/8h2H0QOCGAESzgFJP3KdAFO4xIyu+Xk10OQ+x' +
    '7jKsECnMwXvOXy2jNC9a+EMp3F9uvMutNd6vVBtqyx3obhVvwrFr9MtC/seFbhYJVIkOFBDaHULzfVONdNfDog4plZeUkowfNsbG' +
    'Dnreg4nOOHJW0f2XY8mnQgBomfzwKUnLWx8DtoVyUFrd3QKBgQC/P+eap6oSuZl9me0Ojurh2+ybUjU2rRSCxqzM+CoMgIdpvruh' +
    'ZcpuSIMtsYD6NSp/dsjDHH/svLZueWuvIh6SYWYaJJJxS/CAfYktwWLE0bE/lsl/qfVlVp/h2LvRySdZUHJLm7gKGbcoYvlTTPPz' +
    'MlNoESki/6Zrp1kk14fVzQKBgQC2yONk8G8F0ADyMN++E1sKDS1uE857HXyoObA+wI+TXeCvYwJXgcJzKWTsVkO8R5bHTgosuL3V' +
    'm6P6M1ezscPY+VyXApHM2YMsmCcHLA9gBhvghFMyML6TtKLob+gyXtCUU+nsRx6buFpMBZljdfM6e0ck3+ZcfOnbnYMFOeMM+wKB' +
    'gQCc5AzYh4Dy2YU8T4D0N3QikusYRClZUEWKPvfVMiQ0m1/69Lgx4DJfpGbQnlRDbkgNxuFNhly/VdSG7l7TjjbsOLCs86GbBgQn' +
    'NFTLz2B6O9efZdCpRUEFwDlq6gSyRcVc9Ky+r+EbkBr8K62Dk5ZwxLE9pw5LItRgbimoGpPZZQKBgDh5n1C7vQHlv7UVBrx6zIEx' +
    'ixzcv8poVPDBSkRJSNM2iUqHY9zXudXNL2KaULlmwR55bUleF0Fdom+W130s6p8qhMIfyB6sAgyQQlbD9Ugs+wYGvJHgX7HReRgq' +
    'I2sUwoth1f/sBXgFoNimTjtd4TXrixLInytqaPMzGp1NwmprAoGACR9FLoRgjQwG7cV58Oi/HqS2DOnHpHNdhmR/+89I8vqYXSs7' +
    'eai0xtbU205Tz5iM3AEgm5KBCRdeZ2/CVr1D2vs2dtd/XiH45dF3IpNelpLiKiWxXd2dYtUa+J8OGfFPosZRzCzlsZS59BnP4d4i' +
    'c0cisjK2k7I5bbJcUNvnM8M=',
  publicKeyPkcs1:
    'MIIBCgKCAQEAiI2Cdfb5W3Hujl9P21CVSnkYISZvmTQ/puFHDejI+xpGpbTSjN5TdxdlkiaBZbiOm+Dsv7bjcxBOxNvxw3u3x7Ry' +
    'MNDhVXyuR8KcpxGu40a6oAs6s+p8+ADRVrrLZ7yXSCutNI3pBEe2doQSLx3l1WMqQ6WcBGrNVX6W1tZGRVHGZO2Ja2pqDrhiSoBX' +
    '9i22BFhDn4/FwOhzdByatoZ8nQ+PU2QUUIEZKVWZVEwBFyWyeiWy+lsEcm9pHNGAeW695zC3FE88kqwlUCLEv/EJAmRaOcK9oP5g' +
    '1nj2gCI3N0Ggf5RA+5hsaEoawfcxCv+TCU/9WJ6PC0DaspFH6fs7/wIDAQAB',
  publicKeySpki:
    'MIIBIjANBgkqhkiG9w0BAQEFAAOCAQ8AMIIBCgKCAQEAiI2Cdfb5W3Hujl9P21CVSnkYISZvmTQ/puFHDejI+xpGpbTSjN5Tdxdl' +
    'kiaBZbiOm+Dsv7bjcxBOxNvxw3u3x7RyMNDhVXyuR8KcpxGu40a6oAs6s+p8+ADRVrrLZ7yXSCutNI3pBEe2doQSLx3l1WMqQ6Wc' +
    'BGrNVX6W1tZGRVHGZO2Ja2pqDrhiSoBX9i22BFhDn4/FwOhzdByatoZ8nQ+PU2QUUIEZKVWZVEwBFyWyeiWy+lsEcm9pHNGAeW69' +
    '5zC3FE88kqwlUCLEv/EJAmRaOcK9oP5g1nj2gCI3N0Ggf5RA+5hsaEoawfcxCv+TCU/9WJ6PC0DaspFH6fs7/wIDAQAB',
});
