// What a page says when it cannot show what was asked for: where to go instead, and for an error, the reference an administrator finds in the log.
import { renderToStaticMarkup } from 'react-dom/server';
import { describe, expect, it } from 'vitest';
import { textOf } from '@/test/html-text';
import ConsoleError from '@/app/(console)/error';
import ConsoleNotFound from '@/app/(console)/not-found';

describe('a console page that cannot be shown', () => {
  it('says an address names nothing, and links to the places that list what there is', () => {
    const html = renderToStaticMarkup(<ConsoleNotFound />);
    expect(textOf(html)).toContain('Nothing is at this address');
    const links = [...html.matchAll(/<a [^>]*href="([^"]+)"[^>]*>([^<]+)<\/a>/g)].map(([, href, label]) => [href, label]);
    expect(links).toEqual([
      ['/model-cards', 'Model cards'],
      ['/registry', 'Models'],
      ['/dashboard', 'Dashboard'],
    ]);
  });

  it("shows an error's digest for the log and never its message, with Try again and a way out", () => {
    const error = Object.assign(new Error('connect ECONNREFUSED postgres://cardinal:s3cret@db:5432'), { digest: '2843917564' });
    const text = textOf(renderToStaticMarkup(<ConsoleError error={error} retry={() => {}} />));
    expect(text).toContain('This page could not be shown');
    expect(text).toContain('2843917564');
    expect(text).not.toContain('ECONNREFUSED');
    expect(text).not.toContain('s3cret');
    expect(text).toMatch(/Try again[\s\S]*Model cards/);
  });

  it('without a digest (an error in the browser), leaves out the reference', () => {
    const text = textOf(renderToStaticMarkup(<ConsoleError error={new Error('boom')} retry={() => {}} />));
    expect(text).toContain('Try again');
    expect(text).not.toContain('reference');
    expect(text).not.toContain('boom');
  });
});
