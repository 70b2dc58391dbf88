import { neon } from "@neondatabase/serverless";
// ruleid: neon-database-url
const sql = neon("postgresql://neondb_owner:npg_6jzyFxm882tv@ep-kajeow-e07mx-a57626.us-east-2.aws.neon.tech/neondb?sslmode=require");
// ok: neon-database-url
const sql2 = neon(process.env.DATABASE_URL!);
export { sql, sql2 };
