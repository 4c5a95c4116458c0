// Types for scripts/manifest-transform.js (plain JS so webpack can load it without a compile step).
export const DEV_ORIGIN: string;
export const DEFAULT_PUBLIC_URL: string;
export function publicOrigin(value?: string): string;
export function metadataVersion(packageVersion: string, ...contents: string[]): string;
export function productionManifest(xml: string, options: { origin?: string; version: string }): string;
