/**
 * Type-level tests, checked by `npm run typecheck` (vue-tsc): the specification must name
 * the same parameters, with the same optionality, as the types GramIO users compile against.
 */
import type { DeleteWebhookParams, SetWebhookParams, TelegramUpdate, TelegramWebhookInfo } from "@gramio/types";
import type { deleteWebhook, setWebhook, webhookInfo } from "../../playground/facts";
import type { UpdateType } from "../../playground/facts/updateTypes";

type Equal<A, B> = (<T>() => T extends A ? 1 : 2) extends <T>() => T extends B ? 1 : 2 ? true : false;
type Expect<T extends true> = T;

type RequiredKeys<T> = { [K in keyof T]-?: {} extends Pick<T, K> ? never : K }[keyof T];
type OptionalKeys<T> = Exclude<keyof T, RequiredKeys<T>>;

type SpecParams<S extends { params: readonly { name: string; required: boolean }[] }> = S["params"][number];
type SpecRequired<S extends { params: readonly { name: string; required: boolean }[] }> = Extract<
  SpecParams<S>,
  { required: true }
>["name"];
type SpecOptional<S extends { params: readonly { name: string; required: boolean }[] }> = Extract<
  SpecParams<S>,
  { required: false }
>["name"];

export type Tests = [
  Expect<Equal<SpecRequired<typeof setWebhook>, RequiredKeys<SetWebhookParams>>>,
  Expect<Equal<SpecOptional<typeof setWebhook>, OptionalKeys<SetWebhookParams>>>,
  Expect<Equal<SpecOptional<typeof deleteWebhook>, OptionalKeys<DeleteWebhookParams>>>,
  Expect<Equal<SpecRequired<typeof deleteWebhook>, never>>,
  Expect<Equal<SpecRequired<typeof webhookInfo>, RequiredKeys<TelegramWebhookInfo>>>,
  Expect<Equal<SpecOptional<typeof webhookInfo>, OptionalKeys<TelegramWebhookInfo>>>,
  // The update type list is exactly what `allowed_updates` accepts in GramIO.
  Expect<Equal<UpdateType, Exclude<keyof TelegramUpdate, "update_id">>>,
  Expect<Equal<UpdateType, NonNullable<SetWebhookParams["allowed_updates"]>[number]>>,
];
