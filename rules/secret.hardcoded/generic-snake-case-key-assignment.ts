// ruleid: generic-snake-case-key-assignment
const settings = { maps_key: "jhayv4VUC0USb3O9eqo6BAzRvkAQv7n2oGqJ439w" };
// ok: generic-snake-case-key-assignment
const i18n = { translation_key: "checkoutButtonLabelV2Primary" };
// ok: generic-snake-case-key-assignment
const settings2 = { maps_key: process.env.MAPS_KEY };
export { settings, i18n, settings2 };
