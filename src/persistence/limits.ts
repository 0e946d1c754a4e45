/**
 * The sizes Claimmark opens, in one place: an article's text, the markup
 * around it, and a backup file. Each limit is checked before the work it
 * protects starts (loading, restoring), so a too-large input gets a message
 * instead of a frozen or crashed tab.
 */

/**
 * The longest article text the editor opens, in characters (UTF-16 code
 * units). Measured in headless Chromium on the 2-core build machine: 10 MB of
 * text in 744-character paragraphs opens in about 0.9 s and a keystroke then
 * takes about 80 ms; 20 MB took 1.5 to 1.7 s and 170 ms a keystroke; 50 MB was
 * a 24 s task and 200 MB crashed the tab. 10 MB is about 1.7 million words,
 * forty novels.
 */
export const maxArticleCharacters = 10 * 1024 * 1024;

/** The largest HTML source `loadArticle` and the article dialog parse (characters): the text limit with room for markup. */
export const maxArticleHtmlCharacters = 4 * maxArticleCharacters;

/**
 * The largest backup file the library reads (bytes). A backup is read into
 * memory at once and every article in it must open, so it follows from the
 * text limit: ten articles at the limit (as JSON, about 1.2 times their text
 * with their annotations), or thousands of usual ones (a 1,000-word article
 * with 50 annotations is about 40 KB).
 */
export const maxBackupBytes = 12 * maxArticleCharacters;
