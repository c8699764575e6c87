/** Personal-data redaction: the public surface for brains, tools, logs and channels. */
export { redact, type RedactionResult } from './redact';
export { redactForLog } from './redact-for-log';
export { RedactionVault, PERSONAL_DATA_KINDS, type PersonalDataKind, type VaultEntry } from './vault';
export { isValidResidentId, passesLuhn } from './checksums';
