// The annotated page's stylesheet, inlined into every page (no external fonts or images: system fonts only).

/**
 * The speaker palette: a light tint behind a speaker's statements (under #111 text) and a dark line colour
 * for the statement's underline and its badge (under white text). Every pair passes WCAG AA (4.5:1); a test
 * computes it. A speaker's `colour` index picks an entry modulo the length.
 *
 * @internal
 */
export const PALETTE: readonly { readonly name: string; readonly tint: string; readonly line: string }[] = [
  { name: "blue", tint: "#d6e6ff", line: "#1f4e9c" },
  { name: "orange", tint: "#ffe0c2", line: "#8f4400" },
  { name: "green", tint: "#d5f2cc", line: "#2d6a1f" },
  { name: "pink", tint: "#fbd5ea", line: "#9c1f62" },
  { name: "purple", tint: "#e6dcff", line: "#5b3ca8" },
  { name: "yellow", tint: "#fff3a6", line: "#6b5700" },
  { name: "teal", tint: "#c8f1ef", line: "#0d625d" },
  { name: "brown", tint: "#eedccd", line: "#6e4424" },
  { name: "grey", tint: "#e4e4e4", line: "#444444" },
  { name: "lime", tint: "#e8f5b0", line: "#46600a" },
];

/** The colour of body text; every tint is checked against it. @internal */
export const INK = "#111111";

const palette = PALETTE.map((c, i) => `.c${i}{--tint:${c.tint};--line:${c.line}}`).join("\n");

