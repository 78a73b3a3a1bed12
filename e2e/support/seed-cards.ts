// The cards the hub's e2e server starts with: a catalogue with every status, risk and owner, and small named groups that single tests act on, so no test depends on another's changes.
export type SeedOwner = 'admin' | 'author' | 'otherAuthor';
export type SeedStatus = 'Draft' | 'PendingReview' | 'Approved' | 'Archived';
export type SeedRisk = 'High' | 'Medium' | 'Low' | 'Unknown';

export type SeedCard = {
  name: string;
  owner: SeedOwner;
  status: SeedStatus;
  risk: SeedRisk;
  versions: number;
  link: { modelId: string } | { modelPackageArn: string } | null;
  /** Days before the seed ran that the card was created and last modified; the catalogue spreads over three months. */
  ageDays?: { created: number; modified: number };
};

const DOMAINS = ['churn', 'fraud', 'credit', 'demand', 'pricing', 'triage', 'routing', 'vision', 'speech', 'search', 'recsys', 'forecast'];
const KINDS = ['classifier', 'regressor', 'ranker', 'detector'];
const OWNERS: SeedOwner[] = ['admin', 'author', 'otherAuthor'];
const STATUSES: SeedStatus[] = ['Draft', 'Draft', 'PendingReview', 'Approved', 'Approved', 'Archived'];
const RISKS: SeedRisk[] = ['High', 'Medium', 'Low', 'Unknown', 'Low'];

function catalogue(): SeedCard[] {
  const cards: SeedCard[] = [];
  DOMAINS.forEach((domain, d) =>
    KINDS.forEach((kind, k) => {
      const index = d * KINDS.length + k;
      const name = `${domain}-${kind}`;
      const created = 2 + ((index * 37) % 88);
      cards.push({
        name,
        owner: OWNERS[index % OWNERS.length],
        status: STATUSES[index % STATUSES.length],
        risk: RISKS[index % RISKS.length],
        versions: 1 + (index % 3),
        link:
          index % 3 === 0
            ? { modelPackageArn: `arn:aws:sagemaker:eu-west-1:123456789012:model-package/${domain}-models/${1 + (index % 5)}` }
            : index % 3 === 1
              ? { modelId: `${name}-xgb-2026` }
              : null,
        ageDays: { created, modified: Math.max(0, created - 1 - ((index * 13) % created)) },
      });
    }),
  );
  return cards;
}

/** Three cards only the search, sort and pagination tests look for. */
export const SENTINELS = ['sentinel-alpha', 'sentinel-bravo', 'sentinel-charlie'] as const;
/** Cards of the author that the bulk-archive test archives, and one of another author's that the same action must refuse. */
export const TO_ARCHIVE = ['shelf-ledger-one', 'shelf-ledger-two'] as const;
export const NOT_MINE = 'shelf-ledger-foreign';
/** An admin's draft that the bulk-delete test deletes. */
export const TO_DELETE = 'obsolete-scratch-card';

export const SEED_CARDS: SeedCard[] = [
  ...catalogue(),
  { name: SENTINELS[0], owner: 'author', status: 'Draft', risk: 'Low', versions: 1, link: null },
  { name: SENTINELS[1], owner: 'author', status: 'Draft', risk: 'High', versions: 2, link: { modelId: 'sentinel-bravo-model' } },
  { name: SENTINELS[2], owner: 'otherAuthor', status: 'Draft', risk: 'Medium', versions: 1, link: null },
  { name: TO_ARCHIVE[0], owner: 'author', status: 'Draft', risk: 'Low', versions: 1, link: null },
  { name: TO_ARCHIVE[1], owner: 'author', status: 'PendingReview', risk: 'Medium', versions: 1, link: null },
  { name: NOT_MINE, owner: 'otherAuthor', status: 'Draft', risk: 'Low', versions: 1, link: null },
  { name: TO_DELETE, owner: 'admin', status: 'Draft', risk: 'Unknown', versions: 2, link: null },
];
