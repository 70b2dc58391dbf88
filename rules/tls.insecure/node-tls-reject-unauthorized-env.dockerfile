# fixture-path: Dockerfile
FROM node:20-alpine
# ruleid: node-tls-reject-unauthorized-env
ENV NODE_TLS_REJECT_UNAUTHORIZED 0
# ok: node-tls-reject-unauthorized-env
ENV NODE_ENV production
