/**
 * The printable fact-check report (Export ▸ Print report): the article with
 * each highlight numbered where it ends, then the annotations under the same
 * numbers with their kind, verdict, speaker, restated claim, status, note and
 * sources, and those no longer in the text after them. In the on-demand
 * chunk, with its rules, which apply to print only: on screen nothing changes.
 */
import { css, html, nothing, render, type TemplateResult } from 'lit';
import { type Annotation, type ArticleMetadata, type Vocabulary, findVerdict, isHttpUrl, kindLabel, statusLabel, verdictTone } from '../../../model/index.ts';
import type { ClaimStrings } from '../../shared/strings/annotator-strings.ts';
import { onDemandWords } from '../../shared/strings/on-demand-strings.ts';
import { adoptMoreStyles } from '../../shared/adopt-styles.ts';

/** What the report reads of the element. */
export interface PrintNeeds {
  strings(): ClaimStrings;
  metadata(): ArticleMetadata;
  annotations(): Annotation[];
  vocabulary(): Vocabulary;
}

const printStyles = css`
  @media screen {
    .print-report {
      display: none;
    }
  }
  @media print {
    .actions-bar,
    .side,
    .toolbar-layer,
    .storage-alert,
    .import-progress {
      display: none !important;
    }
    .layout {
      display: block;
    }
    .ProseMirror {
      counter-reset: claimmark-note;
    }
    /* the number a highlight has in the report, where it ends */
    mark.cm-annotation[data-cm-end]::after {
      counter-increment: claimmark-note;
      content: '[' counter(claimmark-note) ']';
      font-size: 0.7em;
      vertical-align: super;
      font-weight: 600;
    }
    .print-report {
      display: block;
      break-before: page;
      font-size: 0.95rem;
    }
    .print-report ol {
      padding-left: 2rem;
    }
    .print-report li {
      break-inside: avoid;
      margin-bottom: 0.8rem;
    }
    .print-report p {
      margin: 0.15rem 0;
    }
    .print-report .report-kind {
      font-weight: 600;
    }
  }
`;

/** The annotations in the order their numbers stand in the text (the highlights' ends, as drawn), and those not in it. */
function numbered(root: ShadowRoot, annotations: readonly Annotation[]): { inText: Annotation[]; detached: Annotation[] } {
  const byId = new Map(annotations.map((annotation) => [annotation.id, annotation]));
  const order = new Set([...root.querySelectorAll<HTMLElement>('mark.cm-annotation[data-cm-end]')].map((mark) => mark.dataset.annotationId ?? ''));
  const inText = [...order].flatMap((id) => byId.get(id) ?? []);
  return { inText, detached: annotations.filter((annotation) => !order.has(annotation.id)) };
}

function renderItem(annotation: Annotation, strings: ReturnType<typeof onDemandWords>, vocabulary: Vocabulary): TemplateResult {
  const verdict = annotation.verdict ? findVerdict(vocabulary.verdicts, annotation.verdict) : null;
  const sources = annotation.sources ?? [];
  return html`<li>
    <p>
      <span class="report-kind">${kindLabel(vocabulary.kinds, annotation.kind)}</span>${verdict
        ? html` · <span class="verdict tone-${verdictTone(vocabulary.verdicts, verdict.id)}">${verdict.label}</span>`
        : annotation.foreignRating
          ? html` · ${annotation.foreignRating.label}`
          : nothing}${annotation.reviewStatus ? html` · ${statusLabel(vocabulary.statuses ?? [], annotation.reviewStatus)}` : nothing}
    </p>
    <p>${strings.quoted(annotation.exact)}${annotation.attribution?.name ? html` — ${annotation.attribution.name}` : nothing}</p>
    ${annotation.claim ? html`<p>${strings.reportClaim(annotation.claim)}</p>` : nothing}
    ${annotation.note ? html`<p>${annotation.note}</p>` : nothing}
    ${sources.length
      ? html`<p>${strings.reportSources}</p>
          <ul>
            ${sources.map(
              (source) =>
                html`<li>${source.stance ? html`${strings.stances[source.stance] ?? source.stance}: ` : nothing}${source.title ? html`${source.title}, ` : nothing}${isHttpUrl(source.url)
                  ? source.url
                  : nothing}</li>`,
            )}
          </ul>`
      : nothing}
  </li>`;
}

function renderReport(needs: PrintNeeds, root: ShadowRoot): TemplateResult {
  const strings = onDemandWords(needs.strings());
  const vocabulary = needs.vocabulary();
  const metadata = needs.metadata();
  const { inText, detached } = numbered(root, needs.annotations());
  const about = [metadata.publisher, metadata.published, metadata.url].filter(Boolean).join(' · ');
  return html`
    <h2>${strings.reportTitle(metadata.title?.trim() || strings.untitled)}</h2>
    ${about ? html`<p>${about}</p>` : nothing}
    <p>${strings.reportPrinted(new Date().toISOString().slice(0, 10), inText.length + detached.length)}</p>
    <ol>
      ${inText.map((annotation) => renderItem(annotation, strings, vocabulary))}
    </ol>
    ${detached.length
      ? html`<h3>${strings.reportDetached}</h3>
          <ul>
            ${detached.map((annotation) => renderItem(annotation, strings, vocabulary))}
          </ul>`
      : nothing}
  `;
}

/**
 * Prints the report: its section is drawn in the element's shadow root (shown
 * only in print), drawn again when the page is about to print (a long
 * article's far highlights are drawn then, drawn-range.ts, and numbered with
 * the rest), and taken away after, so that printing the page later prints the
 * article alone.
 */
export function printReport(needs: PrintNeeds, root: ShadowRoot): void {
  if (!root.adoptedStyleSheets.includes(printStyles.styleSheet!)) adoptMoreStyles(root, printStyles);
  const section = document.createElement('section');
  section.className = 'print-report';
  section.setAttribute('aria-hidden', 'true'); // a copy of what the panel says, for paper
  root.append(section);
  const draw = () => render(renderReport(needs, root), section);
  draw();
  window.addEventListener('beforeprint', draw);
  try {
    window.print();
  } finally {
    window.removeEventListener('beforeprint', draw);
    section.remove();
  }
}
