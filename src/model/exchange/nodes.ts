/**
 * Building the JSON nodes our files carry: the one helper that leaves absent
 * fields out of a node.
 */

/** `object` without its undefined entries, so a file shows only the fields that are there. */
export function withoutUndefined<V>(object: { [key: string]: V | undefined }): { [key: string]: V };
export function withoutUndefined<T extends object>(object: T): T;
export function withoutUndefined(object: object): object {
  return Object.fromEntries(Object.entries(object).filter(([, value]) => value !== undefined));
}
