FROM node:20-alpine AS build
WORKDIR /app
COPY . .
# ok: dev-server-in-production-image (a build step, not the start command)
RUN npm ci && npx vite build
FROM nginx:1.27-alpine
COPY --from=build /app/dist /usr/share/nginx/html
# ok: dev-server-in-production-image
CMD ["npm", "run", "start"]
# ok: dev-server-in-production-image (a production script that merely contains "dev" in its name)
ENTRYPOINT ["node", "scripts/devices-sync.js"]
