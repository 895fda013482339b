// The criteria catalog, one import for the rest of the code: its schema and types (catalogSchema.ts) and the default
// catalog of Kế hoạch 12/KH-UBND (catalogDefault.ts). Everything plan-specific lives in the catalog.
export * from "./catalogSchema";
export * from "./catalogDefault";
