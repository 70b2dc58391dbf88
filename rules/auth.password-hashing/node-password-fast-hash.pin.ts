// fixture-path: functions/src/kiosk.ts
import { onCall, HttpsError } from 'firebase-functions/v2/https'
import { createHash, randomBytes } from 'crypto'
import { getFirestore } from 'firebase-admin/firestore'

// ruleid: node-password-fast-hash (a 4-digit PIN hashed with SHA-1: 10,000 guesses reverse it)
const hashPin = (pin: string) => createHash('sha1').update(pin).digest('hex')

export const pinLogin = onCall(async ({ data }) => {
  const staff = (await getFirestore().doc(`staff/${data.staffId}`).get()).data()
  if (!staff || staff.pinHash !== hashPin(data.pin)) {
    throw new HttpsError('permission-denied', 'Wrong PIN')
  }
  return { ok: true }
})

export const setPin = onCall(async (request) => {
  if (!request.auth) throw new HttpsError('unauthenticated', 'Sign in first')
  // ruleid: node-password-fast-hash
  const pin_hash = createHash('sha256').update(String(request.data.staff_pin)).digest('hex')
  await getFirestore().doc(`staff/${request.auth.uid}`).update({ pin_hash })
  return { ok: true }
})

// ok: node-password-fast-hash (a cache key for a spinner image, not a PIN)
const spinnerKey = createHash('sha1').update(spinnerSvg).digest('hex')
// ok: node-password-fast-hash (an ETag of a pinned post's body)
const etag = createHash('sha1').update(pinnedPost.body).digest('base64')
// ok: node-password-fast-hash (a content hash of the mapping table)
const mappingHash = createHash('sha256').update(JSON.stringify(mapping)).digest('hex')
// ok: node-password-fast-hash (a random session id)
const sid = createHash('sha256').update(randomBytes(32)).digest('hex')
