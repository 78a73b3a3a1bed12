'use client';

// A SageMaker content JSON file in, checked with the same schema the services use; a valid one opens the wizard prefilled, an invalid one lists each problem by JSON path.
import { useState } from 'react';
import { useRouter } from 'next/navigation';
import { Notice } from '@/components/ui/notice';
import { parseModelCardContent } from '@/lib/schemas/model-card-content';
import type { TValidationIssue } from '@/lib/schemas/validation-error';
import { describePath } from '@/lib/model-cards/field-labels';
import { contentToForm } from '@/components/wizard/wizard-form';
import { FileDrop } from './file-drop';
import { draftKey, writeDraft } from './use-wizard-draft';

const SHOWN_ISSUES = 50;

export function ImportCard({ userId }: { userId: string }) {
  const router = useRouter();
  const [busy, setBusy] = useState(false);
  const [failed, setFailed] = useState<{ fileName: string; issues: TValidationIssue[] } | null>(null);

  async function read(file: File) {
    setBusy(true);
    setFailed(null);
    const parsed = parseModelCardContent(await file.text());
    if (!parsed.ok) {
      setFailed({ fileName: file.name, issues: parsed.issues });
      setBusy(false);
      return;
    }
    writeDraft(draftKey(userId, 'import'), { values: contentToForm(parsed.content), step: 'details', baseVersion: null, source: file.name });
    router.push('/model-cards/new?import=1');
  }

  return (
    <div className="space-y-4">
      <div className="rounded-xl border border-line bg-surface p-5">
        <h2 className="text-base font-semibold">Choose a content file</h2>
        <p className="mt-1 text-sm text-muted">
          The <code className="font-mono text-xs">Content</code> of a SageMaker model card, as{' '}
          <code className="font-mono text-xs">aws sagemaker describe-model-card</code> or the SageMaker Python SDK writes it. It is checked here, then opens in
          the wizard so you can name the card and review it before saving.
        </p>
        <div className="mt-4">
          <FileDrop
            label="Choose a JSON file"
            hint="Drop a .json file here (at most 100,000 characters)."
            accept=".json,application/json"
            busy={busy}
            onFile={(file) => void read(file)}
          />
        </div>
      </div>
      {failed ? (
        <Notice tone="error">
          <p className="font-semibold">
            {failed.fileName} is not a model card’s content ({failed.issues.length === 1 ? 'one problem' : `${failed.issues.length} problems`}):
          </p>
          <ul className="mt-2 space-y-1">
            {failed.issues.slice(0, SHOWN_ISSUES).map((issue, index) => (
              <li key={index}>
                <code className="font-mono text-xs">{issue.path || '(the whole file)'}</code>
                {issue.path ? <span className="text-fg/80"> ({describePath(issue.path)})</span> : null}: {issue.message}
              </li>
            ))}
          </ul>
          {failed.issues.length > SHOWN_ISSUES ? <p className="mt-2">…and {failed.issues.length - SHOWN_ISSUES} more.</p> : null}
        </Notice>
      ) : null}
    </div>
  );
}
