/** Server defaults without the zod schema of server-config.ts, so the CLI's help text starts fast. */
export const defaultPort = 3000;
/** All interfaces: student phones in the lecture hall must reach the lecturer's machine. */
export const defaultHost = '0.0.0.0';
export const defaultDataDir = './data';
/** Days a session is kept after it ends (or after its last action, when it was never ended). */
export const defaultRetentionDays = 30;
