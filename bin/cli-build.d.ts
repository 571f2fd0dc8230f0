// Types of bin/cli-build.js (plain JavaScript, so bin/ runs without a build), for the TypeScript that imports it.
export type Build = {
  /** True when the build is missing, incomplete, or older than one of the files it was built from. */
  isStale: () => boolean;
  /** Builds; returns its wall time and the number of source files read. */
  build: () => Promise<{ ms: number; inputs: number }>;
  /** Builds when stale; returns whether it built. */
  ensure: () => Promise<boolean>;
};

export const createBuild: (options: {
  root: string;
  outDir: string;
  entryPoints: Record<string, string>;
  alwaysInputs?: string[];
}) => Build;

export const cliOutDir: string;
export const cliEntry: string;
export const cliEntryUrl: string;
export const cliBuild: Build;