/** The page's CSS. @internal */
export const PAGE_STYLE = `
:root{color-scheme:light;--ink:${INK};--muted:#444;--accent:#0b57d0;--tension:#6b2c91}
*{box-sizing:border-box}
html{font-family:system-ui,-apple-system,"Segoe UI",Roboto,"Helvetica Neue",Arial,sans-serif;line-height:1.6;color:var(--ink);background:#fff}
body{margin:0;font-size:1rem}
a{color:#0b4fa8}
a:focus-visible,button:focus-visible,select:focus-visible,summary:focus-visible,[tabindex]:focus-visible{outline:3px solid var(--accent);outline-offset:2px}
.skip{position:absolute;left:-100vw;top:0;background:#111;color:#fff;padding:.5rem 1rem;z-index:20}
.skip:focus{left:0}
.wrap{max-width:84rem;margin:0 auto;padding:0 1rem}
header.top h1{font-size:1.6rem;line-height:1.25;margin:.75rem 0 .25rem}
.kicker{margin:.75rem 0 0;font-size:.85rem;color:var(--muted);text-transform:uppercase;letter-spacing:.06em}
.meta{margin:0 0 .75rem;color:var(--muted)}
h2{font-size:1.2rem;margin:1.25rem 0 .5rem}
h3{font-size:1rem;margin:1rem 0 .25rem}
.legend{border:1px solid #bbb;border-radius:.4rem;padding:.25rem .75rem;margin:0 0 1rem;background:#fafafa}
.legend summary{cursor:pointer;font-weight:600}
.legend ul{list-style:none;padding:0;margin:.25rem 0;display:flex;flex-wrap:wrap;gap:.25rem 1.25rem}
.layout{display:grid;grid-template-columns:minmax(0,1fr);gap:0 2rem}
@media (min-width:60rem){.layout{grid-template-columns:minmax(0,1fr) 24rem}}
#ng-text{font-size:1.05rem;max-width:44rem;overflow-wrap:anywhere}
#ng-text p{margin:0 0 1em}
#ng-text:focus{outline:none}
.side{border-top:2px solid #ddd}
@media (min-width:60rem){.side{border-top:0;border-left:2px solid #ddd;padding-left:1.25rem}}
.side ol,.side ul{padding-left:1.25rem;margin:.25rem 0}
.side li{margin:.3rem 0}
.sub{display:block;font-size:.85rem;color:var(--muted)}
.filters{display:grid;grid-template-columns:auto minmax(0,1fr);gap:.4rem .75rem;align-items:center}
.filters label{font-weight:600}
.filters select,.filters button{font:inherit;min-height:2.25rem;max-width:100%;color:var(--ink);background:#fff;border:1px solid #666;border-radius:.3rem}
.filters button{grid-column:1/-1;justify-self:start;padding:0 .75rem;cursor:pointer}
#ng-count{grid-column:1/-1;margin:0;font-weight:600}
.go{display:block;font:inherit;color:#0b4fa8;background:none;border:0;padding:0;text-align:left;text-decoration:underline;cursor:pointer;overflow-wrap:anywhere}
.go:hover{color:#062e66}
.badge{display:inline-block;font-size:.75rem;font-weight:700;line-height:1.2;color:#fff;background:var(--line);border-radius:.3em;padding:.1em .35em;font-style:normal}
.tint{background:var(--tint);border-bottom:3px solid var(--line);padding:0 .2em}
.dim{background:#ececec;border-bottom:3px dotted #767676;color:#444;padding:0 .2em}
[hidden]{display:none!important}
.sr{position:absolute;width:1px;height:1px;overflow:hidden;clip-path:inset(50%);white-space:nowrap}
.picture{overflow:auto;max-height:80vh;border:1px solid #bbb;border-radius:.4rem;background:#fff;padding:.5rem}
.picture svg{display:block;max-width:none;margin:0 auto}
.picture.fit{max-height:none}
.picture.fit svg{max-width:100%;height:auto}
.picture-tools{display:flex;flex-wrap:wrap;align-items:center;gap:.5rem 1rem;margin:0 0 .5rem}
#ng-fit{font:inherit;min-height:2.25rem;padding:0 .75rem;color:var(--ink);background:#fff;border:1px solid #666;border-radius:.3rem;cursor:pointer}
#ng-fit[aria-pressed="true"]{background:#e8eefb;border-color:#0b4fa8;font-weight:600}
figure{margin:0}
figcaption{font-size:.9rem;color:var(--muted);margin-top:.5rem}
code{font-family:ui-monospace,SFMono-Regular,Menlo,Consolas,monospace;font-size:.85em;overflow-wrap:anywhere}
footer{margin:2rem auto;color:var(--muted);font-size:.85rem}
/* marks */
.mk{cursor:pointer;border-radius:2px}
.k-statement{background:var(--tint);border-bottom:3px solid var(--line);padding-bottom:2px}
.k-statement.first::before{content:attr(data-badge);font-size:.7rem;font-weight:700;font-style:normal;line-height:1;color:#fff;background:var(--line);padding:.15em .3em;margin-right:.25em;border-radius:.3em;vertical-align:.15em}
.k-quotation{font-style:italic;text-decoration-line:underline;text-decoration-style:double;text-decoration-thickness:1px;text-underline-offset:.2em}
.k-mention{border-bottom:2px dotted #333}
.k-mention.missp{text-decoration-line:underline;text-decoration-style:wavy;text-decoration-color:#b3261e}
.k-mention.missp::after{content:" [sic: " attr(data-canon) "]";font-size:.75rem;font-style:normal;font-weight:600;color:#8c1d18}
.k-date{border-bottom:2px dashed #333}
.k-date[data-day]::after{content:" (" attr(data-day) ")";font-size:.75rem;font-style:normal;color:#333}
.k-contrast{font-weight:700;background:#f1e6fb;box-shadow:inset 0 0 0 2px var(--tension);padding:0 .15em}
.k-headline{font-weight:700}
/* filtered out: dimmed to grey (tint, underline, badge and text), still focusable and selectable */
.mk.off{color:#444}
.k-statement.off{background:#ececec;border-bottom:3px dotted #767676}
.k-statement.off.first::before{background:#595959;color:#fff}
.k-quotation.off{text-decoration-color:#767676}
.mk:focus-visible{outline:3px solid var(--accent);outline-offset:2px}
.mk.sel{outline:3px solid #111;outline-offset:1px}
.mk.hl{outline:3px dashed var(--tension);outline-offset:2px}
/* details */
#ng-details{position:fixed;right:1rem;bottom:1rem;width:min(32rem,calc(100vw - 2rem));max-height:min(70vh,44rem);overflow:auto;overflow-wrap:anywhere;background:#fff;border:2px solid #111;border-radius:.5rem;box-shadow:0 .5rem 2rem rgba(0,0,0,.35);padding:0 1rem 1rem;z-index:10}
@media (max-width:40rem){#ng-details{left:0;right:0;bottom:0;width:100%;max-height:60vh;border-radius:.5rem .5rem 0 0}body.ng-open{padding-bottom:62vh}}
#ng-details .head{position:sticky;top:0;background:#fff;display:flex;justify-content:space-between;align-items:center;gap:1rem;padding-top:.5rem}
#ng-details .head h2{margin:.25rem 0;min-width:0;overflow-wrap:break-word}
#ng-close{flex:none;white-space:nowrap;font:inherit;padding:.25rem .75rem;min-height:2.25rem;border:1px solid #111;border-radius:.3rem;background:#fff;color:#111;cursor:pointer}
#ng-details dl{display:grid;grid-template-columns:minmax(6rem,auto) minmax(0,1fr);gap:.25rem .75rem;margin:.5rem 0}
#ng-details dt{font-weight:700}
#ng-details dd{margin:0;min-width:0}
#ng-details ul{margin:.1rem 0;padding-left:1.1rem}
.quote{font-style:italic}
/* a passage of the article: set off by a rule, upright, no quotation marks added (italic marks a verbatim quotation) */
.passage{display:block;font-style:normal;border-left:3px solid #767676;padding:0 0 0 .6rem;margin:.1rem 0}
${palette}
`;
