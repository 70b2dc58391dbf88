# fixture-path: web/Dockerfile
# ruleid: eol-node-runtime
FROM node:gallium
# ok: eol-node-runtime
FROM node:lts-alpine
# ok: eol-node-runtime
FROM node:24
