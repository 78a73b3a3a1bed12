/** No package registered yet: the registry fills from the SageMaker-compatible API, so the lines to do it are shown. */
export function RegistryEmpty({ endpoint }: { endpoint: string }) {
  const lines = [
    'import boto3',
    '',
    `sm = boto3.client("sagemaker", endpoint_url="${endpoint}",`,
    '                  region_name="us-east-1")  # an access key from Profile → Access keys',
    'sm.create_model_package_group(ModelPackageGroupName="churn")',
    'sm.create_model_package(',
    '    ModelPackageGroupName="churn",',
    '    InferenceSpecification={"Containers": [{"Image": "…/churn:1", "ModelDataUrl": "s3://…/model.tar.gz"}],',
    '                            "SupportedContentTypes": ["text/csv"], "SupportedResponseMIMETypes": ["text/csv"]},',
    ')',
  ];
  return (
    <div className="rounded-xl border border-dashed border-line bg-surface px-6 py-10">
      <h2 className="text-center text-lg font-semibold">No model packages registered yet</h2>
      <p className="mx-auto mt-2 max-w-2xl text-center text-sm text-muted">
        Packages arrive through Cardinal&apos;s SageMaker-compatible API: point boto3, the AWS CLI or the SageMaker SDK at this server and register as you do on
        AWS.
      </p>
      <pre
        aria-label="Register a model package with boto3"
        tabIndex={0}
        className="mx-auto mt-5 max-w-3xl relative overflow-x-auto rounded-md border border-line bg-sunken p-4 font-mono text-xs leading-relaxed"
      >
        {lines.join('\n')}
      </pre>
    </div>
  );
}
