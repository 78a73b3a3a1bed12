// One card version as a PDF an auditor can keep: the cover, the seven content sections in the one order (SECTION_ORDER), the approval chain; footer on every page, watermark unless approved.
import type { ReactNode } from 'react';
import { Document, Page } from '@react-pdf/renderer';
import type { VersionDto } from '@/lib/server/model-cards/card-dto';
import { styles } from './theme';
import { Cover } from './cover';
import { PageChrome } from './page-chrome';
import { carriesApproval } from './approval';
import { AdditionalInformationSection, BusinessDetailsSection, IntendedUsesSection, ModelOverviewSection, ModelPackageSection } from './simple-sections';
import { TrainingSection } from './training-section';
import { EvaluationSection } from './evaluation-section';
import { ReviewChain } from './review-chain';
import { SECTION_ORDER } from '@/lib/model-cards/display';
import type { TSectionKey } from '@/lib/model-cards/field-labels';
import type { TModelCardContent } from '@/lib/schemas/model-card-content';

const SECTIONS: Record<TSectionKey, (props: { number: number; content: TModelCardContent }) => ReactNode> = {
  model_overview: ModelOverviewSection,
  intended_uses: IntendedUsesSection,
  business_details: BusinessDetailsSection,
  training_details: TrainingSection,
  evaluation_details: EvaluationSection,
  additional_information: AdditionalInformationSection,
  model_package_details: ModelPackageSection,
};

/**
 * Dates in the file come from the version itself (when it was written, its last status change), never from the clock, so
 * rendering the same version twice gives the same text.
 */
export function VersionDocument({ version }: { version: VersionDto }) {
  const { content } = version;
  const lastChange = version.statusChanges.at(-1)?.createdAt ?? version.createdAt;
  return (
    <Document
      title={`${version.card.name} — model card version ${version.version}`}
      author={version.author.name}
      subject={`Model card ${version.card.name}, version ${version.version}, ${version.status}, content SHA-256 ${version.contentHash}`}
      keywords={`model card, ${version.card.name}, ${version.contentHash}`}
      creator="Cardinal"
      producer="Cardinal"
      language="en"
      creationDate={version.createdAt}
      modificationDate={lastChange}
    >
      <Page
        size="A4"
        style={styles.page}
        layout={({ children, pageNumber, totalPages }) => (
          <PageChrome
            cardName={version.card.name}
            version={version.version}
            contentHash={version.contentHash}
            watermark={!carriesApproval(version)}
            pageNumber={pageNumber}
            totalPages={totalPages}
          >
            {children}
          </PageChrome>
        )}
      >
        <Cover version={version} />
        {SECTION_ORDER.map((key, index) => {
          const Section = SECTIONS[key];
          return <Section key={key} number={index + 1} content={content} />;
        })}
        <ReviewChain number={SECTION_ORDER.length + 1} version={version} />
      </Page>
    </Document>
  );
}
