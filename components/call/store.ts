import type { InjectionKey } from "vue";
import type { CallPlaygroundStore } from "./useCallPlayground";
import type { ViewOverlay } from "./viewOverlays";

/** The playground's store, for every control under it. */
export const STORE: InjectionKey<CallPlaygroundStore> = Symbol("call playground");

/** The method's view overlay (editors, hints, send panel), or undefined. */
export const VIEW: InjectionKey<ViewOverlay | undefined> = Symbol("call playground view");
