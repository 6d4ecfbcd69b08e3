// Piscina worker entry: one chunk of articles in, their outcomes out.
import type { ArticleInput } from '../read/article.js';
import { extractChunk } from './extract-task.js';

export default function run(inputs: ArticleInput[]) {
  return extractChunk(inputs);
}
