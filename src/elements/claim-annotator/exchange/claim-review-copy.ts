/**
 * Copy ClaimReview, on demand: the script block a fact-check page embeds, made
 * from the dialog's form and put on the clipboard (shown to copy by hand when
 * the page may not write there).
 */
import type { FactCheckPublisher, ClaimReviewState } from './exchange-dialogs.ts';
import { claimReviewProblem, rememberPublisher } from './exchange-dialogs.ts';
import type { ClaimStrings } from '../../shared/strings/annotator-strings.ts';
import { onDemandWords } from '../../shared/strings/on-demand-strings.ts';

/**
 * ClaimReview objects as the script block a fact-check page embeds. Every `<`,
 * `>` and `&` is written as a JSON escape (`\u003c`…): they occur only inside
 * strings, so the JSON means the same, and no claim's words (`</script>`,
 * `<!--`, `<script`) can end the block early or swallow the page after it.
 */
export function claimReviewScript(reviews: readonly object[]): string {
  const escapes: Record<string, string> = { '<': '\\u003c', '>': '\\u003e', '&': '\\u0026' };
  const json = JSON.stringify(reviews.length === 1 ? reviews[0] : reviews, null, 2).replace(/[<>&]/g, (c) => escapes[c]);
  return `<script type="application/ld+json">\n${json}\n</script>`;
}

/**
 * The dialog's state after its form (`form`) is submitted: the reviews
 * `exportReviews` makes from it as a script block, copied when the clipboard
 * allows, or the problem in the element's words.
 */
export async function copyClaimReview(
  form: HTMLFormElement,
  strings: ClaimStrings,
  state: ClaimReviewState,
  exportReviews: (options: { url: string; author: FactCheckPublisher; datePublished: string }) => object[],
): Promise<ClaimReviewState> {
  const data = new FormData(form);
  const value = (name: string) => String(data.get(name) ?? '').trim();
  try {
    const author = { name: value('author'), ...(value('authorUrl') ? { url: value('authorUrl') } : {}) };
    const options = { url: value('url'), author, datePublished: value('datePublished') };
    const problem = claimReviewProblem(strings, options);
    if (problem) throw new Error(problem);
    const reviews = exportReviews(options);
    rememberPublisher(author);
    if (reviews.length === 0) throw new Error(onDemandWords(strings).noClaimReviews);
    const script = claimReviewScript(reviews);
    let copied = false;
    try {
      await navigator.clipboard.writeText(script);
      copied = true;
    } catch {
      // no clipboard permission here: the block is shown to copy by hand
    }
    return { ...state, script, error: null, copied };
  } catch (error) {
    return { ...state, script: '', error: (error as Error).message, copied: false };
  }
}
