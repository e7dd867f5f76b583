/**
 * Method slices the pages load statically: the webhook family's playground is built into
 * their pages. Every other method's slice is loaded by `loadSlice` with its page.
 */
import type { SchemaSlice } from "./slice";
import setWebhook from "./slices/setWebhook.json";

const STATIC: Readonly<Record<string, SchemaSlice>> = { setWebhook: setWebhook as unknown as SchemaSlice };

export function methodSlice(name: "setWebhook"): SchemaSlice {
  const slice = STATIC[name];
  if (!slice) throw new Error(`no static slice for ${name}`);
  return slice;
}
