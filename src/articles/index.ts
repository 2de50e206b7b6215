import type { ArticleModule } from "./article-module.js";
import { zelenskyAideNeutrality } from "./zelensky-aide-neutrality.js";

export type { ArticleModule } from "./article-module.js";
export { zelenskyAideNeutrality } from "./zelensky-aide-neutrality.js";

/** Every article the package builds, in a stable order. */
export const ARTICLES: readonly ArticleModule[] = [zelenskyAideNeutrality];
