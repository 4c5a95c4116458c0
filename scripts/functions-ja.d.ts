// Types for scripts/functions-ja.js (plain JS so webpack can load it without a compile step).

export interface MetadataParameter {
  name: string;
  description?: string;
  type?: string;
  dimensionality?: "scalar" | "matrix";
  optional?: boolean;
  repeating?: boolean;
}

export interface MetadataFunction {
  id: string;
  name: string;
  description?: string;
  parameters?: MetadataParameter[];
  result?: { type?: string; dimensionality?: "scalar" | "matrix" };
  options?: Record<string, unknown>;
}

export interface Metadata {
  functions: MetadataFunction[];
  [key: string]: unknown;
}

export type JapaneseTable = Record<string, { description: string; parameters?: Record<string, string> }>;

export const TABLE_PATH: string;
export function readTable(file?: string): JapaneseTable;
export function localizeMetadata(metadata: Metadata, table: JapaneseTable): { metadata: Metadata; problems: string[] };
export class FunctionsJaPlugin {
  constructor(options?: { input?: string; output?: string; table?: string });
  apply(compiler: unknown): void;
}
