/** fast-check arbitraries for the exchange tests: texts with astral characters and annotations with every field combination. */
import fc from 'fast-check';
import { type Agent, type Annotation, type Source, CodePointIndex, defaultVerdicts } from '../../src/model/index.ts';
import { kinds } from './exchange-helpers.ts';

const characters = ['a', 'b', 'e', 'é', 'z', ' ', ' ', '\n', '.', '<', '&', '"', '😀', '𝔸', '中', '🇳🇴'];
const articleText = fc.array(fc.constantFrom(...characters), { minLength: 1, maxLength: 120 }).map((units) => units.join(''));

/** Text as the form leaves it: trimmed, not empty, with markup and astral characters. */
const fieldText = fc
  .string({ unit: fc.constantFrom('x', 'y', ' ', 'ü', '<b>', '&amp;', '"', '😀', '\n'), minLength: 1, maxLength: 12 })
  .map((text) => text.trim())
  .filter((text) => text !== '');

const isoDate = fc.date({ min: new Date('2000-01-01T00:00:00Z'), max: new Date('2099-12-31T23:59:59Z'), noInvalidDate: true });
const timestamp = fc.oneof(
  isoDate.map((date) => date.toISOString()),
  isoDate.map((date) => `${date.toISOString().slice(0, 19)}+02:00`),
);
const accessed = fc.oneof(
  isoDate.map((date) => date.toISOString().slice(0, 10)),
  isoDate.map((date) => `${date.toISOString().slice(0, 19)}Z`),
  isoDate.map((date) => `${date.toISOString().slice(0, 10)} (archived copy)`),
);

const source: fc.Arbitrary<Source> = fc.record(
  {
    url: fc.webUrl({ validSchemes: ['http', 'https'] }),
    title: fieldText,
    stance: fc.constantFrom('supports', 'refutes', 'context'),
    accessed,
  },
  { requiredKeys: ['url'] },
);

/** A rating on another scale: its label is none of ours, so import keeps it as it came. */
const foreignRating = fc.record(
  {
    label: fieldText.map((text) => `Elsewhere ${text}`),
    id: fc.uuid().map((uuid) => `their-${uuid}`),
    scale: fieldText,
    value: fc.oneof(fc.integer({ min: -5, max: 10 }), fieldText),
    best: fc.integer({ min: 0, max: 10 }),
    worst: fc.integer({ min: -5, max: 0 }),
  },
  { requiredKeys: ['label'] },
);

/** Someone who made or changed an annotation, as other tools write Agents: a name or an IRI at least (a Hypothesis `acct:`, a profile URL). */
const agent: fc.Arbitrary<Agent> = fc
  .record(
    {
      id: fc.oneof(fc.webUrl({ validSchemes: ['https'] }), fc.stringMatching(/^[a-z]{1,8}$/).map((user) => `acct:${user}@hypothes.is`)),
      type: fc.constantFrom('Person', 'Organization', 'Software'),
      name: fieldText,
      nickname: fieldText,
      homepage: fc.webUrl({ validSchemes: ['http', 'https'] }),
      email: fc.stringMatching(/^[a-z]{1,8}$/).map((user) => `mailto:${user}@example.org`),
      emailSha1: fc.stringMatching(/^[0-9a-f]{40}$/),
    },
    { requiredKeys: [] },
  )
  .filter((given) => given.name !== undefined || given.nickname !== undefined || given.id !== undefined);

const authors = fc.oneof(
  fc.record({ creator: agent, modifiedBy: agent }, { requiredKeys: [] }),
  fc.record({ creator: agent, coCreators: fc.array(agent, { minLength: 1, maxLength: 2 }) }),
);

/** A verdict of the scale, or a rating from elsewhere (the two never live together: a verdict replaces it). */
const rating = fc.oneof(
  fc.record({ verdict: fc.constantFrom(...defaultVerdicts.map((verdict) => verdict.id)) }),
  fc.record({ foreignRating }),
  fc.constant({}),
);

/** The review fields: a status of the default scale or one from elsewhere, the two people, a history of changes. */
const historyEntry = fc.record(
  { when: timestamp, who: agent, field: fc.constantFrom('verdict' as const, 'reviewStatus' as const), from: fieldText, to: fieldText },
  { requiredKeys: ['when', 'field'] },
);
const review = fc.record(
  {
    reviewStatus: fc.oneof(fc.constantFrom('to-check', 'in-progress', 'in-review', 'approved', 'published'), fieldText),
    assignee: agent,
    reviewer: agent,
    history: fc.array(historyEntry, { minLength: 1, maxLength: 4 }),
  },
  { requiredKeys: [] },
);

const fields = fc.tuple(fc.record(
  {
    attribution: fc.oneof(
      fc.record({ name: fieldText, role: fieldText, organization: fieldText }, { requiredKeys: ['name'] }),
      // an organisation speaking: no role, perhaps part of another
      fc.record({ name: fieldText, type: fc.constant('Organization' as const), organization: fieldText }, { requiredKeys: ['name', 'type'] }),
    ),
    claim: fieldText,
    sources: fc.array(source, { minLength: 1, maxLength: 3 }),
    note: fieldText,
    quoteStyle: fc.constantFrom('direct', 'indirect'),
    occasion: fieldText,
  },
  { requiredKeys: [] },
), rating, review).map(([chosen, rated, reviewed]) => ({ ...chosen, ...rated, ...reviewed }));

/** A text and annotations on it: anchored spans that hold some text, and orphans. */
export const annotatedArticle = articleText.chain((text) => {
  const index = new CodePointIndex(text);
  const offset = fc.integer({ min: 0, max: index.length });
  const span = fc
    .tuple(offset, offset)
    .filter(([a, b]) => a !== b)
    .map(([a, b]) => ({ start: Math.min(a, b), end: Math.max(a, b) }));
  const anchor = fc.oneof(
    span.map(({ start, end }) => ({ start, end, exact: index.slice(start, end), status: 'anchored' as const })),
    fc.tuple(offset, fieldText).map(([at, exact]) => ({ start: at, end: at, exact, status: 'orphaned' as const })),
  );
  const annotation = fc
    .record({
      id: fc.uuid().map((uuid) => `urn:uuid:${uuid}`),
      kind: fc.constantFrom(...kinds.map((kind) => kind.id)),
      anchor,
      created: timestamp,
      modified: timestamp,
      fields,
      authors,
    })
    .map(({ anchor: placed, fields: chosen, authors: people, ...record }): Annotation => ({ ...record, ...people, ...placed, ...chosen }));
  return fc.record({ text: fc.constant(text), annotations: fc.uniqueArray(annotation, { selector: (a) => a.id, maxLength: 8 }) });
});

