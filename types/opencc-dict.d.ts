// opencc-js exposes its dictionaries as `export default "from to|…"` modules without types.
declare module 'opencc-js/dict/*' {
  const dictionary: string;
  export default dictionary;
}
