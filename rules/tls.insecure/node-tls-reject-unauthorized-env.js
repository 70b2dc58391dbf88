// ruleid: node-tls-reject-unauthorized-env
process.env.NODE_TLS_REJECT_UNAUTHORIZED = "0";
// ruleid: node-tls-reject-unauthorized-env
process.env["NODE_TLS_REJECT_UNAUTHORIZED"] = 0;
// ok: node-tls-reject-unauthorized-env
process.env.NODE_TLS_REJECT_UNAUTHORIZED = "1";
