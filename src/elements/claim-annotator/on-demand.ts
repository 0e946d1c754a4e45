/**
 * What `<claim-annotator>` loads on demand, as one lazy chunk: the selection
 * toolbar (loaded when the editable article has focus), reading and placing an
 * import, the Suggest action, the article dialog (New article, Article details), "Your name", the
 * panel's edit form (loaded when the user selects text, or at Edit) and
 * the virtualizer of a list longer than 50, and the CSV report. Each is a user's explicit action, rare on a page
 * view; one chunk rather than two keeps the start-up bundle smaller, since the bundler
 * splits the code they share with start-up into one more file per set.
 * `<claim-library>`'s backup reading is a chunk of its own (`library-backup.ts`). The
 * English words of the dialogs and of a stored record that cannot be read come too.
 */
export { ImportFlow } from './exchange/import-flow.ts';
export { AnnotationCardController } from './reader/annotation-card.ts';
export { SuggestionsController } from './suggestions/suggestions.ts';
export { ArticleDialog } from './article/article-dialog-state.ts';
export {
  claimReviewProblem,
  longClaimReviews,
  readPickedFile,
  rememberPublisher,
  rememberedPublisher,
  renderClaimReviewDialog,
  renderExportChoice,
  renderImportReport,
  renderUntaggedChoice,
} from './exchange/exchange-dialogs.ts';
export { importProblem, loadProblem, storedProblem } from '../shared/strings/on-demand-strings.ts';
export { adoptDialogStyles } from './dialog.styles.ts';
export { isVirtualized, renderVirtualList, scrollToIndex } from './panel/virtual-list.ts';
export { EditFormView } from './panel/form/edit-form-view.ts';
export { EditorRelations } from '../../editor/index.ts';
export { renderDetached, renderPlacementCheck } from './panel/panel-checks.ts';
export { groupHeadings, grouped, renderReviewFields } from './panel/review-fields.ts';
export { copyClaimReview } from './exchange/claim-review-copy.ts';
export { csvReport, downloadCsv } from './exchange/csv-report.ts';
export { printReport } from './exchange/print-report.ts';
export { conflictCopyTitle, renderTextConflict } from './storage/text-conflict-notice.ts';
export { CheckerDialog } from './checker-dialog.ts';
export { SelectionToolbarView } from './tagging/selection-toolbar.ts';
