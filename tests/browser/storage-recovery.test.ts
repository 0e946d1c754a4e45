/**
 * What saving must not lose in real IndexedDB: everything done while storage
 * failed (adds, edits and deletions) is written whole once it works again,
 * and an edit of a very large article made right before the page closes is
 * stored even while the previous save is still being written.
 */
import { expect } from '@open-wc/testing';
import type { ClaimAnnotator } from '../../src/index.ts';
import { removeAnnotators, shadow, viewOf, waitUntil } from './support.ts';
import { freshDatabase, messageFromFrame, readDatabase, story, storedEditor } from './storage-support.ts';

describe('saving after a failure', () => {
  afterEach(removeAnnotators);

  it('writes the adds, edits and deletions made while saving failed, after Try saving again', async () => {
    const database = freshDatabase();
    const url = 'https://news.example.org/replay';
    const element = await storedEditor(database, { text: story, url });
    const kept = element.addAnnotation({ kind: 'claim', exact: 'rents rose 4%' });
    const deleted = element.addAnnotation({ kind: 'fact', exact: '9%' });
    await element.save();
    expect((await readDatabase(database)).annotations).to.have.length(2);

    const put = IDBObjectStore.prototype.put;
    IDBObjectStore.prototype.put = function () {
      throw new DOMException('Quota exceeded.', 'QuotaExceededError');
    };
    try {
      element.removeAnnotation(deleted.id);
      await element.save();
      expect(element.saveState.state).to.equal('failed');
      // while it fails, the user goes on working
      element.updateAnnotation(kept.id, { verdict: 'false' });
      const added = element.addAnnotation({ kind: 'quote', exact: 'Critics said' });
      const view = viewOf(element);
      view.dispatch(view.state.tr.insertText('Update: ', 1));
      await element.save();
      expect(element.saveState.state).to.equal('failed');
      expect((await readDatabase(database)).annotations, 'nothing written while it fails').to.have.length(2);

      IDBObjectStore.prototype.put = put;
      await element.updateComplete;
      const retry = [...element.shadowRoot!.querySelectorAll<HTMLButtonElement>('.storage-alert button')].find((b) => b.textContent === 'Try saving again')!;
      retry.click();
      await waitUntil(() => element.saveState.state === 'saved', 'saved again');

      const stored = await readDatabase(database);
      expect(stored.annotations.map((a: { id: string }) => a.id).sort()).to.deep.equal([kept.id, added.id].sort());
      expect(stored.annotations.find((a: { id: string }) => a.id === kept.id).record.verdict).to.equal('false');
      expect(stored.articles[0].annotationCount).to.equal(2);
    } finally {
      IDBObjectStore.prototype.put = put;
    }

    // and after a reload the deleted annotation stays deleted
    removeAnnotators();
    const reloaded = await storedEditor(database, { text: story, url });
    await reloaded.ready;
    expect(reloaded.annotations.map((a) => a.id).sort()).to.deep.equal(element.annotations.map((a) => a.id).sort());
    expect(reloaded.text.startsWith('Update: ')).to.equal(true);
    expect(shadow(reloaded, '.storage-alert')).to.equal(null);
  });
});

describe('closing the page right after an edit', () => {
  it('keeps the edit of a very large article while its previous save is still being written', async function () {
    this.timeout(60000);
    const database = freshDatabase();
    const frame = document.createElement('iframe');
    frame.srcdoc = `<!doctype html><body><script type="module">
      import '/src/define.ts';
      const editor = document.createElement('claim-annotator');
      editor.database = ${JSON.stringify(database)};
      document.body.append(editor);
      window.editor = editor;
      parent.postMessage({ ready: ${JSON.stringify(database)} }, '*');
    </script></body>`;
    const ready = messageFromFrame('ready', database);
    document.body.append(frame);
    await ready;
    const editor = (frame.contentWindow as unknown as { editor: ClaimAnnotator }).editor;
    // about 8.8 million characters: 60,000 paragraphs of 146
    const paragraph = 'The council said the new tram line would carry forty thousand riders a day by the end of its first year, a figure critics call far too high. ';
    const text = 'The mayor opened the line on Monday.\n\n' + Array.from({ length: 60000 }, (_, i) => `${i} ${paragraph}`).join('\n\n');
    await editor.loadArticle({ text, url: 'https://news.example.org/very-long' });
    expect(editor.text.length).to.be.greaterThan(8_500_000);
    // in one task: the whole article's save is under way, the user edits, and the page goes away
    void editor.save();
    editor.editorView!.dispatch(editor.editorView!.state.tr.insertText('BREAKING: ', 1));
    editor.addAnnotation({ kind: 'claim', exact: 'opened the line' });
    frame.remove();
    await waitUntil(
      async () => {
        const { annotations, documents } = await readDatabase(database);
        const first = (documents[0]?.doc as { content?: { content?: { text: string }[] }[] } | undefined)?.content?.[0]?.content?.[0]?.text ?? '';
        return annotations.length === 1 && first.startsWith('BREAKING: The mayor');
      },
      'the edit in storage',
      30000,
    );
  });
});
