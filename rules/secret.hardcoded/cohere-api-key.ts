import { CohereClientV2 } from "cohere-ai";

// ruleid: cohere-api-key
const cohere = new CohereClientV2({ token: "42YwxJ3LTsQGsKM2ATYVmuk7QCqBjOQXSsAj2xzX" });
// ok: cohere-api-key
const cohere2 = new CohereClientV2({ token: process.env.CO_API_KEY });
// ok: cohere-api-key
const unrelated = { sessionToken: "SKbU15z3dJlmCrx4DA1OfvUPaIS88Rf4si9BqEuE" };
export { cohere, cohere2, unrelated };
