// ruleid: discord-webhook-url
const WEBHOOK = "https://discord.com/api/webhooks/8917978791835836856/9hWfj7LB3avlw5-GiEA0e5SKQTZP5MPGwIZegszc_JkGwD755duGu-mAupQC1yhcZas1";
// ok: discord-webhook-url
const WEBHOOK2 = process.env.DISCORD_WEBHOOK_URL!;
export { WEBHOOK, WEBHOOK2 };
