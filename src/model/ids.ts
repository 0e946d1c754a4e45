/** Annotation identities: URNs that stay unique across tabs, people and files. */

/** A new `urn:uuid:` identity. */
export function newAnnotationId(): string {
  const cryptoApi = globalThis.crypto;
  // randomUUID exists only in secure contexts; a site on plain http still has getRandomValues
  if (typeof cryptoApi?.randomUUID === 'function') return `urn:uuid:${cryptoApi.randomUUID()}`;
  const bytes = new Uint8Array(16);
  cryptoApi.getRandomValues(bytes);
  bytes[6] = (bytes[6] & 0x0f) | 0x40;
  bytes[8] = (bytes[8] & 0x3f) | 0x80;
  const hex = Array.from(bytes, (byte) => byte.toString(16).padStart(2, '0')).join('');
  return `urn:uuid:${hex.slice(0, 8)}-${hex.slice(8, 12)}-${hex.slice(12, 16)}-${hex.slice(16, 20)}-${hex.slice(20)}`;
}

/** An ISO 8601 timestamp with timezone (UTC, `Z`) for `date`. */
export function timestamp(date = new Date()): string {
  return date.toISOString();
}
