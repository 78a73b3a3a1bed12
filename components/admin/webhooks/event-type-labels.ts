// What each event type means to the person choosing a filter, grouped by what changed.
import type { TEventType } from '@/lib/schemas/webhook';

export const EVENT_TYPE_GROUPS: { label: string; types: { type: TEventType; hint: string }[] }[] = [
  {
    label: 'Model cards',
    types: [
      { type: 'model_card.created', hint: 'A card is created' },
      { type: 'model_card.cloned', hint: 'A card is created as a copy of another' },
      { type: 'model_card.version_saved', hint: 'A new version is saved' },
      { type: 'model_card.submitted', hint: 'A version is submitted for review' },
      { type: 'model_card.changes_requested', hint: 'A reviewer sends a version back' },
      { type: 'model_card.approved', hint: 'A version becomes Approved' },
      { type: 'model_card.archived', hint: 'A card is archived' },
      { type: 'model_card.deleted', hint: 'A card is deleted' },
      { type: 'model_card.linked', hint: 'A card documents a model or package version' },
    ],
  },
  {
    label: 'Governance',
    types: [
      { type: 'model_card.review_recorded', hint: 'A reviewer approves or requests changes' },
      { type: 'model_card.approval_bound', hint: 'An approval is bound to a version and its hash' },
      { type: 'model_card.changed_since_package_approval', hint: "A card changes after its package's approval" },
      { type: 'model_card.review_overdue', hint: "An approved card's re-review date passes" },
    ],
  },
  {
    label: 'Exports',
    types: [
      { type: 'export_job.created', hint: 'A PDF export is requested' },
      { type: 'export_job.completed', hint: 'A PDF export is ready' },
      { type: 'export_job.failed', hint: 'A PDF export failed' },
    ],
  },
  {
    label: 'Registry',
    types: [
      { type: 'model_package.registered', hint: 'A package version is registered' },
      { type: 'model_package.approval_changed', hint: "A package version's approval status changes" },
      { type: 'model_package.updated', hint: 'A package version is updated' },
      { type: 'model.created', hint: 'A model is created' },
      { type: 'model.deleted', hint: 'A model is deleted' },
    ],
  },
];
