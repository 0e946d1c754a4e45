/** Builders for DOM-free editor tests: an article from paragraphs, and an editor host. */
import type { EditorState, Transaction } from 'prosemirror-state';
import { createArticleState } from '../../src/editor/setup.ts';
import { EditorAnnotations, type EditorHost } from '../../src/editor/annotations.ts';
import { articleSchema } from '../../src/editor/schema.ts';
import { defaultKinds, defaultVerdicts } from '../../src/model/index.ts';

/** A document of paragraphs with the given texts. */
export function article(...paragraphs: string[]) {
  return articleSchema.node(
    'doc',
    null,
    paragraphs.map((text) => articleSchema.nodes.paragraph.create(null, text ? articleSchema.text(text) : null)),
  );
}

/** An editor host that applies transactions to a state, as a view would. */
export class TestHost implements EditorHost {
  state: EditorState;
  readonly annotations: EditorAnnotations;

  constructor(...paragraphs: string[]) {
    this.state = createArticleState({ doc: article(...paragraphs), annotations: { kinds: defaultKinds } });
    this.annotations = new EditorAnnotations(this, () => ({ kinds: defaultKinds, verdicts: defaultVerdicts }));
  }

  dispatch(tr: Transaction): void {
    this.state = this.state.apply(tr);
  }

  /** The document position of the first occurrence of `needle` (offset `delta` into it). */
  posOf(needle: string, delta = 0): number {
    let found = -1;
    this.state.doc.descendants((node, pos) => {
      if (found < 0 && node.isText && node.text!.includes(needle)) found = pos + node.text!.indexOf(needle) + delta;
    });
    if (found < 0) throw new Error(`"${needle}" is not in the document`);
    return found;
  }

  /** Runs a command such as undo against this host. */
  run(command: (state: EditorState, dispatch: (tr: Transaction) => void) => boolean): boolean {
    return command(this.state, (tr) => this.dispatch(tr));
  }
}
