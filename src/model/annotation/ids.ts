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

/**
 * A short fingerprint of a text (53-bit, hex), to recognise content seen before,
 * such as the article a page opens again. Not for security.
 */
export function contentHash(text: string): string {
  let h1 = 0xdeadbeef;
  let h2 = 0x41c6ce57;
  for (let i = 0; i < text.length; i++) {
    const unit = text.charCodeAt(i);
    h1 = Math.imul(h1 ^ unit, 2654435761);
    h2 = Math.imul(h2 ^ unit, 1597334677);
  }
  h1 = Math.imul(h1 ^ (h1 >>> 16), 2246822507) ^ Math.imul(h2 ^ (h2 >>> 13), 3266489909);
  h2 = Math.imul(h2 ^ (h2 >>> 16), 2246822507) ^ Math.imul(h1 ^ (h1 >>> 13), 3266489909);
  return (4294967296 * (2097151 & h2) + (h1 >>> 0)).toString(16).padStart(14, '0');
}
