// The `hyphen` package ships no types; these are the two entries the engine uses.

declare module 'hyphen/en-us' {
  export function hyphenateSync(text: string, options?: { hyphenChar?: string }): string;
}
declare module 'hyphen/en-gb' {
  export function hyphenateSync(text: string, options?: { hyphenChar?: string }): string;
}
