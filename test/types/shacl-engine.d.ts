// shacl-engine ships no types; the little the shapes test uses.
declare module "shacl-engine" {
  import type { DatasetCore, Term } from "@rdfjs/types";
  export interface ShaclEngineResult {
    readonly focusNode: { readonly term: Term };
    readonly message: readonly Term[];
  }
  export class Validator {
    constructor(shapes: DatasetCore, options: { factory: unknown; validations?: unknown });
    validate(data: { dataset: DatasetCore }): Promise<{ conforms: boolean; results: ShaclEngineResult[] }>;
  }
}
declare module "shacl-engine/sparql.js" {
  export const validations: unknown;
  export const targetResolvers: unknown;
}
