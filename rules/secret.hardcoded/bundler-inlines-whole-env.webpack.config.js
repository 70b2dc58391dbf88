// fixture-path: webpack.config.js
const webpack = require("webpack");
module.exports = {
  plugins: [
    // ruleid: bundler-inlines-whole-env
    new webpack.EnvironmentPlugin(Object.keys(process.env)),
    // ok: bundler-inlines-whole-env
    new webpack.EnvironmentPlugin(["NODE_ENV", "API_URL"]),
  ],
};
