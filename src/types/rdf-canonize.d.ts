// rdf-canonize ships no types; this declares the one call newsgraph makes.
declare module "rdf-canonize" {
  interface CanonizeOptions {
    algorithm: "RDFC-1.0" | "URDNA2015";
    format?: "application/n-quads";
    inputFormat?: "application/n-quads";
  }
  const canonize: {
    canonize(input: unknown, options: CanonizeOptions): Promise<string>;
  };
  export default canonize;
}
