import { datadogRum } from "@datadog/browser-rum";
// ok: datadog-api-key
datadogRum.init({ applicationId: "app", clientToken: "pubbb74e0a8aa010d31b7f0672ec4021b38", site: "datadoghq.com" });
