# fixture-path: Dockerfile
# ruleid: eol-node-runtime
FROM node:16-alpine AS deps
WORKDIR /app
COPY package*.json ./
RUN npm ci

# ruleid: eol-node-runtime
FROM --platform=linux/amd64 node:20.11-bookworm-slim AS build
WORKDIR /app
COPY --from=deps /app/node_modules ./node_modules
COPY . .
RUN npm run build

# ok: eol-node-runtime
FROM node:22-alpine
WORKDIR /app
COPY --from=build /app/dist ./dist
# ok: eol-node-runtime
RUN echo "built with node:16 toolchain"
CMD ["node", "dist/server.js"]
