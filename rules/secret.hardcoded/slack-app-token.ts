import { App } from "@slack/bolt";
const app = new App({
  token: process.env.SLACK_BOT_TOKEN,
  // ruleid: slack-app-token
  appToken: "xapp-1-ALYIKNPRN6C-9734136908842-afc2ed9e7083b8632e8f031f8d60fd49ce7e80bb2c9d3cb7b9862c987809fab6",
  socketMode: true,
});
// ok: slack-app-token
const app2 = new App({ token: process.env.SLACK_BOT_TOKEN, appToken: process.env.SLACK_APP_TOKEN, socketMode: true });
export { app, app2 };
