import { countByRole } from './user.service';

export async function nightlyStats() {
  const admins = await countByRole('admin');
  return { admins };
}
