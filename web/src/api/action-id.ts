/**
 * A new id for one action, so a retry after a lost acknowledgement is recognised by the server and applied
 * once. getRandomValues works on plain http too (a lecture-hall address), unlike crypto.randomUUID.
 */
export const newActionId = (): string => {
  const bytes = crypto.getRandomValues(new Uint8Array(12));
  return Array.from(bytes, (b) => b.toString(16).padStart(2, '0')).join('');
};
