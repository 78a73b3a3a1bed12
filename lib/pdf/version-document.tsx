// One card version as a PDF an auditor can keep: the cover, the seven content sections in SageMaker's order, the approval chain; footer on every page, watermark unless approved.
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
        <ModelOverviewSection number={1} content={content} />
        <IntendedUsesSection number={2} content={content} />
        <BusinessDetailsSection number={3} content={content} />
        <TrainingSection number={4} content={content} />
        <EvaluationSection number={5} content={content} />
        <AdditionalInformationSection number={6} content={content} />
        <ModelPackageSection number={7} content={content} />
        <ReviewChain number={8} version={version} />
      </Page>
    </Document>
  );
}
