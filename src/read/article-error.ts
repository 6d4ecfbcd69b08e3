// An article the pipeline refuses, naming the input field to blame (the server's `field`, the CLI's
// line): bad metadata, or an article past a cap (article-limits.ts).
export class ArticleError extends Error {
  constructor(
    message: string,
    readonly field: string,
  ) {
    super(message);
  }
}

/** An article past a size or work cap (HTTP 413): well formed, but more than one article may cost. */
export class ArticleTooLarge extends ArticleError {}
