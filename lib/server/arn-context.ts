// The region and account every ARN Cardinal hands out names (CARDINAL_AWS_REGION, CARDINAL_AWS_ACCOUNT_ID): read here once for the services and the SageMaker adapter alike.
import 'server-only';

export type TArnContext = { region: string; account: string };

const REGION = /^[a-z0-9-]+$/;
const ACCOUNT = /^[0-9]{12}$/;

/** CARDINAL_AWS_REGION (default us-east-1) and CARDINAL_AWS_ACCOUNT_ID (default 000000000000) are what ARNs name; clients may sign for any region. */
export function readArnContext(env: NodeJS.ProcessEnv = process.env): TArnContext {
  const region = env.CARDINAL_AWS_REGION?.trim() || 'us-east-1';
  const account = env.CARDINAL_AWS_ACCOUNT_ID?.trim() || '000000000000';
  if (!REGION.test(region)) throw new Error(`CARDINAL_AWS_REGION must be a region name such as us-east-1, not '${region}'.`);
  if (!ACCOUNT.test(account)) throw new Error(`CARDINAL_AWS_ACCOUNT_ID must be 12 digits, not '${account}'.`);
  return { region, account };
}
