// Next renders this page router error page only for what fails before any app route runs: a path segment that is not valid
// percent-encoding (/api/v1/export-jobs/%ff) is a DecodeError that Next answers 400 by rendering /_error, and without this
// file an app-router-only build has none, so the 400 turned into a bare 500.
import type { NextPageContext } from 'next';

type TErrorProps = { statusCode: number };

const MESSAGES: Record<number, string> = {
  400: 'Bad request: the address is not valid (a path segment holds a malformed percent-escape such as %ff).',
  404: 'This page could not be found.',
};

export default function ErrorPage({ statusCode }: TErrorProps) {
  return (
    <main style={{ fontFamily: 'system-ui, sans-serif', padding: '2rem' }}>
      <h1>{statusCode}</h1>
      <p>{MESSAGES[statusCode] ?? 'Something went wrong on the server.'}</p>
    </main>
  );
}

ErrorPage.getInitialProps = ({ res, err }: NextPageContext): TErrorProps => ({ statusCode: res?.statusCode ?? err?.statusCode ?? 500 });
