/** @type {import('next').NextConfig} */
const nextConfig = {
  poweredByHeader: false,
  // `npm test` type-checks the whole tree with tsc before it builds; its build skips Next's second pass over the same files.
  typescript: { ignoreBuildErrors: process.env.CARDINAL_TYPECHECKED === '1' },
  // AWS clients call an endpoint's path with a '/' appended (/api/sagemaker/) and follow no redirect, so Next must not
  // redirect trailing slashes; a page asked for with one is served as without it.
  skipTrailingSlashRedirect: true,
  // A CI machine builds once from a clean clone: writing Turbopack's build cache (~20 s) would only be thrown away.
  experimental: { turbopackFileSystemCacheForBuild: !process.env.CI },
  // Native and WebAssembly database drivers load their own files at run time, and esbuild (which compiles the PDF renderer) runs its
  // platform binary: keep them out of the bundle.
  serverExternalPackages: ['@electric-sql/pglite', 'pglite-prisma-adapter', 'argon2', 'pg', '@prisma/adapter-pg', 'esbuild'],
  async headers() {
    return [
      {
        source: '/:path*',
        headers: [
          { key: 'X-Frame-Options', value: 'DENY' },
          { key: 'X-Content-Type-Options', value: 'nosniff' },
          { key: 'Referrer-Policy', value: 'same-origin' },
        ],
      },
    ];
  },
};

export default nextConfig;
