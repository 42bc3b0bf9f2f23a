export declare const INSTALL_HINT: string;
export declare function findChromium(env?: NodeJS.ProcessEnv): { path: string; source: string } | undefined;
export declare function chromiumPath(env?: NodeJS.ProcessEnv): string | undefined;
