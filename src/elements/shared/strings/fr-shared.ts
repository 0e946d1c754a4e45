/**
 * French words both elements use: why storage failed, what is wrong with a
 * record, and the names of the default kinds, verdicts, statuses and report
 * columns (fr.ts for the editor, fr-library.ts for the library; one chunk).
 */
import type { RecordFaultWords } from './record-faults.ts';
import type { StorageProblems } from './storage-strings.ts';

/** Why storage failed, for both elements. */
export const storageProblems: StorageProblems = {
  unavailable: 'Ce navigateur ne permet pas à Claimmark d’enregistrer quoi que ce soit ici (navigation privée, ou stockage désactivé).',
  timeout: 'Le stockage du navigateur n’a pas répondu à temps.',
  blocked: 'Un autre onglet Claimmark garde ouverte une ancienne version de la base de données\u00a0: fermez-le pour que la mise à jour se termine.',
  'newer-version': 'Une version plus récente de Claimmark a ouvert la base de données dans un autre onglet\u00a0; cet onglet n’enregistre donc plus. Rechargez-le.',
  quota: 'Le navigateur n’a plus d’espace de stockage pour ce site.',
  closed: 'Le navigateur a fermé la connexion à la base de données.',
  missing: 'L’article n’est plus enregistré ici.',
  'text-conflict': 'Un autre onglet a d’abord enregistré un autre texte pour cet article.',
  failed: 'Le stockage du navigateur a signalé une erreur.',
  deleted: 'Cet article a été supprimé dans un autre onglet ou dans la bibliothèque\u00a0; il n’est donc plus enregistré.',
};

/** `one` for 0 and 1, `many` from 2: French puts zero in the singular. */
export const plural = (count: number, one: string, many: string) => (count < 2 ? one : many);
let frenchNumbers: Intl.NumberFormat | undefined;
export const frenchCount = (n: number) => (frenchNumbers ??= new Intl.NumberFormat('fr')).format(n);

/** What is wrong with a stored or backed-up record, after the field's name (record-faults.ts has the English). */
export const recordFaults: RecordFaultWords = {
  'not-object': 'n’est pas un objet',
  missing: 'manque',
  'unknown-field': 'n’est pas un champ de ce format',
  'not-text': 'n’est pas du texte',
  empty: 'est vide',
  'not-count': 'n’est pas un nombre entier positif ou nul',
  'not-timestamp': 'n’est pas un horodatage ISO 8601 avec fuseau horaire',
  'not-url': 'n’est pas une URL http(s)',
  'not-date': 'n’est pas une date ISO 8601',
  'not-kind': 'n’est pas un identifiant de type (minuscules, chiffres et tirets)',
  'not-field': 'a un champ d’un type ou d’une valeur incorrects',
  'not-range': 'n’est pas une étendue dans le texte',
  'not-list': 'n’est pas une liste',
  'other-article': 'appartient à un autre article ou à une autre annotation',
  duplicate: 'apparaît deux fois',
  'no-document': 'manque : l’article n’a pas de texte',
  'not-article': 'n’est pas un article Claimmark',
  'too-long': 'contient plus de texte que l’éditeur n’en ouvre',
};

export const kindLabels: Readonly<Record<string, string>> = { claim: 'Affirmation', quote: 'Citation', fact: 'Fait', note: 'Note' };

export const verdictLabels: Readonly<Record<string, string>> = {
    unverified: 'Non vérifié',
    true: 'Vrai',
    'mostly-true': 'Plutôt vrai',
    mixed: 'À moitié vrai',
    'mostly-false': 'Plutôt faux',
    false: 'Faux',
    misleading: 'Trompeur',
    unsupported: 'Non étayé',
  };

export const statusLabels: Readonly<Record<string, string>> = { 'to-check': 'À vérifier', 'in-progress': 'En cours', 'in-review': 'En relecture', approved: 'Approuvé', published: 'Publié' };

export const csvColumns: Readonly<Record<string, string>> = {
    article: 'Article', headline: 'Titre', url: 'URL', kind: 'Type', quote: 'Citation', speaker: 'Auteur', verdict: 'Verdict', status: 'Statut',
    assignee: 'Confié à', reviewer: 'Relecteur', sources: 'Sources', createdBy: 'Créé par', created: 'Créé le', modifiedBy: 'Modifié par', modified: 'Modifié le',
  };
