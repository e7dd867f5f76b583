import type { InjectionKey } from "vue";
import type { CallPlaygroundStore } from "./useCallPlayground";

/** The playground's store, for every control under it. */
export const STORE: InjectionKey<CallPlaygroundStore> = Symbol("call playground");
