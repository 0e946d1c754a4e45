import { expect } from '@open-wc/testing';
import { createAnnotator, nextFrame, selectText, shadow, viewOf } from './support.ts';

describe('<claim-annotator> in the browser', () => {
  it('renders the loaded article in a ProseMirror editor inside its shadow root', async () => {
    const element = await createAnnotator({ html: '<h2>Title</h2><p>The mayor said rents rose 4%.</p><script>window.hacked = 1</script>' });
    const view = viewOf(element);
    expect(view.dom.closest('.editor-mount')).to.equal(shadow(element, '.editor-mount'));
    expect(element.text).to.equal('Title\nThe mayor said rents rose 4%.');
    expect((window as unknown as { hacked?: number }).hacked).to.equal(undefined);
    element.remove();
  });

  it('tags a DOM selection from the toolbar next to it', async () => {
    const element = await createAnnotator({ text: 'The mayor said rents rose 4% last year.' });
    await selectText(element, 'rents rose 4%');
    await element.updateComplete;
    const button = shadow(element, '.selection-toolbar button[data-kind="claim"]');
    expect(button, 'toolbar button').to.exist;
    button!.click();
    await nextFrame();
    const [annotation] = element.annotations;
    expect(annotation).to.include({ kind: 'claim', exact: 'rents rose 4%', start: 15, end: 28, status: 'anchored' });
    element.remove();
  });
});
