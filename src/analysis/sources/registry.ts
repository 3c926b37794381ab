// PLACEHOLDER until issue 3 lands. The registry is data: src/reference/sources.json.
export interface SourceRegistry {
  sources: unknown[];
}
