import { Parser } from "n3";
import oxigraph from "oxigraph";
import { beforeAll, describe, expect, it } from "vitest";
import type { GraphBuilder } from "../../src/builders/graph.js";
import { readReleaseInput } from "../../src/cli/files.js";
import { buildRelease, type Release } from "../../src/release/release.js";
import { read } from "../helpers.js";

const ntriples = (
  quads: {
    subject: { value: string; termType: string };
    predicate: { value: string };
    object: { value: string; termType: string; language?: string; datatype?: { value: string } };
  }[],
) =>
  quads
    .map((q) => {
      const o = q.object;
      const obj =
        o.termType === "Literal"
          ? `"${o.value}"@${o.language ?? ""}^^${o.datatype?.value ?? ""}`
          : `<${o.value}>`;
      return `<${q.subject.value}> <${q.predicate.value}> ${obj}`;
    })
    .sort();

describe("the release", () => {
  let first: Release;
  let second: Release;
  beforeAll(async () => {
    first = await buildRelease(await readReleaseInput());
    second = await buildRelease(await readReleaseInput());
    // Two builds, each validating its graphs with SHACL: slow on a loaded machine.
  }, 120_000);

  it("is byte-identical across two builds", () => {
    expect(second.files).toEqual(first.files);
  });

  it("equals the committed data/ byte for byte (run `npm run build` to refresh it on purpose)", () => {
    for (const f of first.files) expect(read("data", f.name), f.name).toBe(f.content);
  });

  it("writes Turtle with LF endings, no trailing spaces and rdf:type first", () => {
    for (const f of first.files.filter((x) => x.name.endsWith(".ttl"))) {
      expect(f.content.includes("\r"), f.name).toBe(false);
      expect(/[ \t]$/m.test(f.content), f.name).toBe(false);
      // n3 writes rdf:type as `a`; sorted first, it opens the block and never follows a `;`.
      expect(/;\n\s+a /.test(f.content), f.name).toBe(false);
      const typed = f.content.split("\n\n").filter((b) => !b.startsWith("@prefix") && / a /.test(b));
      expect(typed.length, f.name).toBeGreaterThan(10);
      for (const block of typed) expect(block.split("\n")[0], f.name).toMatch(/^\S+ a /);
    }
  });

  it("does not depend on the order the builders emitted quads in, for any article", async () => {
    const input = await readReleaseInput();
    expect(input.articles.length).toBeGreaterThan(0);
    const reversed = {
      ...input,
      articles: input.articles.map((article) => ({
        ...article,
        module: {
          ...article.module,
          build: (text: string) =>
            ({ quads: [...article.module.build(text).quads].reverse() }) as unknown as GraphBuilder,
        },
      })),
    };
    const again = await buildRelease(reversed);
    expect(again.files).toEqual(first.files);
  });

  it("parses back with n3 and with Oxigraph, for every article, to the triples it was built from", async () => {
    const input = await readReleaseInput();
    expect(input.articles.length).toBeGreaterThan(0);
    for (const { module, text } of input.articles) {
      const ttl = first.files.find((f) => f.name === `${module.slug}.ttl`)?.content ?? "";
      const built = ntriples([...module.build(text).quads] as never);
      const viaN3 = ntriples(new Parser().parse(ttl) as never);
      const viaOxigraph = ntriples(oxigraph.parse(ttl, { format: "text/turtle" }) as never);
      expect(new Set(built).size, module.slug).toBe(built.length);
      expect(viaN3, module.slug).toEqual(built);
      expect(viaOxigraph, module.slug).toEqual(built);
    }
  });
});
