import { User } from './models';

export async function searchUsers(filters: Record<string, any>) {
  const { limit = 20, ...criteria } = filters;
  // ruleid: mongodb-operator-injection-through-helper
  return User.find(criteria).select('username bio').limit(Math.min(Number(limit), 50));
}

// Only called with the signed-in user's id.
export async function listFollowers(userId: string) {
  // ok: mongodb-operator-injection-through-helper
  return User.find({ following: userId }).select('username');
}

// The controller hands over the whole body as the update document, not as a filter.
export async function updateProfile(id: string, changes: Record<string, unknown>) {
  const { bio, email } = changes;
  // ok: mongodb-operator-injection-through-helper
  return User.findOneAndUpdate({ _id: id }, { bio: String(bio), email: String(email) }, { new: true });
}

// Called only from a scheduled job with a constant.
export async function countByRole(role: string) {
  // ok: mongodb-operator-injection-through-helper
  return User.countDocuments({ role });
}

export async function firstMatch(items: { name: string }[], pred: (i: { name: string }) => boolean) {
  // ok: mongodb-operator-injection-through-helper (an array's find)
  return items.filter(Boolean).find(pred);
}

export async function byFilter(filter: Record<string, unknown>, db: any) {
  // ruleid: mongodb-operator-injection-through-helper
  return db.collection('users').find(filter).toArray();
}
