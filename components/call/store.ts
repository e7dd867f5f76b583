import type { InjectionKey } from "vue";
import type { CallPlaygroundStore } from "./useCallPlayground";
import type { MethodView } from "../methods";

/** The playground's store, for every control under it. */
export const STORE: InjectionKey<CallPlaygroundStore> = Symbol("call playground");

/** The method's view (editors, hints, notes, its answer), or undefined. */
export const VIEW: InjectionKey<MethodView | undefined> = Symbol("call playground view");
