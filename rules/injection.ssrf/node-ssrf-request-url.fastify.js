// A Fastify plugin file: no express, no (req, res); the route is registered on the instance.
const axios = require("axios");

module.exports = async function providerRoutes(fastify) {
  fastify.post("/:id/import-calendar", { onRequest: [fastify.authenticate] }, async (request, reply) => {
    const { calendarUrl } = request.body;
    // ruleid: node-ssrf-request-url
    const { data } = await axios.get(calendarUrl, { timeout: 5000 });
    return { size: data.length };
  });

  fastify.get("/:id/holidays", async (request, reply) => {
    // ok: node-ssrf-request-url (a fixed origin; the request only picks the path)
    const { data } = await axios.get(`https://calendar.example.com/holidays/${encodeURIComponent(request.params.id)}`);
    return data;
  });
};
