import { onCall, HttpsError } from "firebase-functions/v2/https";
import { getAuth } from "firebase-admin/auth";

// Signed in is not admin: any account can make itself an administrator.
// ruleid: admin-route-missing-role-check
export const setAdmin = onCall(async (request) => {
  if (!request.auth) throw new HttpsError("unauthenticated", "Sign in first.");
  await getAuth().setCustomUserClaims(request.data.uid, { admin: true });
  return { ok: true };
});

// ok: admin-route-missing-role-check
export const setAdminChecked = onCall(async (request) => {
  if (request.auth?.token.admin !== true) throw new HttpsError("permission-denied", "Admins only.");
  await getAuth().setCustomUserClaims(request.data.uid, { admin: true });
  return { ok: true };
});

// ok: admin-route-missing-role-check
export const adminDeleteUser = onCall(async ({ data, auth }) => {
  if (!auth || auth.token.role !== "admin") throw new HttpsError("permission-denied", "Admins only.");
  await getAuth().deleteUser(String(data.uid));
  return { ok: true };
});

type RolePayload = { uid: string; role: "admin" | "user" };

// A typed callable whose only `role === "admin"` is about the role being granted.
// ruleid: admin-route-missing-role-check
export const setUserRole = onCall<RolePayload>(async ({ data, auth }) => {
  if (!auth) throw new HttpsError("unauthenticated", "Sign in first.");
  await getAuth().setCustomUserClaims(data.uid, { role: data.role, admin: data.role === "admin" });
  return { ok: true };
});

// ok: admin-route-missing-role-check
export const setUserRoleChecked = onCall<RolePayload>(async ({ data, auth }) => {
  if (auth?.token.role !== "admin") throw new HttpsError("permission-denied", "Admins only.");
  await getAuth().setCustomUserClaims(data.uid, { role: data.role });
  return { ok: true };
});

// The role destructured from the payload: `role === "admin"` computes the claim to grant.
// ruleid: admin-route-missing-role-check
export const assignUserRole = onCall<RolePayload>(async ({ data, auth }) => {
  if (!auth) throw new HttpsError("unauthenticated", "Sign in first.");
  const { uid, role } = data;
  await getAuth().setCustomUserClaims(uid, { role, admin: role === "admin" });
  return { ok: true };
});
