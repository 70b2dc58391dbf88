import { createClient } from "next-sanity";

export const writeClient = createClient({
  projectId: "ultqsc90",
  dataset: "production",
  // ruleid: sanity-api-token
  token: "sksI6fQSkecLPioZ7WJqVfZ9kt09Yu8yVHPciZRaUJnTAp1aJVWinXMuNGjMeZaYGFoMVYjnXvqYEus5Od2XnQr9jJXsQw2pctiX4An8DrQ7tryslqfD8OA6RLQ7asaajHzQVk38WdU0C66cdwCnbxBvBZN0Wm6Wdcz9VIDLdDeM570eMj5xOh",
});
// ok: sanity-api-token
export const readClient = createClient({ projectId: "ultqsc90", dataset: "production", token: process.env.SANITY_API_TOKEN });
