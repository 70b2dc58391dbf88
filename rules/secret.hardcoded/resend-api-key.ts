import { Resend } from "resend";
// ruleid: resend-api-key
const resend = new Resend("re_4aW4cZFJ_pQxqainSgvmvjaNAVHgK1bi2");
// ok: resend-api-key
const resend2 = new Resend(process.env.RESEND_API_KEY);
// ok: resend-api-key
const docs = "re_123456789";
export { resend, resend2, docs };
