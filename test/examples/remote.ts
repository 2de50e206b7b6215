import { mintIri, sparqlEndpoint } from "newsgraph";

// Any SPARQL 1.1 query endpoint whose default graph is the union of its graphs, holding data/newsgraph.nq
// (e.g. `oxigraph serve --location ./db --union-default-graph`; its endpoint is http://127.0.0.1:7878/query).
export async function askRemotely(endpoint: string) {
  const remote = sparqlEndpoint(endpoint, { timeoutMs: 10_000 });

  // The same helpers, the same typed rows as in memory: each sends its SPARQL twin over the protocol.
  const demands = await remote.demandsOf(mintIri("state", "russia"));
  const [zhovkva] = await remote.findEntities("Zhovkva");
  const posts = zhovkva ? await remote.postsHeldBy(zhovkva.entity) : [];

  return {
    items: [...new Set(demands.map((d) => d.itemLabel.value))],
    posts: posts.map((p) => `${p.postName.value} (${p.attestedOn.value})`),
  };
}
