// Settings every test process needs: access-key secrets are encrypted under a key derived from NEXTAUTH_SECRET, which the start script always sets.
process.env.NEXTAUTH_SECRET ||= 'cardinal-test-nextauth-secret-not-for-production';
