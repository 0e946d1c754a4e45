/**
 * A site may load the script twice (a CMS template and a plugin), or two
 * versions of it: neither may throw, and the first definition stays.
 */
import { expect } from '@open-wc/testing';

interface FrameReport {
  errors: string[];
  annotatorIsOtherVersion: boolean;
  libraryDefined: boolean;
  moduleExports: string[];
}

/** Runs `module` (a module script's body) in a fresh same-origin frame and returns what it posts back. */
async function inFrame(module: string): Promise<FrameReport> {
  const frame = document.createElement('iframe');
  const report = new Promise<FrameReport>((resolve) => {
    window.addEventListener('message', function listen(event) {
      if (event.source !== frame.contentWindow) return;
      window.removeEventListener('message', listen);
      resolve(event.data as FrameReport);
    });
  });
  frame.srcdoc = `<!doctype html><html><body>
<script>
  window.errors = [];
  addEventListener('error', (event) => errors.push(String(event.message)));
  addEventListener('unhandledrejection', (event) => errors.push(String(event.reason)));
</script>
<script type="module">${module}</script></body></html>`;
  document.body.append(frame);
  try {
    return await report;
  } finally {
    frame.remove();
  }
}

describe('loading the element script', () => {
  it('twice in one page defines each element once and throws nothing', async () => {
    const report = await inFrame(`
      const first = await import('/src/define.ts');
      let caught = [];
      try { await import('/src/define.ts?loaded-again'); } catch (error) { caught.push(String(error)); }
      document.body.innerHTML = '<claim-annotator storage="memory"></claim-annotator>';
      await customElements.whenDefined('claim-annotator');
      const element = document.querySelector('claim-annotator');
      await element.loadArticle({ text: 'The mayor said rents rose 4% last year.' });
      parent.postMessage({
        errors: [...errors, ...caught],
        annotatorIsOtherVersion: customElements.get('claim-annotator') !== first.ClaimAnnotator,
        libraryDefined: customElements.get('claim-library') === first.ClaimLibrary,
        moduleExports: [element.text],
      }, '*');
    `);
    expect(report.errors).to.deep.equal([]);
    expect(report.annotatorIsOtherVersion).to.equal(false);
    expect(report.libraryDefined).to.equal(true);
    expect(report.moduleExports).to.deep.equal(['The mayor said rents rose 4% last year.']);
  });

  it('after another version defined <claim-annotator> keeps that one and throws nothing', async () => {
    const report = await inFrame(`
      class OtherVersion extends HTMLElement {}
      customElements.define('claim-annotator', OtherVersion);
      let caught = [];
      let exported = [];
      try {
        const ours = await import('/src/define.ts');
        exported = Object.keys(ours).filter((name) => name === 'ClaimAnnotator' || name === 'ClaimLibrary');
      } catch (error) { caught.push(String(error)); }
      parent.postMessage({
        errors: [...errors, ...caught],
        annotatorIsOtherVersion: customElements.get('claim-annotator') === OtherVersion,
        libraryDefined: Boolean(customElements.get('claim-library')),
        moduleExports: exported.sort(),
      }, '*');
    `);
    expect(report.errors).to.deep.equal([]);
    expect(report.annotatorIsOtherVersion).to.equal(true);
    expect(report.libraryDefined).to.equal(true);
    // the page can still reach our class, to define it under a name of its own
    expect(report.moduleExports).to.deep.equal(['ClaimAnnotator', 'ClaimLibrary']);
  });
});
