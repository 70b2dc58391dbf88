import { createClient } from "contentful";

const contentfulSpace = "y5f7can7b7z3";
// ruleid: contentful-delivery-token
const contentfulAccessToken = "HUb6mH7ESgB7CIBIKIyLd3vwbRRnubJGuhcD8tNwfls";
// ok: contentful-delivery-token
const contentfulToken = process.env.CONTENTFUL_ACCESS_TOKEN ?? "";
export const client = createClient({ space: contentfulSpace, accessToken: contentfulAccessToken || contentfulToken });
