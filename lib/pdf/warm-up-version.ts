// A small card each warm renderer draws once before it says it is ready: the first render in a fresh process parses the fonts and compiles the layout code, which would otherwise cost the first person's View PDF about a second.
import type { VersionDto } from '@/lib/server/model-cards/card-dto';

const AT = new Date('2026-01-01T00:00:00Z');
const HASH = '0'.repeat(64);
const USER = { id: 'warm-up', name: 'Warm-up', email: 'warm-up@example.invalid' };

export function warmUpVersion(): VersionDto {
  const content: VersionDto['content'] = {
    model_overview: { model_description: 'Warm-up card, never shown.' },
    evaluation_details: [
      {
        name: 'warm-up',
        metric_groups: [
          {
            name: 'metrics',
            metric_data: [
              { name: 'auc', type: 'number', value: 0.9 },
              { name: 'importance', type: 'bar_chart', value: [0.3, 0.1], x_axis_name: ['a', 'b'], y_axis_name: 'weight' },
            ],
          },
        ],
      },
    ],
  };
  return {
    version: 1,
    contentHash: HASH,
    author: USER,
    createdAt: AT,
    status: 'Draft',
    card: {
      id: 'warm-up',
      name: 'warm-up',
      status: 'Draft',
      latestVersion: 1,
      riskRating: 'Unknown',
      modelId: null,
      modelPackageArn: null,
      owner: USER,
      createdBy: USER,
      createdAt: AT,
      updatedBy: USER,
      updatedAt: AT,
      clonedFromName: null,
      clonedFromVersion: null,
    },
    isLatest: true,
    contentText: JSON.stringify(content),
    content,
    reviews: [],
    statusChanges: [{ id: 'warm-up', version: 1, contentHash: HASH, fromStatus: null, toStatus: 'Draft', actor: USER, comment: null, createdAt: AT }],
  };
}
