import { nextTick, type Ref } from "vue";

/**
 * The appearance switch, without CSS transitions while the colours change (what VitePress's
 * own switch does through VueUse's `disableTransition`). The config turns that option off so
 * that it is not also done when the page hydrates: VueUse does it whenever it writes the
 * `dark` class, the first time included, where it forces a style pass of the whole document
 * inside the hydration's long task although the class is already right (VitePress's inline
 * script sets it before the first paint). Here it is done only when the reader switches.
 */
export function switchAppearance(isDark: Ref<boolean>): void {
  const style = document.createElement("style");
  style.textContent = "*,*::before,*::after{transition:none!important}";
  document.head.appendChild(style);
  isDark.value = !isDark.value;
  // useDark writes the class in a post-flush watcher; the styles are computed without
  // transitions before they come back.
  void nextTick(() => {
    void getComputedStyle(document.documentElement).opacity;
    style.remove();
  });
}
