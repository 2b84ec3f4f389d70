/** Headings and labels used when rendering problems and worksheets. */
import type { Messages } from '../i18n/index.js';

export const renderMessages: Messages = {
  'render.seed': { en: 'Seed', ja: 'シード' },
  'render.answers': { en: 'Answers', ja: '解答' },
  'render.solution': { en: 'Worked solution', ja: '解き方' },
};
