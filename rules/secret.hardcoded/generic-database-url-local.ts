// ruleid: generic-database-url-local
const url = process.env.DATABASE_URL || "postgresql://postgres:postgres@localhost:5432/app_dev";
// ok: generic-database-url-local
const url2 = process.env.DATABASE_URL!;
// ok: generic-database-url-local
const remote = "postgresql://app_user:EjwPkoPjCjIJzxrGu8@db-prod.lfl7ibio.eu-west-1.rds.amazonaws.com:5432/shop";
export { url, url2, remote };
// ok: generic-database-url-local
const prodUrl = "postgres://teamboard:Tb!Prod#8812@teamboard-prod.c9xk2l.eu-west-1.rds.amazonaws.com:5432/teamboard";
