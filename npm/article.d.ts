// The Broadsheet article format, version 1 (docs/article-format.md; JSON Schema:
// static/article.schema.json). Unknown properties are ignored and `null` counts as absent,
// so data from a CMS can be passed as it is. schema.org JSON-LD (`NewsArticle`, `Article`,
// `ReportageNewsArticle`, also inside `@graph`) is accepted too: see `JsonLdArticle`.

/** Inline text: a plain string, or a list of typed nodes (article text is never HTML). */
export type RichText = string | Inline[];

export type Inline =
  | string
  | { type: "text"; text: string }
  | { type: "em"; content: RichText }
  | { type: "strong"; content: RichText }
  | { type: "link"; href: string; content: RichText }
  | { type: "br" }
  | { type: "quote"; speaker?: string | null; id?: string | null; content: RichText };

export interface Image {
  src: string;
  srcset?: string | null;
  /** Required on body images; "" marks a decorative one. */
  alt: string;
  width?: number | null;
  height?: number | null;
}

export type OptionalAltImage = Omit<Image, "alt"> & { alt?: string | null };

export type Block =
  | { type: "paragraph"; content: RichText }
  | { type: "heading"; level?: 2 | 3 | 4 | null; content: RichText }
  | { type: "figure"; image: Image; caption?: RichText | null; credit?: string | null }
  | { type: "pullquote"; content: RichText; attribution?: string | null }
  | { type: "list"; ordered?: boolean | null; items: RichText[] };

export interface Crumb {
  name: string;
  url?: string | null;
}

export interface Source {
  name: string;
  url?: string | null;
  logo?: OptionalAltImage | null;
}

export type Author = string | { name: string; url?: string | null; role?: string | null };

export type Editor = string | { name: string; lang?: string | null };

/** Someone quoted in the article; quotes refer to people by `id`. */
export interface Person {
  id: string;
  name: string;
  role?: string | null;
  organization?: string | null;
  url?: string | null;
}

export interface RelatedStory {
  headline: string;
  url: string;
  summary?: string | null;
  image?: OptionalAltImage | null;
  section?: string | null;
  /** ISO 8601 date or date-time. */
  published?: string | null;
}

export interface Carousel {
  label?: string | null;
  wrap?: boolean | null;
  /** Milliseconds between slides; 0 or absent: no autoplay. */
  autoplay?: number | null;
}

/** A Broadsheet JSON article, version 1. */
export interface Article {
  version: 1;
  id?: string | null;
  /** BCP 47 language tag, e.g. "en-GB". */
  lang?: string | null;
  dir?: "ltr" | "rtl" | "auto" | null;
  url?: string | null;
  breadcrumb?: Crumb[] | null;
  headline: string;
  standfirst?: string | null;
  source?: Source | null;
  /** ISO 8601 date or date-time, e.g. "2026-06-02T09:15:00+08:00". */
  published?: string | null;
  updated?: string | null;
  dateline?: string | null;
  authors?: Author[] | null;
  byline?: string | null;
  editor?: Editor | null;
  tags?: string[] | null;
  body?: Block[] | null;
  related?: RelatedStory[] | null;
  people?: Person[] | null;
  /** How quotes are found: detected in the text ("auto"), only quote nodes, or none. */
  quotes?: "auto" | "explicit" | "off" | null;
  carousel?: Carousel | null;
}

/** schema.org JSON-LD as pages embed it for search engines (read by the same parser). */
export interface JsonLdArticle {
  "@context"?: unknown;
  "@type"?: string | string[];
  "@graph"?: unknown[];
  [property: string]: unknown;
}

/** What `mount` and `articleHtml` accept: an article object or its JSON text. */
export type ArticleData = Article | JsonLdArticle | string;
