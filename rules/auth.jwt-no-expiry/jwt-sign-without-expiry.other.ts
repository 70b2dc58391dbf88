// A file that never imports jsonwebtoken: a local `sign` helper is not a JWT.
import nacl from "tweetnacl";

function sign(message: Uint8Array, key: Uint8Array) {
  return nacl.sign(message, key);
}

// ok: jwt-sign-without-expiry
export const signed = sign(new Uint8Array([1]), new Uint8Array(64));
