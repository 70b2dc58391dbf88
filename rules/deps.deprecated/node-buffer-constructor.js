function encode(str, size) {
  // ruleid: node-buffer-constructor
  const a = new Buffer(str, "base64");
  // ruleid: node-buffer-constructor
  const b = new Buffer(size);
  // ok: node-buffer-constructor
  const c = Buffer.from(str, "base64");
  // ok: node-buffer-constructor
  const d = Buffer.alloc(size);
  // ok: node-buffer-constructor
  const e = Buffer.isBuffer(a);
  return { a, b, c, d, e };
}
module.exports = { encode };
