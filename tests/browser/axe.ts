/** axe-core in the test page: the accessibility rules a state of an element breaks. */
import 'axe-core/axe.min.js';
import type { AxeResults, RunOptions } from 'axe-core';

interface AxeGlobal {
  run(context: Element | Document, options: RunOptions): Promise<AxeResults>;
}

/**
 * Rules about the whole page, not the element: the test page has no title,
 * landmarks or heading of its own, and a site's page decides those.
 */
const pageRules = ['region', 'landmark-one-main', 'page-has-heading-one', 'bypass', 'document-title', 'html-has-lang'];

/**
 * What axe finds wrong in `root` (WCAG 2.2 A and AA plus best practices),
 * one line per rule and node, so a failing test says what to fix.
 */
export async function axeViolations(root: Element): Promise<string[]> {
  const axe = (window as unknown as { axe: AxeGlobal }).axe;
  const results = await axe.run(root, {
    runOnly: { type: 'tag', values: ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa', 'best-practice'] },
    rules: Object.fromEntries(pageRules.map((rule) => [rule, { enabled: false }])),
    resultTypes: ['violations'],
  });
  return results.violations.flatMap((violation) =>
    violation.nodes.map((node) => `${violation.id}: ${JSON.stringify(node.target)} ${node.failureSummary?.split('\n')[1]?.trim() ?? ''}`),
  );
}
