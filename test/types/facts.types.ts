/**
 * Type-level tests, checked by `npm run typecheck` (vue-tsc): hand-kept lists must name the
 * same things as the types GramIO users compile against.
 */
import type { SetWebhookParams, TelegramUpdate } from "@gramio/types";
import type { UpdateType } from "../../playground/facts/updateTypes";
import type { SetWebhookParamName } from "../../playground/methods/setWebhook/facts";

type Equal<A, B> = (<T>() => T extends A ? 1 : 2) extends <T>() => T extends B ? 1 : 2 ? true : false;
type Expect<T extends true> = T;

export type Tests = [
  // setWebhook's validation names every parameter GramIO's call takes.
  Expect<Equal<SetWebhookParamName, keyof SetWebhookParams>>,
  // The update type list is exactly what `allowed_updates` accepts in GramIO.
  Expect<Equal<UpdateType, Exclude<keyof TelegramUpdate, "update_id">>>,
  Expect<Equal<UpdateType, NonNullable<SetWebhookParams["allowed_updates"]>[number]>>,
];
