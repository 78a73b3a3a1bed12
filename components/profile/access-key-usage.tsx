// Where a key is used: this server's SageMaker-compatible endpoint and region, and the one setting each AWS tool needs.
export function AccessKeyUsage({ endpoint, region }: { endpoint: string; region: string }) {
  const examples = [
    { tool: 'AWS CLI', code: `aws sagemaker list-model-cards --endpoint-url ${endpoint} --region ${region}` },
    { tool: 'boto3', code: `boto3.client("sagemaker", endpoint_url="${endpoint}", region_name="${region}")` },
    { tool: 'AWS SDK for JavaScript', code: `new SageMakerClient({ endpoint: "${endpoint}", region: "${region}" })` },
  ];
  return (
    <section aria-labelledby="key-usage-title" className="rounded-xl border border-line bg-surface p-5">
      <h2 id="key-usage-title" className="font-semibold">
        Using a key
      </h2>
      <p className="mt-1 text-sm text-muted">
        Set <code className="font-mono text-[13px] text-fg">AWS_ACCESS_KEY_ID</code> and{' '}
        <code className="font-mono text-[13px] text-fg">AWS_SECRET_ACCESS_KEY</code> (or a profile), then point the tool at Cardinal. The REST API under{' '}
        <code className="font-mono text-[13px] text-fg">/api/v1</code> accepts the same signatures, e.g. with{' '}
        <code className="font-mono text-[13px] text-fg">curl --aws-sigv4 &quot;aws:amz:{region}:sagemaker&quot;</code>.
      </p>
      <dl className="mt-4 space-y-3">
        {examples.map((example) => (
          <div key={example.tool}>
            <dt className="text-xs font-medium uppercase tracking-wide text-muted">{example.tool}</dt>
            <dd className="mt-1 rounded-md bg-sunken px-3 py-2 font-mono text-[13px] [overflow-wrap:anywhere]">{example.code}</dd>
          </div>
        ))}
      </dl>
    </section>
  );
}
