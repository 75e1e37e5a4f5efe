/** The channel's schemas as JSON Schema, made at build time (lib/build/plugin-loader-checks.ts). */
declare module 'virtual:plugin-loader-schemas' {
  const schemas: import('../lib/plugin/message-schemas').LoaderSchemas;
  export default schemas;
}
