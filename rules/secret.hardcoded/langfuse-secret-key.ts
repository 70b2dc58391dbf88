import { Langfuse } from "langfuse";
// ruleid: langfuse-secret-key
const langfuse = new Langfuse({ publicKey: "pk-lf-4efc63d8-f55c-f8ae-8be8-b619f835031e", secretKey: "sk-lf-c7b1859a-4983-9ab1-65de-40f804b39e20" });
// ok: langfuse-secret-key
const langfuse2 = new Langfuse({ publicKey: "pk-lf-4efc63d8-f55c-f8ae-8be8-b619f835031e", secretKey: process.env.LANGFUSE_SECRET_KEY });
export { langfuse, langfuse2 };
