// Profile has one page so far, the access keys: /profile typed by hand opens it instead of a 404.
import { redirect } from 'next/navigation';

export default function Profile() {
  redirect('/profile/access-keys');
}
