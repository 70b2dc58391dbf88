FROM node:20-alpine
WORKDIR /app
COPY . .
RUN npm ci
EXPOSE 5173
# ruleid: dev-server-in-production-image
CMD npx vite --host 0.0.0.0
