/**
 * Links and replies in the W3C model, each an annotation of its own beside the
 * one it belongs to: a link is motivation `linking`, targeting the annotation
 * it starts from, with the annotation it goes to as its body and its type as a
 * classifying body; a reply is motivation `replying`, targeting the annotation
 * it answers, with its text as a TextualBody, as Hypothesis writes replies.
 * docs/format.md, "Links and replies".
 */
import type { Agent, AnnotationRecord } from '../annotation/annotation.ts';
import { linkTypeIri } from './links.ts';

type Node = { [key: string]: unknown };

/** The link and reply annotations of `annotation`, with agents written by `agentNode`. */
export function relationNodes(annotation: AnnotationRecord, agentNode: (agent: Agent) => object): Node[] {
  const nodes: Node[] = [];
  const by = (agent: Agent | undefined) => (agent ? { creator: agentNode(agent) } : {});
  for (const link of annotation.links ?? []) {
    nodes.push({
      id: link.id,
      type: 'Annotation',
      motivation: 'linking',
      ...by(link.creator),
      created: link.created,
      body: [{ id: link.to, ...articleOf(link.toArticle) }, { type: 'SpecificResource', purpose: 'classifying', source: linkTypeIri(link.type) }],
      target: annotation.id,
    });
  }
  for (const reply of annotation.replies ?? []) {
    nodes.push({
      id: reply.id,
      type: 'Annotation',
      motivation: 'replying',
      ...by(reply.creator),
      created: reply.created,
      ...(reply.modified ? { modified: reply.modified } : {}),
      body: { type: 'TextualBody', value: reply.text, format: 'text/plain' },
      target: annotation.id,
    });
  }
  return nodes;
}

/** Where an annotation of another article is: that article, as `schema:isPartOf`, when its id is an IRI (a bare UUID as `urn:uuid:`). */
function articleOf(article: string | undefined): Node {
  if (article === undefined) return {};
  const iri = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i.test(article) ? `urn:uuid:${article}` : /^(https?|urn|tag):\S+$/i.test(article) ? article : undefined;
  return iri ? { 'schema:isPartOf': { id: iri } } : {};
}
