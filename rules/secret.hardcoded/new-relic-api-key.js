exports.config = {
  app_name: ["shop-api"],
  // ruleid: new-relic-api-key
  newrelic_license_key: "9005a8fd704668afb1a481d7b11a76f67def5573",
  // ok: new-relic-api-key
  license_key: process.env.NEW_RELIC_LICENSE_KEY,
};
