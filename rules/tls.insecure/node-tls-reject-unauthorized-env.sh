#!/bin/sh
# ruleid: node-tls-reject-unauthorized-env
export NODE_TLS_REJECT_UNAUTHORIZED=0
# ok: node-tls-reject-unauthorized-env
export NODE_ENV=production
node server.js
