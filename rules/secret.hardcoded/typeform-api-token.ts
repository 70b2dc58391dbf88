// ruleid: typeform-api-token
const headers = { Authorization: "Bearer tfp_pCMPhearrkEPNIBWyt3cKYnyKdC72rnDObLQl2VeUJUO_Xl2AZx0yGn8Bl0" };
// ok: typeform-api-token
const headers2 = { Authorization: `Bearer ${process.env.TYPEFORM_TOKEN}` };
export { headers, headers2 };
