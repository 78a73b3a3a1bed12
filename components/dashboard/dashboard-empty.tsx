// What to do when nothing is registered yet: register a package version through the SageMaker-compatible API, or write a card.
import Link from 'next/link';

const BOTO3 = `import boto3

sm = boto3.client("sagemaker", endpoint_url="<this server>/api/sagemaker", region_name="us-east-1")
sm.create_model_package_group(ModelPackageGroupName="churn")
sm.create_model_package(ModelPackageGroupName="churn", InferenceSpecification={
    "Containers": [{"Image": "<image>", "ModelDataUrl": "s3://bucket/model.tar.gz"}],
    "SupportedContentTypes": ["text/csv"], "SupportedResponseMIMETypes": ["text/csv"]})`;

export function DashboardEmpty({ origin }: { origin: string }) {
  return (
    <div className="rounded-xl border border-dashed border-line bg-surface px-6 py-10">
      <p className="text-center text-sm font-medium">Nothing is registered yet</p>
      <p className="mx-auto mt-2 max-w-xl text-center text-sm text-muted">
        Register model package versions from your pipeline with boto3 (create an access key under your profile first), or{' '}
        <Link href="/model-cards/new" className="underline underline-offset-2 hover:text-fg">
          write a model card
        </Link>
        . Each package version, model and card then gets a row here with its approval and review dates.
      </p>
      <pre className="mx-auto mt-4 max-w-2xl relative overflow-x-auto rounded-lg bg-sunken p-4 text-xs">
        <code>{BOTO3.replace('<this server>', origin)}</code>
      </pre>
    </div>
  );
}
