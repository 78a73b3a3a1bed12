// Console pages need a session token; pages re-check the user against the database on every request.
import { withAuth } from 'next-auth/middleware';

export default withAuth({ pages: { signIn: '/signin' } });

export const config = {
  matcher: ['/((?!api|signin|setup|_next/static|_next/image|favicon.ico|icon.svg).*)'],
};
