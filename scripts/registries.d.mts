/** Types of scripts/registries.mjs for the TypeScript that imports it (tests/unit/registries.test.ts). */
export const DEFAULT_LANGUAGE: string;
export const ROOT: string;
export function fieldFiles(dir: string): [id: string, exportName: string][];
export function languageFolders(dir: string): string[];
export function helpCodeLetters(folder: string): string;
export function registries(root: string): Record<string, string>;
export function writeRegistries(root: string): string[];
export function staleRegistries(root: string): string[];
