/**
 * The words of the Suggest list, in English: imported only by the list
 * (claim-annotator/suggestions/), so they travel in its lazy chunk. Other
 * languages have them in their bundle.
 */

/** The Suggest list's words in English; a language bundle or the element's `strings` may replace any. */
export const englishSuggestionStrings = {
  suggestionsTitle: (count: number) => `Suggestions (${count})`,
  suggestionsHelp: 'Found by rules, not checked. Accept what is right; nothing is tagged until you do.',
  suggestionsNone: 'No suggestions left.',
  suggestionsNoneFound: 'Nothing to suggest: no quotation, attribution or checkable figure that is not already tagged.',
  suggestionsClose: 'Close suggestions',
  suggestionsFound: (count: number) => (count === 1 ? '1 suggestion found.' : `${count} suggestions found.`),
  suggestionsAccepted: (count: number) => (count === 1 ? 'Tagged 1 suggestion.' : `Tagged ${count} suggestions.`),
  suggestionsDismissed: (count: number) => (count === 1 ? 'Dismissed 1 suggestion.' : `Dismissed ${count} suggestions.`),
  suggestedSpeaker: (name: string, cue: string) => (cue ? `${name} (${cue})` : name),
  accept: 'Accept',
  acceptAndEdit: 'Accept and edit',
  dismiss: 'Dismiss',
  acceptAll: (count: number, kind: string) => `Accept all ${count} (${kind.toLowerCase()})`,
  dismissAll: (count: number, kind: string) => `Dismiss all ${count} (${kind.toLowerCase()})`,
};

export type SuggestionStrings = typeof englishSuggestionStrings;
