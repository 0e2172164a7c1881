// Types of scripts/registry.mjs for the TypeScript that imports it (tests/unit/registry.test.ts).
export declare const ROOT: string;
export declare const DEFAULT_LANGUAGE: string;
export declare function camelId(id: string): string;
export declare function helpCodeLetters(folder: string): string;
export declare function listedFiles(root?: string, facts?: { fieldReasons: Record<string, readonly string[]> }): Record<string, string>;
export declare function registryFiles(root?: string): Promise<Record<string, string>>;
export declare function staleFiles(root?: string): Promise<[path: string, text: string][]>;
