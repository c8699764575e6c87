/** Personal-data redaction: the public surface for brains, tools, logs and channels. */
export { redact, type RedactionResult } from './redact';
export { redactForLog } from './redact-for-log';
export { findPersonalData, replacePersonalData, looksLikeCard, type PersonalDataSpan } from './personal-data';
export { RedactionVault, PERSONAL_DATA_KINDS, type PersonalDataKind, type VaultEntry } from './vault';
export { isValidResidentId, passesLuhn } from './checksums';
