FROM node:20-alpine
WORKDIR /app
COPY . .
RUN npm ci

# ruleid: dev-server-in-production-image
CMD ["npm", "run", "dev"]
