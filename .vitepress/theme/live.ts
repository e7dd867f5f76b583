/** Set on `<html>` once the app has hydrated: what tests wait for instead of a quiet network. */
export const LIVE_ATTRIBUTE = "data-live";
