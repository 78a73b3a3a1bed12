// Python AWS tools (boto3, AWS CLI) run as child processes against the capture server, with none of the developer's AWS settings leaking in.
import { execFileSync } from 'node:child_process';

export function isolatedAwsEnv(extra: Record<string, string> = {}): NodeJS.ProcessEnv {
  // child_process leaves out variables whose value is undefined.
  const cleared = Object.fromEntries(
    Object.keys(process.env)
      .filter((name) => name.startsWith('AWS_'))
      .map((name) => [name, undefined]),
  );
  return { ...process.env, ...cleared, AWS_CONFIG_FILE: '/dev/null', AWS_SHARED_CREDENTIALS_FILE: '/dev/null', AWS_EC2_METADATA_DISABLED: 'true', ...extra };
}

/** These tools are optional on a developer machine or CI image; tests that need them are skipped, not failed, without them. */
export function hasPython(module: string): boolean {
  try {
    execFileSync('python3', ['-c', `import ${module}`], { stdio: 'ignore' });
    return true;
  } catch {
    return false;
  }
}

export function hasCommand(command: string, args: string[] = ['--version']): boolean {
  try {
    execFileSync(command, args, { stdio: 'ignore', env: isolatedAwsEnv() });
    return true;
  } catch {
    return false;
  }
}
