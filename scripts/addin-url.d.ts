// Types of scripts/addin-url.js (plain CommonJS, because webpack.config.js loads it).
export declare const DEV_URL: string;
export declare function addinUrl(value?: string): string;
export declare function manifestFor(xml: string, url: string): string;
