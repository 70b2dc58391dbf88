import { ClientSecretCredential } from "@azure/identity";
// ruleid: azure-ad-client-secret
const cred = new ClientSecretCredential("e64b3092-9d25-4ea2-a3e7-6ef6e30835a4", "9d72db90-c024-43c0-a659-22d6e0362a37", "Zei7Q~UtjYch_xdrIz_kgk4MUJ2~xrNkMHdnd3ZR");
// ok: azure-ad-client-secret
const cred2 = new ClientSecretCredential(tenant, client, process.env.AZURE_CLIENT_SECRET!);
export { cred, cred2 };
